import { formatDateTime } from "@/lib/format";
import type { LkipDocument } from "./document-model";
import type { LkipInput } from "./lkip-input";
import { babPendahuluan } from "./chapters/bab1";
import { babPerencanaan } from "./chapters/bab2";
import { babAkuntabilitas } from "./chapters/bab3";
import { babPenutup, lampiran } from "./chapters/bab4-lampiran";
import { createTableCounter, type ChapterContext } from "./chapters/blocks";
import { cover, daftarIsi, ikhtisarEksekutif, kataPengantar } from "./chapters/front";
import { lkipFigures } from "./lkip-figures";

/**
 * The LKIP of an OPD-year (PermenPAN-RB 53/2014) as a document model, from the data alone: every figure
 * computed by lib/calc from the leaves, every narrative token filled in, a section without text printed
 * from its draft or left out, in the order the report prints. The internal findings are no part of it.
 */
export function assembleLkip(input: LkipInput): LkipDocument {
  const context: ChapterContext = { figures: lkipFigures(input), nextTable: createTableCounter() };
  const title = `Laporan Kinerja Instansi Pemerintah ${input.opd.name} Tahun ${input.year}`;
  return {
    title,
    meta: {
      author: input.opd.name,
      subject: `LKIP ${input.opd.name} ${input.pemda.name} Tahun ${input.year}`,
      keywords: `LKIP, SAKIP, ${input.opd.name}, ${input.year}`,
      runningHeader: `LKIP ${input.opd.name} · Tahun ${input.year}${input.illustrative ? " · DATA CONTOH" : ""}`,
    },
    status: input.status,
    verification: {
      code: input.verification.code,
      url: input.verification.url,
      revision: input.verification.revision,
      generatedAt: `${formatDateTime(input.verification.generatedAt)} WIB`,
      generatedBy: input.verification.generatedBy,
    },
    chapters: [
      cover(input),
      kataPengantar(input, context),
      ...daftarIsi(),
      ikhtisarEksekutif(input, context),
      babPendahuluan(input, context),
      babPerencanaan(input, context),
      babAkuntabilitas(input, context),
      babPenutup(input, context),
      lampiran(input, context),
    ],
  };
}
