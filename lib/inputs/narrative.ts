import { z } from "@/lib/inputs/zod";
import type { NarrativeSection } from "@/lib/generated/prisma/enums";
import { findUnknownTokens } from "@/lib/calc/figure-tokens";
import { hasControlCharacters } from "./fields";

/** Who a section is written for: the whole report, each sasaran, each program or each kegiatan. */
export type NarrativeOwner = "LAPORAN" | "SASARAN" | "PROGRAM" | "KEGIATAN";

/**
 * The narrative sections of an LKIP in the order of the report (PermenPAN-RB 53/2014), with their owner and
 * whether a FINAL report needs them written (an empty mandatory section is a finding).
 */
export const narrativeSectionCatalog = {
  KATA_PENGANTAR: { owner: "LAPORAN", mandatory: true },
  IKHTISAR_EKSEKUTIF: { owner: "LAPORAN", mandatory: true },
  LATAR_BELAKANG: { owner: "LAPORAN", mandatory: true },
  MAKSUD_TUJUAN: { owner: "LAPORAN", mandatory: false },
  DASAR_HUKUM: { owner: "LAPORAN", mandatory: false },
  DASAR_PEMBENTUKAN: { owner: "LAPORAN", mandatory: true },
  TUGAS_POKOK: { owner: "LAPORAN", mandatory: true },
  FUNGSI: { owner: "LAPORAN", mandatory: true },
  STRUKTUR_ORGANISASI: { owner: "LAPORAN", mandatory: false },
  DAYA_DUKUNG_APARATUR: { owner: "LAPORAN", mandatory: false },
  MITRA_KERJA: { owner: "LAPORAN", mandatory: false },
  SARANA_PRASARANA: { owner: "LAPORAN", mandatory: false },
  ANGGARAN: { owner: "LAPORAN", mandatory: false },
  ISU_STRATEGIS: { owner: "LAPORAN", mandatory: true },
  SISTEMATIKA: { owner: "LAPORAN", mandatory: false },
  STRATEGI_ARAH_KEBIJAKAN: { owner: "LAPORAN", mandatory: false },
  ANALISIS_SASARAN: { owner: "SASARAN", mandatory: true },
  ANALISIS_PENYEBAB: { owner: "SASARAN", mandatory: true },
  ANALISIS_EFISIENSI: { owner: "SASARAN", mandatory: false },
  ANALISIS_PROGRAM: { owner: "SASARAN", mandatory: false },
  AKTIVITAS: { owner: "PROGRAM", mandatory: false },
  KENDALA: { owner: "LAPORAN", mandatory: false },
  SOLUSI: { owner: "LAPORAN", mandatory: false },
  REALISASI_ANGGARAN: { owner: "LAPORAN", mandatory: false },
  KESIMPULAN: { owner: "LAPORAN", mandatory: true },
  REKOMENDASI: { owner: "LAPORAN", mandatory: true },
  PRESTASI: { owner: "LAPORAN", mandatory: false },
} as const satisfies Record<NarrativeSection, { owner: NarrativeOwner; mandatory: boolean }>;

export const narrativeSections = Object.keys(narrativeSectionCatalog) as NarrativeSection[];
export type NarrativeSectionValue = NarrativeSection;

export const NARRATIVE_MAX_LENGTH = 50_000;

/** Who a section is written for (typed wide: a catalog change needs no change of the code using it). */
export const narrativeOwnerOf = (section: NarrativeSection): NarrativeOwner =>
  narrativeSectionCatalog[section].owner;

/** The owner ids of a narrative row: at most one is set, the one its section's catalog owner names. */
export type NarrativeOwnerIds = {
  sasaranId: string | null;
  programId: string | null;
  kegiatanId: string | null;
};

const ownerField = { SASARAN: "sasaranId", PROGRAM: "programId", KEGIATAN: "kegiatanId" } as const;
const ownerWords = { SASARAN: "per sasaran", PROGRAM: "per program", KEGIATAN: "per kegiatan" } as const;

/** The id of the sasaran, program or kegiatan a row is written for; null for a report-level section. */
export function narrativeOwnerId(section: NarrativeSection, ids: NarrativeOwnerIds): string | null {
  const owner = narrativeOwnerOf(section);
  return owner === "LAPORAN" ? null : ids[ownerField[owner]];
}

/** What is wrong with the owner ids given for a section (Indonesian), or null when they fit its catalog owner. */
export function narrativeOwnerProblem(section: NarrativeSection, ids: NarrativeOwnerIds): string | null {
  const owner = narrativeOwnerOf(section);
  const wrong = (Object.keys(ownerField) as (keyof typeof ownerField)[]).filter(
    (kind) => kind !== owner && ids[ownerField[kind]] !== null,
  );
  if (owner === "LAPORAN" && wrong.length > 0) return "Bagian ini ditulis sekali untuk seluruh laporan";
  if (owner !== "LAPORAN" && (wrong.length > 0 || ids[ownerField[owner]] === null))
    return `Bagian ini ditulis ${ownerWords[owner]}`;
  return null;
}

/** Why a text with tokens the system does not know is not saved: they would print as typed. */
export const unknownTokenMessage = (tokens: readonly string[]) =>
  `Token ${tokens.join(", ")} tidak dikenal dan akan tercetak apa adanya; ` +
  'periksa ejaannya pada daftar "Angka otomatis dalam narasi".';

/**
 * The body of a section, as the editor and the workbook's Narasi sheet take it. A token whose name the
 * system does not know is refused (it could never print a figure); a known one without a figure this year
 * is kept, since the data may still come, and stays a finding until it does.
 */
export const narrativeBody = z
  .string()
  .max(NARRATIVE_MAX_LENGTH, `Teks paling banyak ${NARRATIVE_MAX_LENGTH.toLocaleString("id-ID")} karakter`)
  .refine((body) => !hasControlCharacters(body), "Teks berisi karakter yang tidak diizinkan")
  .superRefine((body, ctx) => {
    const unknown = findUnknownTokens(body);
    if (unknown.length > 0) ctx.addIssue({ code: "custom", message: unknownTokenMessage(unknown) });
  })
  // Line ends as typed on any system; trailing spaces and blank lines at either end carry nothing.
  .transform((body) =>
    body
      .replace(/\r\n?/g, "\n")
      .replace(/[ \t]+$/gm, "")
      .replace(/^\n+|\n+$/g, ""),
  );

const ownerId = z.string().min(1).nullable().default(null);

/**
 * The body of one section for one owner (the catalog says which: none, a sasaran, a program or a
 * kegiatan). Plain text: blank lines separate paragraphs, lines starting with "- " or "1. " are list
 * items, **bold** is bold.
 */
export const saveNarrativeInput = z
  .object({
    laporanId: z.string().min(1),
    section: z.enum(narrativeSections),
    sasaranId: ownerId,
    programId: ownerId,
    kegiatanId: ownerId,
    body: narrativeBody,
    /** The version the user edited; null when the section had no text yet. */
    version: z.number().int().nullable(),
  })
  .superRefine((input, ctx) => {
    const problem = narrativeOwnerProblem(input.section, input);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["section"] });
  });

export type SaveNarrativeInput = z.output<typeof saveNarrativeInput>;
