import { pageNumberField } from "./paging";
import { z } from "./zod";

/** An anchor id of the LKIP model ("bab-3", "tabel-realisasi-anggaran"); anything else names nothing. */
const anchorId = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9_-]+$/)
  .optional()
  .catch(undefined);

/** `?bab=&tabel=&halaman=` of the LKIP page: the chapter shown, and the page of one of its tables. */
export const lkipScreenInput = z.object({ bab: anchorId, tabel: anchorId, halaman: pageNumberField });
