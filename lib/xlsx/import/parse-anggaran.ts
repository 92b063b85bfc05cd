import Decimal from "decimal.js";
import { kodeField, optionalRupiahField, structureNameField } from "@/lib/inputs/structure";
import { rupiahTextSchema, rupiahYearTotalTextSchema } from "@/lib/parse/indonesian-number";
import { normalizeKode } from "@/lib/structure/kode";
import type { StructureLevel } from "@/lib/vocabulary";
import {
  amountField,
  type Fields,
  itemKey,
  money,
  periods,
  type Snapshot,
  type SnapshotItem,
} from "../snapshot";
import { anggaranColumns, normalizeHeader, quarterColumns, TOTAL_KODE } from "../template";
import { addItem, type SheetReader } from "./read-sheet";

const kodeLevelBySegments: Record<number, StructureLevel> = {
  3: "PROGRAM",
  5: "KEGIATAN",
  6: "SUB_KEGIATAN",
};
const parentCode = (code: string, drop: number) => code.split(".").slice(0, -drop).join(".");
const [, , , paguColumn, paguPerubahanColumn] = anggaranColumns;
const paguField = optionalRupiahField("Pagu");
const paguPerubahanField = optionalRupiahField("Pagu perubahan");

/**
 * Reads the Anggaran sheet: the level of each row from its kode, rekening lines under the sub kegiatan
 * above them, the reported total. Returns the keys of every budget row whose kode was read, including
 * rows refused for another cell (they are not planned as removals, nor their children as orphans).
 */
export function readAnggaran(reader: SheetReader, items: Snapshot, bidang: readonly string[]): Set<string> {
  const seen = new Set<string>();
  if (!reader.require(["Kode", "Uraian"])) return seen;
  const sheet = reader.sheet.name;
  const bidangByName = new Map(bidang.map((name) => [normalizeHeader(name), name]));
  let lastSub: SnapshotItem | null = null;
  // Rekening lines under a refused sub kegiatan are not attached to the one before it.
  let lastSubFailed = false;
  const subsWithRekening = new Set<string>();
  const leafValues = new Map<string, { pagu: Decimal | null; perubahan: Decimal | null }>();

  for (const row of reader.rows()) {
    const rawKode = reader.reference(row, "Kode");
    if (rawKode === undefined) continue;
    if (rawKode === null) {
      reader.error(row.row, reader.where("Kode"), "Kode kosong; setiap baris berisi angka memerlukan kode");
      continue;
    }
    const code = normalizeKode(rawKode);
    const isTotal = code.toUpperCase() === TOTAL_KODE;
    const segments = kodeLevelBySegments[code.split(".").length];
    const level: StructureLevel = code.startsWith("5") ? "REKENING" : (segments ?? "PROGRAM");
    if (level !== "REKENING") {
      lastSub = null;
      lastSubFailed = segments === "SUB_KEGIATAN";
      if (segments === "PROGRAM") seen.add(itemKey.program(code));
      if (segments === "KEGIATAN") seen.add(itemKey.kegiatan(code));
      if (segments === "SUB_KEGIATAN") seen.add(itemKey.subKegiatan(code));
    } else if (lastSubFailed) continue;
    const at = { sheet, row: row.row };
    const kode = isTotal ? code : reader.field(row, "Kode", kodeField(level));
    const name = isTotal ? null : reader.field(row, "Uraian", structureNameField(level));
    const paguValue = reader.number(row, paguColumn, paguField);
    const perubahanValue = reader.number(row, paguPerubahanColumn, paguPerubahanField);
    const quarters = quarterColumns.map((q) => reader.number(row, q.header, rupiahTextSchema));
    const total = reader.number(row, "Realisasi", rupiahYearTotalTextSchema);
    if ([kode, name, paguValue, perubahanValue, total, ...quarters].includes(undefined)) continue;

    const known = quarters.filter((q): q is Decimal => q !== null);
    const sum = known.length > 0 ? Decimal.sum(...known) : null;
    if (sum !== null && total !== null && !sum.eq(total!)) {
      reader.error(
        row.row,
        reader.where("Realisasi"),
        `Realisasi ${total!.toFixed()} tidak sama dengan jumlah realisasi triwulan ${sum.toFixed()}`,
      );
      continue;
    }
    const amounts: Fields = Object.fromEntries(periods.map((p) => [amountField(p), null]));
    if (sum !== null) quarterColumns.forEach((q, i) => (amounts[amountField(q.period)] = money(quarters[i])));
    else amounts[amountField("TAHUNAN")] = money(total);
    const reported = { reportedPagu: money(paguValue), reportedRealisasi: money(total ?? sum) };

    if (isTotal) {
      addItem(
        reader,
        items,
        {
          level: "TOTAL",
          key: itemKey.total(),
          label: "Total",
          parentKey: null,
          bidang: null,
          fields: reported,
          at,
        },
        "Kode",
      );
      continue;
    }
    if (level === "REKENING") {
      if (!lastSub) {
        reader.error(
          row.row,
          reader.where("Kode"),
          `Rekening ${code} tidak berada di bawah sub kegiatan; letakkan di bawah baris sub kegiatannya`,
        );
        continue;
      }
      if (paguValue === null) {
        reader.error(row.row, reader.where(paguColumn), `Pagu rekening ${code} wajib diisi`);
        continue;
      }
      subsWithRekening.add(lastSub.key);
      const subCode = lastSub.key.slice("SUB_KEGIATAN:".length);
      addItem(
        reader,
        items,
        {
          level: "REKENING",
          key: itemKey.rekening(subCode, code),
          label: `${code} ${name}`,
          parentKey: lastSub.key,
          bidang: lastSub.bidang,
          fields: { name, paguAwal: money(paguValue), paguPerubahan: money(perubahanValue), ...amounts },
          at,
        },
        "Kode",
      );
      continue;
    }

    const bidangText = reader.reference(row, "Bidang");
    if (bidangText === undefined) continue;
    const rowBidang = bidangText === null ? null : bidangByName.get(normalizeHeader(bidangText));
    if (rowBidang === undefined) {
      reader.error(
        row.row,
        reader.where("Bidang"),
        `Bidang "${bidangText}" bukan bidang perangkat daerah ini (${bidang.join(", ") || "belum ada bidang"})`,
      );
      continue;
    }
    const label = `${code} ${name}`;
    if (level === "PROGRAM") {
      addItem(
        reader,
        items,
        {
          level,
          key: itemKey.program(code),
          label,
          parentKey: null,
          bidang: rowBidang,
          fields: { name, bidang: rowBidang, ...reported },
          at,
        },
        "Kode",
      );
    } else if (level === "KEGIATAN") {
      addItem(
        reader,
        items,
        {
          level,
          key: itemKey.kegiatan(code),
          label,
          parentKey: itemKey.program(parentCode(code, 2)),
          bidang: rowBidang,
          fields: { name, bidang: rowBidang, program: parentCode(code, 2), ...reported },
          at,
        },
        "Kode",
      );
    } else {
      const item: SnapshotItem = {
        level,
        key: itemKey.subKegiatan(code),
        label,
        parentKey: itemKey.kegiatan(parentCode(code, 1)),
        bidang: rowBidang,
        fields: { name, bidang: rowBidang, kegiatan: parentCode(code, 1), ...amounts, ...reported },
        at,
      };
      const before = items.size;
      addItem(reader, items, item, "Kode");
      lastSub = items.size > before ? item : null;
      lastSubFailed = false;
      leafValues.set(item.key, { pagu: paguValue ?? null, perubahan: perubahanValue ?? null });
    }
  }

  // A sub kegiatan with rekening lines carries reported figures; one without, its pagu and realisasi.
  for (const [key, values] of leafValues) {
    const item = items.get(key)!;
    const { reportedPagu, reportedRealisasi, ...rest } = item.fields;
    if (subsWithRekening.has(key)) {
      item.fields = {
        name: rest.name,
        bidang: rest.bidang,
        kegiatan: rest.kegiatan,
        reportedPagu,
        reportedRealisasi,
      };
    } else {
      item.fields = { ...rest, paguAwal: money(values.pagu), paguPerubahan: money(values.perubahan) };
    }
  }
  for (const item of items.values()) {
    if ((item.level !== "KEGIATAN" && item.level !== "SUB_KEGIATAN") || !item.parentKey) continue;
    if (!items.has(item.parentKey) && !seen.has(item.parentKey)) {
      const parent = item.parentKey.split(":")[1];
      const parentLevel = item.level === "KEGIATAN" ? "program" : "kegiatan";
      reader.error(
        item.at!.row,
        reader.where("Kode"),
        `Kode ${item.label.split(" ")[0]} tidak berada di bawah ${parentLevel} manapun di lembar ini; ${parentLevel} ${parent} tidak ada`,
      );
    }
  }
  return seen;
}
