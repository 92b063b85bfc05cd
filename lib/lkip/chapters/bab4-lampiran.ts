import { findingCodeLabel, findingSeverityLabel } from "@/lib/calc/finding";
import { describeSerapan } from "@/lib/calc/serapan";
import { formatDateLong, formatDateTime, formatRupiah } from "@/lib/format";
import { toIndicatorRows } from "@/lib/views/indicator-rows";
import type { LkipChapter } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { col, heading, money, narrativeBlocks, paragraph, table, type ChapterContext } from "./blocks";
import { headSignature, narrativeOf, placeOf } from "./front";
import { capaianText, ikuYears } from "./iku";

/** BAB IV Penutup: a generated conclusion from the totals, then the narrative. */
export function babPenutup(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, settings } = input.evaluation;
  const iku = input.renstra.tujuan
    .flatMap((t) => t.sasaran.flatMap((s) => s.iku))
    .map((i) => {
      const year = ikuYears(i, settings).find((y) => y.year === input.year);
      return `IKU "${i.name}" tercapai ${capaianText(year)}${year?.predikat ? ` (${year.predikat})` : ""}`;
    });
  return {
    id: "bab-4",
    title: "BAB IV PENUTUP",
    kind: "BODY",
    blocks: [
      heading("bab-4", 1, "BAB IV PENUTUP"),
      heading("bab-4-1", 2, "4.1 Kesimpulan"),
      paragraph(
        `Pada tahun ${input.year} ${input.opd.name} ` +
          (iku.length > 0 ? `mencatat capaian kinerja sebagai berikut: ${iku.join("; ")}. ` : "") +
          `Pagu anggaran ${formatRupiah(rollup.pagu)} direalisasikan ` +
          `${rollup.realisasi.status === "KNOWN" ? formatRupiah(rollup.realisasi.value) : "dengan nilai yang tidak diketahui"}, ` +
          `atau serapan ${describeSerapan(rollup.serapan)}.`,
      ),
      ...narrativeBlocks({
        context,
        title: "Kesimpulan",
        body: narrativeOf(input, "KESIMPULAN"),
        missing: "",
      }),
      heading("bab-4-2", 2, "4.2 Rekomendasi"),
      ...narrativeBlocks({
        context,
        title: "Rekomendasi",
        body: narrativeOf(input, "REKOMENDASI"),
        missing: "Rekomendasi belum ditulis.",
      }),
    ],
  };
}

/** Lampiran I: the Perjanjian Kinerja document; Lampiran II: the findings still open at generation. */
export function lampiran(input: LkipInput, context: ChapterContext): LkipChapter {
  const { rollup, indicators, settings, findings } = input.evaluation;
  const pk = input.perjanjianKinerja;
  const head = headSignature(input, pk?.signedAt ?? input.verification.generatedAt);
  const targets = toIndicatorRows({
    indicators: indicators.filter((i) => i.level === "SASARAN" || i.level === "PROGRAM"),
    throughQuarter: 4,
    settings,
  });
  const sasaranText = new Map(
    input.renstra.tujuan.flatMap((t) => t.sasaran.map((s) => [s.code, `${s.code} ${s.text}`] as const)),
  );
  const programSasaran = (code: string) => input.programs.find((p) => p.code === code)?.sasaranProgram;
  return {
    id: "lampiran",
    title: "LAMPIRAN",
    kind: "BODY",
    blocks: [
      heading("lampiran", 1, "LAMPIRAN"),
      heading("lampiran-1", 2, `Lampiran I. Perjanjian Kinerja Tahun ${input.year}`),
      paragraph(
        pk
          ? `Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi ` +
              `pada hasil, yang bertanda tangan di bawah ini, ${pk.signerName}` +
              (pk.signerNip ? ` (NIP ${pk.signerNip})` : "") +
              `, ${pk.signerTitle}, selanjutnya disebut pihak pertama, dan ` +
              (pk.counterpartName ? `${pk.counterpartName}, ${pk.counterpartTitle}` : pk.counterpartTitle) +
              `, selaku atasan pihak pertama, selanjutnya disebut pihak kedua, sepakat: pihak ` +
              `pertama berjanji mewujudkan target kinerja tahun ${input.year} berikut ini, dan pihak kedua akan ` +
              `melakukan supervisi serta evaluasi atas capaiannya.`
          : `Perjanjian Kinerja tahun ${input.year} belum dicatat dalam sistem.`,
      ),
      table({
        id: "tabel-pk-target",
        number: context.nextTable("Tabel L"),
        title: "Sasaran, Indikator Kinerja dan Target",
        columns: [col("Sasaran", 5), col("Indikator Kinerja", 5), col("Target", 1.8, "right")],
        rows: targets.map((row) => ({
          cells: [
            row.level === "SASARAN"
              ? (sasaranText.get(row.ownerCode) ?? row.ownerName)
              : (programSasaran(row.ownerCode) ?? row.ownerName),
            row.name,
            row.target === "—" ? "—" : `${row.target}${row.satuan === "%" ? " %" : ` ${row.satuan}`}`,
          ],
        })),
      }),
      table({
        id: "tabel-pk-anggaran",
        number: context.nextTable("Tabel L"),
        title: "Program dan Anggaran",
        columns: [col("No.", 0.8, "center"), col("Program", 7), col("Anggaran (Rp)", 2.6, "right")],
        rows: rollup.children.map((program, index) => ({
          cells: [`${index + 1}.`, program.name, money(program.pagu)],
        })),
        total: { cells: ["", "Jumlah", money(rollup.pagu)] },
      }),
      {
        kind: "signatures",
        signatures: [
          {
            role: "Pihak Kedua",
            title: pk?.counterpartTitle ?? `Kepala Daerah ${input.pemda.name}`,
            name: pk?.counterpartName ?? "( .................................... )",
          },
          {
            ...head,
            role: "Pihak Pertama",
            place: placeOf(input.pemda.name),
            date: pk?.signedAt ? formatDateLong(pk.signedAt) : "(belum ditandatangani)",
          },
        ],
      },
      heading("lampiran-2", 2, "Lampiran II. Hasil Pemeriksaan Data"),
      paragraph(
        `Temuan pemeriksaan integritas data yang masih terbuka saat dokumen ini dibuat ` +
          `(${formatDateTime(input.verification.generatedAt)} WIB): ${findings.length} temuan.`,
      ),
      {
        kind: "findings",
        empty: "Tidak ada temuan: semua angka saling cocok.",
        items: findings.map((f) => ({
          severity: findingSeverityLabel[f.severity],
          kind: findingCodeLabel[f.code],
          where: [
            f.location.code,
            f.location.name,
            f.location.indicator ? `indikator "${f.location.indicator.name}"` : "",
          ]
            .filter(Boolean)
            .join(" "),
          message: f.message,
        })),
      },
      ...(input.finalNote
        ? [heading("lampiran-alasan", 3, "Alasan penetapan final"), paragraph(input.finalNote)]
        : []),
      heading("verifikasi", 2, "Verifikasi Dokumen"),
      { kind: "verification" },
    ],
  };
}
