/**
 * Child of `npm run bench` (DATABASE_URL set by it): time and peak memory (RSS) to dry-run and to commit
 * a generated 10.000-row workbook into a new year of a scratch OPD (removed afterwards). Prints its rows
 * as JSON.
 */
import Decimal from "decimal.js";
import { formatNumber } from "@/lib/format";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { commitImport, previewImport } from "@/lib/server/xlsx/import-workbook";
import { generateWorkbook } from "@/tests/support/generate-workbook";

type BenchRow = { figure: string; measured: string; goal: string; ok: boolean };

const ROWS = 10_000;
const MiB = 1024 * 1024;

/** Runs `work` while sampling the process's RSS; returns its duration and the peak. */
async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; peakMiB: number; value: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const value = await work();
    return {
      ms: performance.now() - started,
      peakMiB: Math.max(peak, process.memoryUsage().rss) / MiB,
      value,
    };
  } finally {
    clearInterval(timer);
  }
}

async function bench(): Promise<BenchRow[]> {
  const demo = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  const admin = await loadOperatorPrincipal(demo.pemdaId);
  if (!admin) throw new Error("Tidak ada administrator di Pemda demo");
  const opd = await db.perangkatDaerah.create({
    data: { pemdaId: demo.pemdaId, slug: `bench-xlsx-${Date.now()}`, name: "Bench impor Excel" },
  });
  try {
    const file = (await generateWorkbook(ROWS)).toString("base64");
    const input = {
      opdId: opd.id,
      year: 2024,
      fileName: "bench.xlsx",
      file,
      confirmRemovals: false,
      planDigest: null,
    };
    const dry = await measure(() => previewImport(admin, input));
    const commit = await measure(() => commitImport(admin, input));
    if (!dry.value.ok || !commit.value.committed)
      throw new Error(JSON.stringify(commit.value.errors.slice(0, 3)));
    const seconds = (ms: number) => `${formatNumber(new Decimal(ms / 1000), 2)} s`;
    const peak = (mib: number) => `${formatNumber(new Decimal(mib), 0)} MiB RSS`;
    return [
      {
        figure: `xlsx dry run, ${formatNumber(new Decimal(ROWS), 0)} rows`,
        measured: seconds(dry.ms),
        goal: "≤ 5 s",
        ok: dry.ms <= 5000,
      },
      {
        figure: "xlsx dry run, peak memory",
        measured: peak(dry.peakMiB),
        goal: "≤ 1024 MiB",
        ok: dry.peakMiB <= 1024,
      },
      {
        figure: `xlsx commit, ${formatNumber(new Decimal(commit.value.created), 0)} rows created`,
        measured: seconds(commit.ms),
        goal: "≤ 10 s",
        ok: commit.ms <= 10_000,
      },
      {
        figure: "xlsx commit, peak memory",
        measured: peak(commit.peakMiB),
        goal: "≤ 1024 MiB",
        ok: commit.peakMiB <= 1024,
      },
    ];
  } finally {
    await db.perangkatDaerah.delete({ where: { id: opd.id } });
  }
}

try {
  console.log(JSON.stringify(await bench()));
} finally {
  await db.$disconnect();
}
