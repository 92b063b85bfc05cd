import { describe, expect, it } from "vitest";
import { serang2022LkipInput } from "@/lib/lkip/fixtures/serang-2022-lkip-input";
import { lkipFigures } from "@/lib/lkip/lkip-figures";
import { narrativeWarnings } from "./narrative-warnings";

const figures = lkipFigures(serang2022LkipInput());

describe("the narrative editor's warnings (Serang 2022)", () => {
  it("names an unknown token, a token without a figure and a typed figure that matches nothing, each once", () => {
    const body =
      "Serapan {serapan_opd} ({token_salah}); pagu {pagu:9.99}; {token_salah} lagi.\n" +
      "Capaian 92,78 % dan Rp 1.000.000.";
    expect(narrativeWarnings(body, figures)).toEqual([
      'Token {token_salah} tidak dikenal dan akan tercetak apa adanya; periksa ejaannya pada daftar "Angka otomatis dalam narasi".',
      "Token {pagu:9.99} belum punya angka tahun ini (kodenya tidak ada, atau datanya belum diisi); sampai ada, token tercetak apa adanya.",
      "Angka 92,78 % tidak cocok dengan angka hasil hitung mana pun; gunakan token: yang terdekat " +
        "{serapan:1.06.04.2.02.0005} (kini 92,83 %), atau pilih dari daftar token.",
      "Angka Rp 1.000.000 tidak cocok dengan angka hasil hitung mana pun; gunakan token: yang terdekat " +
        "{realisasi:1.06.04.2.01.0009} (kini Rp 925.000), atau pilih dari daftar token.",
    ]);
  });

  it("has nothing to say about tokens and typed figures of the year, however rounded", () => {
    const body =
      "Serapan {serapan_opd} atau 98,11 % (98,1 %), realisasi Rp 17.320.802.867; " +
      "IKU tahun lalu 3,85 %, capaian {capaian_iku:S1.1}.";
    expect(narrativeWarnings(body, figures)).toEqual([]);
  });
});
