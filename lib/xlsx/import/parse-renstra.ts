import { figureField, indikatorNameField, satuanField } from "@/lib/inputs/indikator";
import { renstraCodeField, renstraTextField } from "@/lib/inputs/renstra";
import { normalizeKode } from "@/lib/structure/kode";
import { figure, itemKey, renstraTargetField, type Snapshot } from "../snapshot";
import { polarityLabel } from "@/lib/vocabulary";
import { fromLabel, renstraKinds } from "../template";
import { addItem, type Row, type SheetReader } from "./read-sheet";

/** An IKU's code is the sheet's own (the database has none): the row's reference for the Indikator sheet. */
function readIkuCode(reader: SheetReader, row: Row): string | undefined {
  const code = reader.reference(row, "Kode");
  if (code === null) reader.error(row.row, reader.where("Kode"), "Kode IKU wajib diisi, misalnya IKU-S1.1-1");
  return code ? normalizeKode(code) : undefined;
}

/**
 * Reads the Renstra sheet: tujuan, sasaran under their tujuan (Induk), IKU under their sasaran with a
 * Renstra target per year of the `Target <year>` columns (pushed onto `years`). Returns each row's code
 * to its item key, for the Indikator sheet.
 */
export function readRenstra(reader: SheetReader, items: Snapshot, years: number[]): Map<string, string> {
  const codes = new Map<string, string>();
  if (!reader.require(["Kode", "Jenis", "Uraian"])) return codes;
  const sheet = reader.sheet.name;
  years.push(
    ...[...reader.headers.keys()]
      .map((header) => /^target (\d{4})$/.exec(header)?.[1])
      .filter((year): year is string => !!year)
      .map(Number),
  );
  const position = new Map<string, number>();
  for (const row of reader.rows()) {
    const kindText = reader.reference(row, "Jenis");
    if (kindText === undefined) continue;
    const kind = kindText === null ? null : fromLabel(renstraKinds, kindText);
    if (!kind) {
      reader.error(
        row.row,
        reader.where("Jenis"),
        `${kindText === null ? "Jenis wajib diisi" : `Jenis "${kindText}" tidak dikenal`}; isi Tujuan, Sasaran atau IKU`,
      );
      continue;
    }
    const code =
      kind === "IKU" ? readIkuCode(reader, row) : reader.field(row, "Kode", renstraCodeField(kind));
    const text = reader.field(row, "Uraian", kind === "IKU" ? indikatorNameField : renstraTextField(kind));
    const rawParent = reader.reference(row, "Induk");
    if (code === undefined || text === undefined || rawParent === undefined) continue;
    const parent = rawParent && normalizeKode(rawParent);
    const at = { sheet, row: row.row };
    if (kind === "TUJUAN") {
      addItem(
        reader,
        items,
        {
          level: "TUJUAN",
          key: itemKey.tujuan(code),
          label: `${code} ${text}`,
          parentKey: null,
          bidang: null,
          fields: { text },
          at,
        },
        "Kode",
      );
      codes.set(code, itemKey.tujuan(code));
      continue;
    }
    const parentKey = parent && (kind === "SASARAN" ? itemKey.tujuan(parent) : itemKey.sasaran(parent));
    if (!parentKey || !items.has(parentKey)) {
      const wanted = kind === "SASARAN" ? "tujuan" : "sasaran";
      reader.error(
        row.row,
        reader.where("Induk"),
        `Induk ${parent || "(kosong)"} bukan ${wanted} di lembar ini`,
      );
      continue;
    }
    if (kind === "SASARAN") {
      addItem(
        reader,
        items,
        {
          level: "SASARAN",
          key: itemKey.sasaran(code),
          label: `${code} ${text}`,
          parentKey,
          bidang: null,
          fields: { text, tujuan: parent },
          at,
        },
        "Kode",
      );
      codes.set(code, itemKey.sasaran(code));
      continue;
    }
    const satuan = reader.field(row, "Satuan", satuanField);
    const polarity = reader.choice(row, "Polaritas", polarityLabel, "POSITIF");
    const targets = years.map(
      (year) => [renstraTargetField(year), reader.number(row, `Target ${year}`, figureField)] as const,
    );
    if (satuan === undefined || !polarity || targets.some(([, v]) => v === undefined)) continue;
    const n = position.get(parentKey) ?? 0;
    position.set(parentKey, n + 1);
    const key = itemKey.iku(parent!, text);
    addItem(
      reader,
      items,
      {
        level: "IKU",
        key,
        label: `${code} ${text}`,
        parentKey,
        bidang: null,
        fields: {
          name: text,
          satuan,
          polarity,
          position: String(n),
          ...Object.fromEntries(targets.map(([f, v]) => [f, figure(v)])),
        },
        at,
      },
      "Kode",
    );
    codes.set(code, key);
  }
  return codes;
}
