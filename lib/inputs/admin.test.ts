import { describe, expect, it } from "vitest";
import { createOpdInput, slugFromName, startYearInput, updateUserInput } from "./admin";

describe("startYearInput", () => {
  it("reads the source year from a select: empty starts an empty year", () => {
    const base = { opdId: "cmopd", year: 2026 };
    expect(startYearInput.parse({ ...base, fromYear: "" })).toMatchObject({
      fromYear: null,
      includePagu: false,
    });
    expect(startYearInput.parse(base)).toMatchObject({ fromYear: null });
    expect(startYearInput.parse({ ...base, fromYear: "2022" })).toMatchObject({ fromYear: 2022 });
    expect(startYearInput.safeParse({ ...base, fromYear: "2026" }).error?.issues[0]?.message).toBe(
      "Tahun asal harus berbeda dari tahun yang dimulai",
    );
  });
});

describe("updateUserInput", () => {
  const user = { userId: "cmuser", version: 1, name: "Perencana", bidangIds: [] };
  it("keeps the scope rules of a new account", () => {
    expect(
      updateUserInput.safeParse({ ...user, role: "PERENCANA", opdId: null }).error?.issues[0]?.path,
    ).toEqual(["opdId"]);
    expect(
      updateUserInput.safeParse({ ...user, role: "KEPALA", opdId: "cmopd", bidangIds: ["cmbidang"] }).error
        ?.issues[0]?.message,
    ).toBe("Hanya perencana yang dapat dibatasi per bidang");
    expect(updateUserInput.safeParse({ ...user, role: "INSPEKTORAT", opdId: null }).success).toBe(true);
  });
});

describe("slugFromName", () => {
  it("writes an OPD's page address from its name", () => {
    expect(slugFromName("Dinas Kesehatan Kabupaten Serang")).toBe("dinas-kesehatan-kabupaten-serang");
    expect(slugFromName("  Dinas Pekerjaan Umum & Penataan Ruang ")).toBe(
      "dinas-pekerjaan-umum-penataan-ruang",
    );
    expect(slugFromName("Sekretariat DPRD Kab. Serang")).toBe("sekretariat-dprd-kab-serang");
    expect(slugFromName("Badan Pengelolaan Keuangan Daerah (BPKD) – Bidang Aset")).toBe(
      "badan-pengelolaan-keuangan-daerah-bpkd-bidang-aset",
    );
    expect(slugFromName("Dinas Pariwisata, Pemuda dan Olahraga Crème")).toBe(
      "dinas-pariwisata-pemuda-dan-olahraga-creme",
    );
    expect(slugFromName("")).toBe("");
  });

  it("cuts a long name after a whole word, within the 60 characters an address may have", () => {
    const name =
      "Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian Penduduk dan Keluarga Berencana";
    const slug = slugFromName(name);
    expect(slug).toBe("dinas-pemberdayaan-perempuan-perlindungan-anak-pengendalian");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(createOpdInput.safeParse({ name, slug }).success).toBe(true);
  });
});
