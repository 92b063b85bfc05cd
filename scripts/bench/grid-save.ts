/**
 * Child of `npm run bench` (DATABASE_URL set by it): one save of 5.000 cells of the quarterly grid
 * through the app's mutation, on a synthetic OPD of 4.500 leaves. Prints {"ms": …} on stdout.
 */
import { db } from "@/lib/server/db";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";
import { loadSyntheticRegion, SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";

await loadSyntheticRegion(db, { opds: 1, leaves: 4500, seed: 3 });
const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: syntheticOpdSlug(1) } });
const user = await db.user.findUniqueOrThrow({ where: { email: `perencana.${opd.slug}@sintetis.go.id` } });
const principal = (await loadPrincipal({ userId: user.id, sessionVersion: user.sessionVersion }))!;
const ofYear = { opdId: opd.id, year: SYNTHETIC_YEAR };
const subs = await db.subKegiatan.findMany({
  where: { ...ofYear, rekening: { none: {} } },
  include: { realisasi: true },
});
const lines = await db.rekeningBelanja.findMany({
  where: { subKegiatan: ofYear },
  include: { realisasi: true },
});
const indicators = await db.indikator.findMany({
  where: { subKegiatan: ofYear },
  include: { realisasi: true },
});
const versionOf = (rows: { period: string; version: number }[]) =>
  rows.find((r) => r.period === "TW4")?.version ?? null;
const cells = [
  ...[...subs, ...lines].map((leaf, i) => ({
    key: `anggaran:${leaf.id}`,
    text: `${i + 1}000,50`,
    version: versionOf(leaf.realisasi),
  })),
  ...indicators.map((indicator) => ({
    key: `nilai:${indicator.id}`,
    text: "12,5",
    version: versionOf(indicator.realisasi),
  })),
]
  .slice(0, 5000)
  .map((cell, i) => ({ ...cell, row: i + 1 }));

const started = performance.now();
const result = await executeMutation(saveRealisasiGrid, principal, {
  opdId: opd.id,
  year: SYNTHETIC_YEAR,
  quarter: 4,
  cells,
});
const ms = performance.now() - started;
if (!result.ok) throw new Error(result.error.message);
console.log(JSON.stringify({ ms, cells: cells.length }));
await db.$disconnect();
