import { aggregationLabel, calculationLabel, polarityLabel } from "@/lib/vocabulary";
import type Decimal from "decimal.js";
import { figureField, indikatorNameField, satuanField } from "@/lib/inputs/indikator";
import { normalizeKode } from "@/lib/structure/kode";
import { figure, type Fields, indicatorField, itemKey, periods, type Snapshot } from "../snapshot";
import { quarterColumns, ratioQuarterColumns } from "../template";
import { addItem, type SheetReader } from "./read-sheet";

type Part = "value" | "numerator" | "denominator";

/**
 * Reads the Indikator sheet: each row an indicator of the budget item or Renstra item named by its Kode
 * (a program, kegiatan, sub kegiatan of the Anggaran sheet; a tujuan, sasaran or IKU of the Renstra),
 * with this year's target and realisasi. An IKU row gives only the year's figures of the Renstra's IKU.
 */
export function readIndikator(
  reader: SheetReader,
  items: Snapshot,
  renstraCodes: ReadonlyMap<string, string>,
  /** Budget rows whose kode was read, even if refused for another cell: their indicators are not reported again. */
  budgetRows: ReadonlySet<string>,
): void {
  if (!reader.require(["Kode", "Indikator"])) return;
  const sheet = reader.sheet.name;
  const position = new Map<string, number>();
  for (const row of reader.rows()) {
    const rawCode = reader.reference(row, "Kode");
    if (rawCode === undefined) continue;
    const code = rawCode && normalizeKode(rawCode);
    const budgetKeys = code ? [itemKey.subKegiatan(code), itemKey.kegiatan(code), itemKey.program(code)] : [];
    const ownerKey = code && (budgetKeys.find((k) => items.has(k)) ?? renstraCodes.get(code));
    if (code && !ownerKey && budgetKeys.some((k) => budgetRows.has(k))) continue;
    if (!code || !ownerKey) {
      reader.error(
        row.row,
        reader.where("Kode"),
        code
          ? `Kode ${code} tidak ada di lembar Anggaran maupun Renstra`
          : "Kode pemilik indikator wajib diisi",
      );
      continue;
    }
    const isIku = ownerKey.startsWith("IKU:");
    // An IKU is named and measured in the Renstra sheet; its row here gives only the year's figures.
    const name = isIku ? null : reader.field(row, "Indikator", indikatorNameField);
    const satuan = isIku ? null : reader.field(row, "Satuan", satuanField);
    const polarity = reader.choice(row, "Polaritas", polarityLabel, "POSITIF");
    const calculation = reader.choice(row, "Cara Hitung", calculationLabel, "LANGSUNG");
    const aggregation = reader.choice(row, "Gabungan Triwulan", aggregationLabel, "JUMLAH");
    const figures = (headers: string[]) => headers.map((header) => reader.number(row, header, figureField));
    const [target, perubahan, total, numerator, denominator] = figures([
      "Target",
      "Target Perubahan",
      "Realisasi",
      "Pembilang",
      "Penyebut",
    ]);
    const values = figures(quarterColumns.map((q) => q.header));
    const numerators = figures(ratioQuarterColumns("Pembilang").map((c) => c.header));
    const denominators = figures(ratioQuarterColumns("Penyebut").map((c) => c.header));
    if (
      name === undefined ||
      satuan === undefined ||
      !polarity ||
      !calculation ||
      !aggregation ||
      [target, perubahan, total, numerator, denominator, ...values, ...numerators, ...denominators].includes(
        undefined,
      )
    )
      continue;

    const realisasi: Fields = {};
    for (const period of periods) {
      for (const part of ["value", "numerator", "denominator"] as const)
        realisasi[indicatorField(part, period)] = null;
    }
    const setQuarterly = (part: Part, list: (Decimal | null | undefined)[]) =>
      quarterColumns.forEach((q, i) => (realisasi[indicatorField(part, q.period)] = figure(list[i])));
    if (calculation === "LANGSUNG") {
      if (values.some((v) => v !== null)) setQuarterly("value", values);
      else realisasi[indicatorField("value", "TAHUNAN")] = figure(total);
    } else {
      if ([...numerators, ...denominators].some((v) => v !== null)) {
        setQuarterly("numerator", numerators);
        setQuarterly("denominator", denominators);
      } else {
        realisasi[indicatorField("numerator", "TAHUNAN")] = figure(numerator);
        realisasi[indicatorField("denominator", "TAHUNAN")] = figure(denominator);
      }
      if (values.some((v) => v !== null) || total !== null) {
        reader.warning(
          row.row,
          reader.where("Realisasi"),
          "Indikator rasio: kolom realisasi diabaikan; yang dipakai pembilang dan penyebut",
        );
      }
    }
    const yearFields: Fields = {
      calculation,
      aggregation,
      target: figure(target),
      targetPerubahan: figure(perubahan),
      ...realisasi,
    };
    const at = { sheet, row: row.row };
    if (isIku) {
      const iku = items.get(ownerKey);
      if (iku) iku.fields = { ...iku.fields, ...yearFields };
      else
        items.set(ownerKey, {
          level: "IKU",
          key: ownerKey,
          label: code,
          parentKey: null,
          bidang: null,
          fields: yearFields,
          at,
        });
      continue;
    }
    const n = position.get(ownerKey) ?? 0;
    position.set(ownerKey, n + 1);
    addItem(
      reader,
      items,
      {
        level: "INDIKATOR",
        key: itemKey.indicator(ownerKey, name!),
        label: `${code} ${name}`,
        parentKey: ownerKey,
        bidang: items.get(ownerKey)?.bidang ?? null,
        fields: { name, satuan, polarity, position: String(n), ...yearFields },
        at,
      },
      "Indikator",
    );
  }
}
