import {
  narrativeBody,
  narrativeOwnerOf,
  narrativeSections,
  type NarrativeSectionValue,
} from "@/lib/inputs/narrative";
import { normalizeKode } from "@/lib/structure/kode";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import { itemKey, type Snapshot } from "../snapshot";
import { normalizeHeader } from "../template";
import { addItem, type SheetReader } from "./read-sheet";

/** A section named by its label ("Kata Pengantar") or its code ("KATA_PENGANTAR"), in any case. */
function sectionOf(text: string): NarrativeSectionValue | null {
  const wanted = normalizeHeader(text.replace(/_/g, " "));
  return (
    narrativeSections.find(
      (section) =>
        normalizeHeader(narrativeSectionLabel[section]) === wanted ||
        normalizeHeader(section.replace(/_/g, " ")) === wanted,
    ) ?? null
  );
}

const ownerWords = { SASARAN: "sasaran", PROGRAM: "program", KEGIATAN: "kegiatan" } as const;

/**
 * Reads the Narasi sheet: one text per section and owner. The owner is named by its kode: a sasaran of
 * the Renstra (the file's, else the stored one), a program or kegiatan of the file's Anggaran sheet;
 * empty for a section of the whole report.
 */
export function readNarasi(
  reader: SheetReader,
  items: Snapshot,
  owners: { renstraCodes: ReadonlyMap<string, string>; budgetKeys: ReadonlySet<string> },
): void {
  if (!reader.require(["Bagian", "Kode Pemilik", "Teks"])) return;
  const sheet = reader.sheet.name;
  for (const row of reader.rows()) {
    const sectionText = reader.reference(row, "Bagian");
    const rawOwner = reader.reference(row, "Kode Pemilik");
    const body = reader.field(row, "Teks", narrativeBody);
    if (sectionText === undefined || rawOwner === undefined || body === undefined) continue;
    const section = sectionText === null ? null : sectionOf(sectionText);
    if (!section) {
      reader.error(
        row.row,
        reader.where("Bagian"),
        `${sectionText === null ? "Bagian wajib diisi" : `Bagian "${sectionText}" tidak dikenal`}; ` +
          'isi nama bagian seperti "Kata Pengantar" atau kodenya (KATA_PENGANTAR)',
      );
      continue;
    }
    const owner = narrativeOwnerOf(section);
    const label = narrativeSectionLabel[section];
    const code = rawOwner && normalizeKode(rawOwner);
    let ownerKey: string | null = null;
    if (owner === "LAPORAN") {
      if (code) {
        reader.error(
          row.row,
          reader.where("Kode Pemilik"),
          `${label} ditulis sekali untuk seluruh laporan; kosongkan Kode Pemilik`,
        );
        continue;
      }
    } else {
      const key =
        owner === "SASARAN"
          ? code && owners.renstraCodes.get(code)
          : code && (owner === "PROGRAM" ? itemKey.program(code) : itemKey.kegiatan(code));
      const known = !!key && (owner === "SASARAN" ? key.startsWith("SASARAN:") : owners.budgetKeys.has(key));
      if (!known) {
        const where = owner === "SASARAN" ? "di Renstra" : "di lembar Anggaran";
        reader.error(
          row.row,
          reader.where("Kode Pemilik"),
          code
            ? `${label}: ${ownerWords[owner]} dengan kode "${code}" tidak ada ${where}`
            : `${label} ditulis per ${ownerWords[owner]}; isi kode ${ownerWords[owner]} pada Kode Pemilik`,
        );
        continue;
      }
      ownerKey = key as string;
    }
    addItem(
      reader,
      items,
      {
        level: "NARASI",
        key: itemKey.narasi(section, code ?? ""),
        label: code ? `${label} ${code}` : label,
        parentKey: ownerKey,
        bidang: null,
        fields: { section, body },
        at: { sheet, row: row.row },
      },
      "Bagian",
    );
  }
}
