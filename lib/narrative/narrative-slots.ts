import {
  narrativeOwnerOf,
  narrativeSectionCatalog,
  type NarrativeOwnerIds,
  type NarrativeSectionValue,
} from "@/lib/inputs/narrative";
import { narrativeSectionLabel } from "@/lib/vocabulary";

/** The chapters of the report the narrative sections print in, in order, so a planner finds them. */
export const narrativeChapters: readonly { title: string; sections: readonly NarrativeSectionValue[] }[] = [
  { title: "Pembuka", sections: ["KATA_PENGANTAR", "IKHTISAR_EKSEKUTIF"] },
  {
    title: "BAB I Pendahuluan",
    sections: [
      "LATAR_BELAKANG",
      "MAKSUD_TUJUAN",
      "DASAR_HUKUM",
      "DASAR_PEMBENTUKAN",
      "TUGAS_POKOK",
      "FUNGSI",
      "STRUKTUR_ORGANISASI",
      "DAYA_DUKUNG_APARATUR",
      "MITRA_KERJA",
      "SARANA_PRASARANA",
      "ANGGARAN",
      "ISU_STRATEGIS",
      "SISTEMATIKA",
    ],
  },
  { title: "BAB II Perencanaan Kinerja", sections: ["STRATEGI_ARAH_KEBIJAKAN"] },
  {
    title: "BAB III Akuntabilitas Kinerja",
    sections: [
      "ANALISIS_SASARAN",
      "ANALISIS_PENYEBAB",
      "ANALISIS_EFISIENSI",
      "ANALISIS_PROGRAM",
      "AKTIVITAS",
      "KENDALA",
      "SOLUSI",
      "REALISASI_ANGGARAN",
    ],
  },
  { title: "BAB IV Penutup", sections: ["KESIMPULAN", "REKOMENDASI"] },
  { title: "Lampiran", sections: ["PRESTASI"] },
];

/** A sasaran, program or kegiatan a section is written for. */
export type NarrativeOwnerRef = { id: string; code: string; name: string };

/** One text to write: a section, for its owner (null: the whole report). */
export type NarrativeSlot = {
  section: NarrativeSectionValue;
  owner: NarrativeOwnerRef | null;
  ids: NarrativeOwnerIds;
  title: string;
  mandatory: boolean;
};

const ownerTitle = { SASARAN: "Sasaran", PROGRAM: "Program", KEGIATAN: "Kegiatan" } as const;

/**
 * Every text an OPD-year's LKIP has, chapter by chapter: report-level sections once, sasaran sections once
 * per sasaran of the Renstra (the analyses of one sasaran together), program sections once per program.
 */
export function listNarrativeSlots(owners: {
  sasaran: readonly NarrativeOwnerRef[];
  programs: readonly NarrativeOwnerRef[];
  kegiatan: readonly NarrativeOwnerRef[];
}): { title: string; slots: NarrativeSlot[] }[] {
  const slot = (section: NarrativeSectionValue, owner: NarrativeOwnerRef | null): NarrativeSlot => {
    const kind = narrativeOwnerOf(section);
    const { mandatory } = narrativeSectionCatalog[section];
    const label = narrativeSectionLabel[section];
    return {
      section,
      owner,
      ids: {
        sasaranId: kind === "SASARAN" ? owner!.id : null,
        programId: kind === "PROGRAM" ? owner!.id : null,
        kegiatanId: kind === "KEGIATAN" ? owner!.id : null,
      },
      title: kind === "LAPORAN" ? label : `${label}: ${ownerTitle[kind]} ${owner!.code} ${owner!.name}`,
      mandatory,
    };
  };
  const ownersOf = (section: NarrativeSectionValue) => {
    const kind = narrativeOwnerOf(section);
    return kind === "SASARAN" ? owners.sasaran : kind === "PROGRAM" ? owners.programs : owners.kegiatan;
  };
  return narrativeChapters.map(({ title, sections }) => {
    const slots: NarrativeSlot[] = [];
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i]!;
      const kind = narrativeOwnerOf(section);
      if (kind === "LAPORAN") {
        slots.push(slot(section, null));
        continue;
      }
      // The run of sections with the same owner kind is written owner by owner.
      let end = i;
      while (end + 1 < sections.length && narrativeOwnerOf(sections[end + 1]!) === kind) end++;
      const run = sections.slice(i, end + 1);
      for (const owner of ownersOf(section)) slots.push(...run.map((s) => slot(s, owner)));
      i = end;
    }
    return { title, slots };
  });
}
