import { writeFileSync } from "node:fs";
import { renderLkipPdf } from "@/lib/pdf/lkip/render";
import type { LkipDocument } from "@/lib/lkip/document-model";
const doc: LkipDocument = {
  title: "t", meta: { author: "a", subject: "s", keywords: "k", runningHeader: "r" }, status: "DRAF",
  verification: { code: null, url: "http://x/verifikasi/draf", revision: null, generatedAt: "now", generatedBy: null },
  chapters: [{ id: "c", title: "C", kind: "BODY", blocks: [{ kind: "heading", id: "h", level: 1, text: "H" }, { kind: "paragraph", text: "hello" }] }],
};
const r = await renderLkipPdf(doc); writeFileSync("/tmp/lkip/exp/x.pdf", r.bytes); console.log("ok", r.pageCount);
