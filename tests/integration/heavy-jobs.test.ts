import { beforeAll, describe, expect, it, vi } from "vitest";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { buildLkipDocument } from "@/lib/server/lkip/generate-lkip";
import { draftGeneration } from "@/lib/server/lkip/get-lkip-pdf";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

/**
 * PDF rendering in a worker thread (`runHeavy`) with its budgets and cancellation, on the Serang 2022
 * demo LKIP and on the same LKIP with a 20.000-row table appended (an OPD far larger than any real one).
 */

let opd: OpdRef;
let demo: LkipDocument;
let huge: LkipDocument;

/** run-heavy as a server started with these HEAVY_* settings would have it. */
async function runHeavyWith(settings: Record<string, string>) {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  return import("@/lib/server/heavy/run-heavy");
}

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  const laporan = (await getLaporan({ opd, year: 2022 }))!;
  demo = await buildLkipDocument({ opd, year: 2022, laporan }, draftGeneration(null));
  const rows = Array.from({ length: 20_000 }, (_, i) => ({
    cells: [`Sub kegiatan uji ${i + 1}`, (1_000_000 + i).toLocaleString("id-ID")],
  }));
  huge = {
    ...demo,
    chapters: [
      ...demo.chapters,
      {
        id: "lampiran-uji",
        title: "LAMPIRAN UJI",
        kind: "BODY",
        blocks: [
          { kind: "heading", id: "lampiran-uji", level: 1, text: "LAMPIRAN UJI" },
          {
            kind: "table",
            id: "tabel-uji",
            number: "Tabel L.9",
            title: "Dua puluh ribu baris",
            columns: [
              { header: "Uraian", align: "left", width: 4 },
              { header: "Pagu (Rp)", align: "right", width: 2 },
            ],
            rows,
          },
        ],
      },
    ],
  };
});

// Ceilings for a busy 2-core machine: a render of the 20.000-row table runs until its budget stops it.
describe("heavy jobs in worker threads", { timeout: 180_000 }, () => {
  it("render the demo LKIP with its figures, and a worker is reused for the next job", async () => {
    const { runHeavy } = await runHeavyWith({});
    const first = await runHeavy("lkip-pdf", demo);
    const text = (await extractPdfText(first.bytes)).join("\n");
    expect(text).toContain("17.654.457.386");
    expect(text).toContain("98,11 %");
    const second = await runHeavy("lkip-pdf", demo);
    expect(second.pageCount).toBe(first.pageCount);
  });

  it("stop a render when its requester goes away, and the next job still runs", async () => {
    const { runHeavy, HeavyJobCancelled } = await runHeavyWith({ HEAVY_JOBS_AT_ONCE: "1" });
    const requester = new AbortController();
    const abandoned = runHeavy("lkip-pdf", huge, { signal: requester.signal });
    const queued = new AbortController();
    const waiting = runHeavy("lkip-pdf", demo, { signal: queued.signal });
    setTimeout(() => {
      queued.abort();
      requester.abort();
    }, 300);
    await expect(abandoned).rejects.toBeInstanceOf(HeavyJobCancelled);
    await expect(waiting).rejects.toBeInstanceOf(HeavyJobCancelled);
    expect((await runHeavy("lkip-pdf", demo)).pageCount).toBeGreaterThan(20);
  });

  it("stop a render past its time budget with a message for the user, which a download answers as 503", async () => {
    const { runHeavy } = await runHeavyWith({ HEAVY_JOB_SECONDS: "1" });
    const { download } = await import("@/lib/server/http/download");
    // A warm worker, so that the budget is spent on rendering, not on starting the thread.
    await runHeavy("plan-import", {
      bytes: new Uint8Array([80, 75]),
      file: { name: "bukan-buku-kerja.xlsx", sha256: "" },
      key: { pemdaId: opd.pemdaId, opdId: opd.id, year: 2022, opdName: opd.name },
      bidangIds: [],
      forCommit: false,
    }).catch(() => null);
    // A class of the modules loaded with these settings: compared by name and kind.
    await expect(runHeavy("lkip-pdf", huge)).rejects.toMatchObject({
      name: "AppError",
      kind: "UNAVAILABLE",
      message: expect.stringContaining("PDF LKIP melebihi batas waktu 1 detik"),
    });
    const response = await download(await principalOf("kepala.dinsos@sakip.demo"), async () => ({
      filename: "LKIP-uji.pdf",
      body: (await runHeavy("lkip-pdf", huge)).bytes,
    }));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("PDF LKIP melebihi batas waktu 1 detik dan dihentikan");
  });

  it("stop a render past its memory budget with a message for the user", async () => {
    const { runHeavy } = await runHeavyWith({ HEAVY_JOB_MEMORY_MB: "128" });
    await expect(runHeavy("lkip-pdf", huge)).rejects.toMatchObject({
      name: "AppError",
      kind: "UNAVAILABLE",
      message: expect.stringContaining("PDF LKIP melebihi batas memori 128 MiB"),
    });
    // The stopped worker is gone; a new one takes the next job.
    expect((await runHeavy("lkip-pdf", demo)).pageCount).toBeGreaterThan(20);
  });
});
