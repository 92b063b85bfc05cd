import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { draftRenderer, getOrRenderDraft } from "@/lib/server/lkip/lkip-drafts";
import { sha256Hex } from "@/lib/server/sha256";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { readDataVersion } from "@/lib/server/opd-year/data-version";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

let opd: OpdRef;
let planner: Principal;
const ref = async () => ({ opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! });
const key = () => ({ pemdaId: opd.pemdaId, opdId: opd.id, year: 2022 });

/** Sets the OPD-year's data version by hand, as the version triggers do on every change of its data. */
async function setVersion(version: bigint) {
  await db.opdYearVersion.upsert({
    where: { opdId_year: { opdId: opd.id, year: 2022 } },
    create: { ...key(), version },
    update: { version },
  });
}

const storedDraft = async () =>
  db.lkipDraft.findUnique({
    where: { laporanId_format: { laporanId: (await ref()).laporan.id, format: "PDF" } },
  });

async function saveKesimpulan(body: string) {
  const laporan = (await ref()).laporan;
  const current = await db.narrative.findFirstOrThrow({
    where: { laporanId: laporan.id, section: "KESIMPULAN" },
  });
  const saved = await executeMutation(saveNarrative, planner, {
    laporanId: laporan.id,
    section: "KESIMPULAN",
    sasaranId: null,
    body,
    version: current.version,
  });
  expect(saved).toMatchObject({ ok: true });
}

const download = async () => (await getLkipPdf(await ref(), { generatedBy: planner.name }))!.bytes;
const text = async (bytes: Uint8Array) => (await extractPdfText(bytes)).join("\n");

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  planner = await principalOf("perencana.dinsos@sakip.demo");
});

// Each test renders the demo PDF once or twice: a minute is short on a busy machine.
describe("the draft LKIP stored per data version", { timeout: 180_000 }, () => {
  it("is rendered by the first download and returned byte for byte while the version stands", async () => {
    await setVersion(7n);
    const first = await download();
    const row = (await storedDraft())!;
    expect(row).toMatchObject({ dataVersion: 7n, renderer: draftRenderer(), sha256: sha256Hex(first) });
    expect(Buffer.from(row.bytes).equals(Buffer.from(first))).toBe(true);
    const again = await download();
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(await text(again)).toContain("Kode verifikasi: draf");
  });

  it("is rendered afresh from the changed data once the version moves on", async () => {
    await setVersion(8n);
    await saveKesimpulan("Draf versi delapan: serapan {serapan_opd}.");
    await setVersion(9n);
    const fresh = await download();
    expect(await text(fresh)).toContain("Draf versi delapan: serapan 98,11 %.");
    expect(await storedDraft()).toMatchObject({ dataVersion: 9n, sha256: sha256Hex(fresh) });
  });

  it("gives fresh bytes after a narrative saved through its mutation (the trigger moves the version)", async () => {
    const before = await download();
    const version = await readDataVersion(key());
    await saveKesimpulan("Disimpan lewat editor: pagu {pagu_opd}.");
    expect(await readDataVersion(key())).toBeGreaterThan(version);
    const after = await download();
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);
    expect(await text(after)).toContain("Disimpan lewat editor: pagu Rp 17.654.457.386.");
  });

  it("is rendered afresh by another renderer (a new build) of the same version", async () => {
    await setVersion(20n);
    const renders: string[] = [];
    const render = (label: string) => async () => {
      renders.push(label);
      return new TextEncoder().encode(label);
    };
    await getOrRenderDraft(await ref(), "PDF", render("first"));
    await db.lkipDraft.updateMany({ data: { renderer: "r0:old-build" } });
    const next = await getOrRenderDraft(await ref(), "PDF", render("second"));
    expect(new TextDecoder().decode(next.bytes)).toBe("second");
    expect(renders).toEqual(["first", "second"]);
  });

  it("is rendered once when four first downloads race: the others wait for its stored bytes", async () => {
    await setVersion(30n);
    const renders: string[] = [];
    const render = (label: string) => async () => {
      renders.push(label);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return new TextEncoder().encode(label);
    };
    const drafts = await Promise.all(
      ["a", "b", "c", "d"].map(async (label) => getOrRenderDraft(await ref(), "PDF", render(label))),
    );
    expect(renders).toHaveLength(1);
    expect(new Set(drafts.map((draft) => new TextDecoder().decode(draft.bytes)))).toEqual(new Set(renders));
    expect(drafts.filter((draft) => !draft.fromStore)).toHaveLength(1);
    const rows = await db.lkipDraft.findMany({
      where: { laporanId: (await ref()).laporan.id, format: "PDF" },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sha256).toBe(sha256Hex(new TextEncoder().encode(renders[0]!)));
    expect(await db.lkipDraftRender.count()).toBe(0);
  });

  it("is rendered by a waiter when the render it waited for fails, and past a claim older than the budget", async () => {
    await setVersion(31n);
    const failing = getOrRenderDraft(await ref(), "PDF", async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      throw new Error("render gagal");
    });
    const waiting = getOrRenderDraft(await ref(), "PDF", async () => new TextEncoder().encode("waiter"));
    await expect(failing).rejects.toThrow("render gagal");
    expect(new TextDecoder().decode((await waiting).bytes)).toBe("waiter");

    await setVersion(32n);
    // A server died while rendering version 32 an hour ago: its claim stays behind.
    await db.lkipDraftRender.create({
      data: {
        pemdaId: opd.pemdaId,
        laporanId: (await ref()).laporan.id,
        format: "PDF",
        dataVersion: 32n,
        renderer: draftRenderer(),
        startedAt: new Date(Date.now() - 3_600_000),
      },
    });
    const taken = await getOrRenderDraft(await ref(), "PDF", async () => new TextEncoder().encode("taken"));
    expect(taken).toMatchObject({ fromStore: false, dataVersion: 32n });
  });

  it("never replaces a stored newer version with the render of an older one", async () => {
    await setVersion(41n);
    await getOrRenderDraft(await ref(), "PDF", async () => new TextEncoder().encode("newer"));
    // A server that read version 40 before the change finishes its render last.
    await setVersion(40n);
    await getOrRenderDraft(await ref(), "PDF", async () => new TextEncoder().encode("older"));
    expect(await storedDraft()).toMatchObject({
      dataVersion: 41n,
      sha256: sha256Hex(new TextEncoder().encode("newer")),
    });
  });

  it("stores nothing for an OPD-year whose changes are not tracked (version 0)", async () => {
    await db.opdYearVersion.deleteMany({ where: { opdId: opd.id, year: 2022 } });
    await db.lkipDraft.deleteMany({});
    const result = await getOrRenderDraft(await ref(), "PDF", async () => new TextEncoder().encode("x"));
    expect(result).toMatchObject({ fromStore: false, dataVersion: 0n });
    expect(await storedDraft()).toBeNull();
  });
});
