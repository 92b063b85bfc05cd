import type { BudgetNodeResult } from "@/lib/calc/budget";
import type { NarrativeSectionValue } from "@/lib/inputs/narrative";
import { lkipFigures } from "./lkip-figures";
import { titled } from "./titled";
import type { LkipInput, LkipSasaran } from "./lkip-input";
import { supportingPrograms } from "./supporting-programs";

/**
 * The system's draft of a narrative section, written from the figures with figure tokens (never typed
 * numbers), for the planner to accept and edit; null when the data gives nothing to say. `ownerId` is the
 * sasaran, program or kegiatan id for sections written per owner, else null.
 */
export function draftNarrative(
  input: LkipInput,
  section: NarrativeSectionValue,
  ownerId: string | null,
): string | null {
  const draft = new Draft(input);
  const write = drafters[section];
  const text = write?.(draft, ownerId);
  return text ? text.trim() : null;
}

/** The tokens a draft may name: only those the data fills, so a draft never prints a bare token. */
class Draft {
  readonly tokens: ReadonlyMap<string, string>;
  constructor(readonly input: LkipInput) {
    this.tokens = lkipFigures(input).tokens;
  }
  /** "{name}" when the data fills it, else null. */
  t(name: string): string | null {
    return this.tokens.has(name) ? `{${name}}` : null;
  }
  get programs(): BudgetNodeResult[] {
    return this.input.evaluation.rollup.children;
  }
  sasaran(id: string | null): LkipSasaran | undefined {
    return this.input.renstra.tujuan.flatMap((t) => t.sasaran).find((s) => s.id === id);
  }
  supporting(sasaran: LkipSasaran): BudgetNodeResult[] {
    return supportingPrograms(this.input, sasaran);
  }
  /** The program's indicator name (its first), if it has one. */
  programIndicator(code: string): string | null {
    return (
      this.input.evaluation.indicators.find((i) => i.level === "PROGRAM" && i.code === code)?.name ?? null
    );
  }
}

const program = (name: string) => titled("Program", name);
const kegiatan = (name: string) => titled("Kegiatan", name);
const sentences = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(" ");

/** "pagu {pagu:1.06.04} dengan realisasi {realisasi:1.06.04} (serapan {serapan:1.06.04})" */
function budgetPhrase(d: Draft, code: string): string {
  const realisasi = d.t(`realisasi:${code}`);
  return realisasi
    ? `pagu {pagu:${code}} dengan realisasi ${realisasi} (serapan {serapan:${code}})`
    : `pagu {pagu:${code}}`;
}

function ikuSentence(d: Draft, sasaran: LkipSasaran): string | null {
  const iku = sasaran.iku[0];
  const code = sasaran.code;
  const target = d.t(`target_iku:${code}`);
  if (!iku || !target) return null;
  const realisasi = d.t(`realisasi_iku:${code}`);
  const capaian = d.t(`capaian_iku:${code}`);
  const predikat = d.t(`predikat_iku:${code}`);
  const head = `Sasaran strategis "${sasaran.text}" diukur dengan indikator kinerja utama "${iku.name}" dengan target ${target}`;
  if (!realisasi) return `${head}; realisasinya belum tercatat.`;
  return (
    `${head}, realisasi ${realisasi}` +
    (capaian ? `, sehingga capaiannya ${capaian}${predikat ? ` (${predikat})` : ""}` : "") +
    "."
  );
}

function budgetSentence(d: Draft): string {
  return d.t("realisasi_opd")
    ? `Untuk mencapai sasaran tersebut tersedia pagu {pagu_opd} dengan realisasi {realisasi_opd}, sehingga serapan anggaran {serapan_opd}.`
    : `Untuk mencapai sasaran tersebut tersedia pagu {pagu_opd}.`;
}

const allSasaran = (d: Draft) => d.input.renstra.tujuan.flatMap((t) => t.sasaran);

type Drafter = (d: Draft, ownerId: string | null) => string | null;

const drafters: Partial<Record<NarrativeSectionValue, Drafter>> = {
  KATA_PENGANTAR: () =>
    [
      "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya Laporan Kinerja Instansi Pemerintah (LKIP) {opd} Tahun {tahun} dapat diselesaikan.",
      "Laporan ini merupakan pertanggungjawaban {opd} atas pelaksanaan program dan kegiatan selama Tahun Anggaran {tahun}, dengan mengukur capaian sasaran strategis dan Indikator Kinerja Utama yang ditetapkan dalam Rencana Strategis dan Perjanjian Kinerja Tahun {tahun}.",
      "Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun-tahun berikutnya.",
    ].join("\n\n"),

  IKHTISAR_EKSEKUTIF: (d) =>
    [
      "Laporan Kinerja {opd} Tahun {tahun} menyajikan capaian kinerja atas sasaran strategis Rencana Strategis dan Perjanjian Kinerja Tahun {tahun}, disusun menurut Peraturan Menteri PANRB Nomor 53 Tahun 2014.",
      ...allSasaran(d).map((s) => ikuSentence(d, s)),
      budgetSentence(d),
    ]
      .filter(Boolean)
      .join("\n\n"),

  LATAR_BELAKANG: () =>
    [
      "Laporan Kinerja Instansi Pemerintah (LKIP) adalah pertanggungjawaban {opd} atas pelaksanaan program dan kegiatan selama Tahun Anggaran {tahun}.",
      "Laporan ini disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
    ].join(" "),

  MAKSUD_TUJUAN: () =>
    [
      "Laporan ini dimaksudkan sebagai wujud pertanggungjawaban {opd} atas pencapaian sasaran strategis Tahun {tahun}. Tujuannya:",
      "- memberikan informasi capaian kinerja kepada pemberi amanah dan pemangku kepentingan;",
      "- menjadi bahan evaluasi untuk meningkatkan kinerja pada tahun berikutnya.",
    ].join("\n"),

  DASAR_HUKUM: () =>
    [
      "1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
      "2. Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
      "3. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
      "4. Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah.",
    ].join("\n"),

  SISTEMATIKA: () =>
    [
      "Sistematika laporan ini mengikuti Peraturan Menteri PANRB Nomor 53 Tahun 2014:",
      "- Ikhtisar Eksekutif: sasaran, capaian utama, kendala dan langkah pemecahannya.",
      "- BAB I Pendahuluan: latar belakang, gambaran organisasi dan daya dukungnya, serta isu strategis.",
      "- BAB II Perencanaan Kinerja: Rencana Strategis dan Perjanjian Kinerja Tahun {tahun}.",
      "- BAB III Akuntabilitas Kinerja: capaian kinerja organisasi per sasaran strategis dan realisasi anggaran.",
      "- BAB IV Penutup: kesimpulan dan rekomendasi.",
      "- Lampiran: Perjanjian Kinerja dan dokumen pendukung.",
    ].join("\n"),

  ANGGARAN: (d) =>
    d.input.organisation.paguPerYear.length > 0
      ? "Pagu {opd} sepanjang periode Rencana Strategis sampai Tahun {tahun} tersaji pada tabel dan grafik berikut; pada Tahun {tahun} pagunya {pagu_opd}."
      : null,

  ANALISIS_SASARAN: (d, ownerId) => {
    const sasaran = d.sasaran(ownerId);
    if (!sasaran) return null;
    const code = sasaran.code;
    const current = ikuSentence(d, sasaran);
    if (!current) return null;
    const banding = d.t(`realisasi_banding_iku:${code}`);
    const akhir = d.t(`target_akhir_iku:${code}`);
    const standar = d.t(`standar_nasional_iku:${code}`);
    return [
      current,
      banding &&
        sentences(
          `Dibandingkan Tahun {tahun_banding_iku:${code}} dengan realisasi ${banding}, realisasi Tahun {tahun} berubah {selisih_iku:${code}}.`,
          d.t(`capaian_banding_iku:${code}`) &&
            `Capaian Tahun {tahun_banding_iku:${code}} adalah {capaian_banding_iku:${code}}.`,
        ),
      akhir &&
        sentences(
          `Target akhir Rencana Strategis pada Tahun {tahun_akhir_iku:${code}} adalah ${akhir}` +
            (d.t(`kondisi_awal_iku:${code}`) ? ` dari kondisi awal {kondisi_awal_iku:${code}}` : "") +
            ".",
          d.t(`capaian_akhir_iku:${code}`) &&
            `Realisasi Tahun {tahun} telah mencapai {capaian_akhir_iku:${code}} dari target akhir tersebut.`,
        ),
      standar &&
        sentences(
          `Standar nasional indikator ini ${standar}.`,
          d.t(`capaian_standar_iku:${code}`) &&
            `Terhadap standar tersebut realisasinya mencapai {capaian_standar_iku:${code}}.`,
        ),
    ]
      .filter(Boolean)
      .join("\n\n");
  },

  ANALISIS_PENYEBAB: (d, ownerId) => {
    const sasaran = d.sasaran(ownerId);
    if (!sasaran) return null;
    const programs = d.supporting(sasaran);
    const rated = programs.filter((p) => d.t(`capaian_program:${p.code}`));
    if (!d.t(`capaian_iku:${sasaran.code}`) && rated.length === 0) return null;
    return [
      d.t(`capaian_iku:${sasaran.code}`) &&
        `Capaian indikator kinerja utama sasaran ini {capaian_iku:${sasaran.code}}. Capaian program pendukungnya:`,
      ...rated.map(
        (p) =>
          `- ${program(p.name)}: capaian {capaian_program:${p.code}}` +
          (d.t(`predikat_program:${p.code}`) ? ` ({predikat_program:${p.code}})` : "") +
          `, serapan anggaran {serapan:${p.code}}.`,
      ),
    ]
      .filter(Boolean)
      .join("\n");
  },

  ANALISIS_EFISIENSI: (d, ownerId) => {
    const sasaran = d.sasaran(ownerId);
    if (!sasaran) return null;
    const rows = d.supporting(sasaran).filter((p) => d.t(`efisiensi:${p.code}`));
    if (rows.length === 0) return null;
    return [
      "Efisiensi dinilai per program sebagai selisih capaian kinerja dan penyerapan anggaran; nilai positif berarti capaian kinerja lebih tinggi daripada bagian anggaran yang terserap:",
      ...rows.map(
        (p) =>
          `- ${program(p.name)}: capaian {capaian_program:${p.code}}, serapan {serapan:${p.code}}, tingkat efisiensi {efisiensi:${p.code}}.`,
      ),
    ].join("\n");
  },

  ANALISIS_PROGRAM: (d, ownerId) => {
    const sasaran = d.sasaran(ownerId);
    if (!sasaran) return null;
    const programs = d.supporting(sasaran);
    if (programs.length === 0) return null;
    return [
      `Sasaran ini didukung oleh ${programs.length === 1 ? "satu program" : "program-program berikut"}:`,
      ...programs.map(
        (p) =>
          `- ${program(p.name)} dengan ${budgetPhrase(d, p.code)}` +
          (d.t(`capaian_program:${p.code}`) && d.programIndicator(p.code)
            ? `; indikator "${d.programIndicator(p.code)}" mencapai {capaian_program:${p.code}}.`
            : "."),
      ),
    ].join("\n");
  },

  AKTIVITAS: (d, ownerId) => {
    const programMeta = d.input.programs.find((p) => p.id === ownerId);
    const node = programMeta
      ? d.programs.find((p) => p.code === programMeta.code)
      : d.programs.flatMap((p) => p.children).find((k) => k.id === ownerId);
    if (!node) return null;
    if (node.level !== "PROGRAM") return `${kegiatan(node.name)} memiliki ${budgetPhrase(d, node.code)}.`;
    const indicator = d.programIndicator(node.code);
    return [
      sentences(
        `${program(node.name)} memiliki ${budgetPhrase(d, node.code)}; dilaksanakan melalui {jumlah_kegiatan:${node.code}} kegiatan dan {jumlah_sub_kegiatan:${node.code}} sub kegiatan.`,
        indicator &&
          d.t(`capaian_program:${node.code}`) &&
          `Indikator "${indicator}" dengan target {target_program:${node.code}} terealisasi {realisasi_program:${node.code}}, capaian {capaian_program:${node.code}}.`,
      ),
      ...node.children.map((k) => `- ${kegiatan(k.name)}: ${budgetPhrase(d, k.code)}.`),
    ].join("\n");
  },

  REALISASI_ANGGARAN: (d) => {
    const absorbed = d.programs.filter((p) => p.serapan.status === "OK");
    const sorted = [...absorbed].sort((a, b) =>
      a.serapan.status === "OK" && b.serapan.status === "OK"
        ? b.serapan.value.comparedTo(a.serapan.value)
        : 0,
    );
    const highest = sorted[0];
    const lowest = sorted[sorted.length - 1];
    return sentences(
      d.t("realisasi_opd")
        ? "Pagu {opd} Tahun {tahun} {pagu_opd} terealisasi {realisasi_opd}, atau serapan {serapan_opd}" +
            (d.t("sisa_opd") ? ", dengan sisa anggaran {sisa_opd}." : ".")
        : "Pagu {opd} Tahun {tahun} {pagu_opd}.",
      highest &&
        lowest &&
        highest !== lowest &&
        `Serapan tertinggi pada ${program(highest.name)} ({serapan:${highest.code}}) dan terendah pada ${program(lowest.name)} ({serapan:${lowest.code}}).`,
    );
  },

  KESIMPULAN: (d) => {
    const iku = allSasaran(d).flatMap((s) =>
      s.iku[0] && d.t(`capaian_iku:${s.code}`)
        ? [
            `- indikator "${s.iku[0].name}" tercapai {capaian_iku:${s.code}}` +
              (d.t(`predikat_iku:${s.code}`) ? ` ({predikat_iku:${s.code}})` : "") +
              ";",
          ]
        : [],
    );
    return [
      ...(iku.length > 0
        ? ["Pada Tahun {tahun} {opd} mencatat capaian kinerja sebagai berikut:", ...iku, ""]
        : []),
      d.t("realisasi_opd")
        ? "Pagu anggaran {pagu_opd} direalisasikan {realisasi_opd}, atau serapan {serapan_opd}."
        : "Pagu anggaran Tahun {tahun} {pagu_opd}.",
    ].join("\n");
  },
};
