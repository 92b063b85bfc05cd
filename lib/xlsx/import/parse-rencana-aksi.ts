import Decimal from "decimal.js";
import { excessOverPagu, subKegiatanPagu } from "@/lib/calc/rencana-aksi";
import { figureField } from "@/lib/inputs/indikator";
import { rupiahTextSchema } from "@/lib/parse/indonesian-number";
import { normalizeKode } from "@/lib/structure/kode";
import { figure, itemKey, money, rencanaField, rencanaPeriods, type Snapshot } from "../snapshot";
import { rencanaAksiColumns } from "../template";
import type { SheetReader } from "./read-sheet";

/**
 * Reads the Rencana Aksi sheet into the items the other sheets read: a row with a sub kegiatan's Kode and
 * no Indikator gives its planned disbursement per triwulan; a row with the Kode of a program or kegiatan
 * (Anggaran sheet) or of an IKU (Renstra) and the indicator's name gives that indicator's plan. An empty
 * cell removes the quarter's plan. The four quarters of a sub kegiatan may not exceed its pagu in the file.
 */
export function readRencanaAksi(
  reader: SheetReader,
  items: Snapshot,
  renstraCodes: ReadonlyMap<string, string>,
  /** Budget rows whose kode was read, even if refused for another cell: their plans are not reported again. */
  budgetRows: ReadonlySet<string>,
): void {
  if (!reader.require(rencanaAksiColumns)) return;
  const seen = new Set<string>();
  for (const row of reader.rows()) {
    const rawCode = reader.reference(row, "Kode");
    const name = reader.reference(row, "Indikator");
    if (rawCode === undefined || name === undefined) continue;
    const code = rawCode && normalizeKode(rawCode);
    if (!code) {
      reader.error(row.row, reader.where("Kode"), "Kode wajib diisi");
      continue;
    }
    // A row of an item the other sheets no longer hold (removed in this import) plans nothing when its
    // quarters are empty: only a plan for a missing item is an error.
    const planned = rencanaAksiColumns.slice(2).some((header) => !row.empty(header));
    let key: string | undefined;
    if (name === null) {
      key = itemKey.subKegiatan(code);
      if (items.get(key)?.level !== "SUB_KEGIATAN") {
        if (!planned || budgetRows.has(key)) continue;
        reader.error(
          row.row,
          reader.where("Kode"),
          `Sub kegiatan dengan kode ${code} tidak ada di lembar Anggaran (isi kolom Indikator untuk rencana indikator)`,
        );
        continue;
      }
    } else {
      const iku = renstraCodes.get(code);
      const owners = [itemKey.program(code), itemKey.kegiatan(code)];
      if (!owners.some((k) => items.has(k)) && owners.some((k) => budgetRows.has(k))) continue;
      const owner = owners.find((k) => items.has(k));
      key = iku?.startsWith("IKU:") ? iku : owner && itemKey.indicator(owner, name);
      if (
        !key ||
        !items.has(key) ||
        (iku?.startsWith("IKU:") && !key.endsWith(`|${name.trim().toLowerCase()}`))
      ) {
        if (!planned) continue;
        reader.error(
          row.row,
          reader.where("Indikator"),
          `Indikator "${name}" dengan kode ${code} tidak ada di lembar Indikator atau Renstra; rencana aksi hanya untuk IKU dan indikator program/kegiatan`,
        );
        continue;
      }
    }
    if (seen.has(key)) {
      reader.error(
        row.row,
        reader.where("Kode"),
        `Rencana aksi ${code}${name ? ` ${name}` : ""} muncul dua kali`,
      );
      continue;
    }
    seen.add(key);
    const item = items.get(key)!;
    const isMoney = item.level === "SUB_KEGIATAN";
    const values = rencanaAksiColumns
      .slice(2)
      .map((header) => reader.number(row, header, isMoney ? rupiahTextSchema : figureField));
    if (values.includes(undefined)) continue;
    if (isMoney) {
      const rekening = [...items.values()].filter((i) => i.level === "REKENING" && i.parentKey === key);
      const pagu = subKegiatanPagu({ ...item.fields, rekening: rekening.map((line) => line.fields) });
      const excess = excessOverPagu({ pagu, amounts: values.filter((v): v is Decimal => v != null) });
      if (excess) {
        reader.error(row.row, reader.where("Rencana TW IV"), `${code}: ${excess.message}`);
        continue;
      }
    }
    rencanaPeriods.forEach((period, i) => {
      item.fields[rencanaField(period)] = isMoney ? money(values[i]) : figure(values[i]);
    });
  }
}
