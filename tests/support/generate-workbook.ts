import ExcelJS from "exceljs";
import { anggaranColumns } from "@/lib/xlsx/template";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * A synthetic Anggaran sheet of about `rows` rows: programs of 10 kegiatan, each with up to 98 sub
 * kegiatan carrying a pagu and four quarters of realisasi (deterministic).
 */
export async function generateWorkbook(
  rows: number,
  options: { programBase?: number } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Anggaran");
  sheet.addRow([...anggaranColumns]);
  const perKegiatan = 98;
  let written = 0;
  for (let p = 1; written < rows; p++) {
    const program = `${(options.programBase ?? 1) + Math.floor((p - 1) / 99)}.06.${pad(((p - 1) % 99) + 1, 2)}`;
    sheet.addRow([program, `Program sintetis ${p}`]);
    written++;
    for (let k = 1; k <= 10 && written < rows; k++) {
      const kegiatan = `${program}.2.${pad(k, 2)}`;
      sheet.addRow([kegiatan, `Kegiatan sintetis ${p}.${k}`]);
      written++;
      for (let s = 1; s <= perKegiatan && written < rows; s++) {
        const quarter = 1_000_000 + ((p * 7 + k * 13 + s * 17) % 97) * 10_000;
        sheet.addRow([
          `${kegiatan}.${pad(s, 4)}`,
          `Sub kegiatan sintetis ${p}.${k}.${s}`,
          null,
          quarter * 5,
          null,
          quarter,
          quarter,
          quarter,
          quarter,
        ]);
        written++;
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
