import { z } from "@/lib/inputs/zod";

/** One changed cell of the rencana aksi grid: the raw text, parsed on the server with the browser's parser. */
export const rencanaAksiCellInput = z.object({
  key: z.string().regex(/^(anggaran|indikator):[A-Za-z0-9_-]+:[1-4]$/),
  text: z.string().max(100),
  /** The version the planner edited; null when the cell was empty. */
  version: z.number().int().nullable(),
  /** Row number on the planner's screen, for messages. */
  row: z.number().int().positive(),
});

export const saveRencanaAksiInput = z.object({
  opdId: z.string().min(1),
  year: z.number().int(),
  cells: z.array(rencanaAksiCellInput).min(1, "Tidak ada perubahan untuk disimpan").max(20000),
});
