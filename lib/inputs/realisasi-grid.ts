import { z } from "@/lib/inputs/zod";

/** One changed cell of the quarterly grid: the raw text, parsed on the server with the same parser as in the browser. */
export const gridCellInput = z.object({
  key: z.string().regex(/^(anggaran|nilai|pembilang|penyebut):[A-Za-z0-9_-]+$/),
  text: z.string().max(100),
  /** The version the planner edited; null when the cell was empty. */
  version: z.number().int().nullable(),
  /** Row number on the planner's screen, for messages. */
  row: z.number().int().positive(),
});

export const saveRealisasiGridInput = z.object({
  opdId: z.string().min(1),
  year: z.number().int(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  cells: z.array(gridCellInput).min(1, "Tidak ada perubahan untuk disimpan").max(5000),
});

/** "Hapus isian": the realisasi of one leaf or indicator for one triwulan, at the version the planner saw. */
export const deleteRealisasiEntryInput = z.object({
  opdId: z.string().min(1),
  year: z.number().int(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  key: z.string().regex(/^(anggaran|indikator):[A-Za-z0-9_-]+$/),
  version: z.number().int(),
  /** Row number on the planner's screen, for messages. */
  row: z.number().int().positive(),
});
