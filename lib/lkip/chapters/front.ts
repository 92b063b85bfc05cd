import { describeSerapan } from "@/lib/calc/serapan";
import { formatDateLong, formatRupiah } from "@/lib/format";
import { placeOf } from "@/lib/pk/perjanjian-kinerja-text";
import type { LkipBlock, LkipChapter, LkipSignature } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { heading, narrativeBlocks, paragraph, type ChapterContext } from "./blocks";
import { capaianText, ikuYears, predikatOf, realisasiText, targetText } from "./iku";

const narrativeOf = (input: LkipInput, section: LkipInput["narratives"][number]["section"]) =>
  input.narratives.find((n) => n.section === section && n.sasaranId === null)?.body;

/** The head of the OPD as signatory, from the Perjanjian Kinerja. */
export function headSignature(input: LkipInput, date: Date): LkipSignature {
  const pk = input.perjanjianKinerja?.record;
  return {
    place: placeOf(input.pemda.name),
    date: formatDateLong(date),
    title: pk?.signerTitle ?? `Kepala ${input.opd.name}`,
    name: pk?.signerName ?? "(nama kepala perangkat daerah belum diisi)",
    nip: pk?.signerNip ? `NIP. ${pk.signerNip}` : undefined,
  };
}

export function cover(input: LkipInput): LkipChapter {
  return {
    id: "sampul",
    title: "Sampul",
    kind: "COVER",
    blocks: [
      {
        kind: "cover",
        lines: ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", `TAHUN ${input.year}`],
        subtitle: [
          input.opd.name.toUpperCase(),
          `PEMERINTAH ${input.pemda.name.toUpperCase()}`,
          ...(input.opd.address ? [input.opd.address] : []),
          ...(input.illustrative ? ["DATA CONTOH — ilustrasi, bukan data resmi"] : []),
        ],
        logo: input.pemda.logo,
      },
    ],
  };
}

export function kataPengantar(input: LkipInput, context: ChapterContext): LkipChapter {
  return {
    id: "kata-pengantar",
    title: "Kata Pengantar",
    kind: "FRONT",
    blocks: [
      heading("kata-pengantar", 1, "KATA PENGANTAR"),
      ...narrativeBlocks({
        context,
        title: "Kata Pengantar",
        body: narrativeOf(input, "KATA_PENGANTAR"),
        missing: "Kata pengantar belum ditulis.",
      }),
      { kind: "signatures", signatures: [headSignature(input, input.verification.generatedAt)] },
    ],
  };
}

export function daftarIsi(): LkipChapter[] {
  return [
    {
      id: "daftar-isi",
      title: "Daftar Isi",
      kind: "FRONT",
      blocks: [heading("daftar-isi", 1, "DAFTAR ISI"), { kind: "contents" }],
    },
    {
      id: "daftar-tabel",
      title: "Daftar Tabel",
      kind: "FRONT",
      blocks: [heading("daftar-tabel", 1, "DAFTAR TABEL DAN GRAFIK"), { kind: "tableList" }],
    },
  ];
}

export function ikhtisarEksekutif(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, settings } = input.evaluation;
  const ikuSentences: LkipBlock[] = input.renstra.tujuan.flatMap((tujuan) =>
    tujuan.sasaran.flatMap((sasaran) =>
      sasaran.iku.map((iku) => {
        const year = ikuYears(iku, settings).find((y) => y.year === input.year);
        const predikat = predikatOf(year) ? ` dengan predikat ${predikatOf(year)}` : "";
        return paragraph(
          `Sasaran strategis ${sasaran.code} "${sasaran.text}" diukur dengan IKU "${iku.name}": target ` +
            `${targetText(year, iku.satuan)}, realisasi ${realisasiText(year, iku.satuan)}, ` +
            `capaian ${capaianText(year)}${predikat}.`,
        );
      }),
    ),
  );
  const realisasi =
    rollup.realisasi.status === "KNOWN" ? formatRupiah(rollup.realisasi.value) : "tidak diketahui";
  return {
    id: "ikhtisar-eksekutif",
    title: "Ikhtisar Eksekutif",
    kind: "FRONT",
    blocks: [
      heading("ikhtisar-eksekutif", 1, "IKHTISAR EKSEKUTIF"),
      paragraph(
        `Laporan Kinerja ${input.opd.name} Tahun ${input.year} menyajikan capaian kinerja atas sasaran strategis ` +
          `Renstra dan Perjanjian Kinerja tahun ${input.year}, disusun menurut Peraturan Menteri PANRB Nomor 53 Tahun 2014.`,
      ),
      ...(ikuSentences.length > 0
        ? ikuSentences
        : [paragraph("Renstra belum memuat Indikator Kinerja Utama.")]),
      paragraph(
        `Untuk mencapai sasaran tersebut tersedia pagu ${formatRupiah(rollup.pagu)} dengan realisasi ${realisasi}, ` +
          `sehingga serapan anggaran ${describeSerapan(rollup.serapan)}.`,
      ),
      heading("ikhtisar-kendala", 3, "Kendala utama"),
      ...narrativeBlocks({
        context,
        title: "Kendala",
        body: narrativeOf(input, "KENDALA"),
        missing: "Kendala belum ditulis.",
      }),
      heading("ikhtisar-solusi", 3, "Langkah pemecahan masalah"),
      ...narrativeBlocks({
        context,
        title: "Solusi",
        body: narrativeOf(input, "SOLUSI"),
        missing: "Solusi belum ditulis.",
      }),
    ],
  };
}

export { narrativeOf };
