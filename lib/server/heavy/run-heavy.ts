import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { HeavyInput, HeavyJob, HeavyOutput, HeavyReply, HeavyRequest } from "./jobs";
import { WorkbookFileError } from "@/lib/xlsx/unzip-guarded";

const jobLabels: Record<HeavyJob, string> = {
  "lkip-pdf": "PDF LKIP",
  "lkip-docx": "dokumen Word LKIP",
  "review-pdf": "PDF lembar pemeriksaan",
  "plan-import": "pembacaan buku kerja",
  "opd-year-result": "perhitungan hasil OPD-tahun",
};

/**
 * Documents and workbooks wait for HEAVY_JOBS_AT_ONCE; stored results have a lane of their own, so that a
 * dashboard never waits behind two long renders (its callers hold at most two per server anyway).
 */
type Lane = "documents" | "results";
const laneOf = (job: HeavyJob): Lane => (job === "opd-year-result" ? "results" : "documents");
const laneLimit = (lane: Lane) => (lane === "results" ? 2 : env.HEAVY_JOBS_AT_ONCE);

/** Past this many waiting jobs a server refuses more at once instead of queueing requests without end. */
const MAX_WAITING = 20;
/** A worker left idle this long ends, and its memory with it. */
const IDLE_MS = 20_000;

// This server's own threads and limit (like its connection pool): a count, the idle workers and a queue
// of waiters, nothing about any request's data.
const pool = {
  running: { documents: 0, results: 0 } as Record<Lane, number>,
  idle: [] as Array<{ worker: Worker; timer: NodeJS.Timeout }>,
  waiting: { documents: [], results: [] } as Record<Lane, Array<() => void>>,
};

/** The requester went away: the job is dropped and nobody reads this error. */
export class HeavyJobCancelled extends Error {
  override name = "HeavyJobCancelled";
}

function takeSlot(lane: Lane, signal: AbortSignal | undefined): Promise<void> {
  const waiting = pool.waiting[lane];
  if (pool.running[lane] < laneLimit(lane)) {
    pool.running[lane] += 1;
    return Promise.resolve();
  }
  if (waiting.length >= MAX_WAITING) {
    return Promise.reject(
      new AppError(
        "UNAVAILABLE",
        "Server sedang menyiapkan banyak dokumen sekaligus. Coba lagi dalam beberapa menit.",
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const turn = () => {
      signal?.removeEventListener("abort", leave);
      pool.running[lane] += 1;
      resolve();
    };
    const leave = () => {
      waiting.splice(waiting.indexOf(turn), 1);
      reject(new HeavyJobCancelled());
    };
    signal?.addEventListener("abort", leave, { once: true });
    waiting.push(turn);
  });
}

function releaseSlot(lane: Lane) {
  pool.running[lane] -= 1;
  pool.waiting[lane].shift()?.();
}

/**
 * A worker on `lib/server/heavy/worker-entry.ts`, run from source through tsx in every mode (`npm start`, dev,
 * tests, commands): a worker does not inherit the parent's loaders, so it registers tsx first, after the
 * hook that lets the stored result's job load server modules (their `server-only` marker, as for the
 * commands). The renderers it loads are plain packages; starting a worker costs about a second, once per
 * IDLE_MS.
 */
function startWorker(options: WorkerOptions): Worker {
  const url = (file: string) => JSON.stringify(pathToFileURL(file).href);
  const hook = url(path.join(process.cwd(), "scripts/lib/allow-server-only.mjs"));
  const entry = url(path.join(process.cwd(), "lib/server/heavy/worker-entry.ts"));
  const bootstrap =
    `import(${hook}).then(() => import("tsx/esm/api"))` +
    `.then((tsx) => { tsx.register(); return import(${entry}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function takeWorker(): Worker {
  const idle = pool.idle.pop();
  if (idle) {
    clearTimeout(idle.timer);
    idle.worker.ref();
    return idle.worker;
  }
  const worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: env.HEAVY_JOB_MEMORY_MB } });
  // An idle worker that fails only ends; its exit drops it from the pool.
  worker.on("error", () => {});
  worker.once("exit", () => {
    const at = pool.idle.findIndex((parked) => parked.worker === worker);
    if (at >= 0) {
      clearTimeout(pool.idle[at]!.timer);
      pool.idle.splice(at, 1);
    }
  });
  return worker;
}

/**
 * An idle worker does not keep the process alive, and ends after IDLE_MS without work. It leaves the pool
 * before it is told to end (termination is asynchronous: a worker still ending must not be given a job), and
 * the timer of a park is cleared when the worker is taken (an earlier park's timer must not end it later).
 */
function parkWorker(worker: Worker) {
  worker.unref();
  const timer = setTimeout(() => {
    pool.idle.splice(
      pool.idle.findIndex((parked) => parked.worker === worker),
      1,
    );
    void worker.terminate();
  }, IDLE_MS).unref();
  pool.idle.push({ worker, timer });
}

function revive(job: HeavyJob, reply: Extract<HeavyReply, { ok: false }>): Error {
  if (reply.name === "WorkbookFileError") return new WorkbookFileError(reply.message);
  return new Error(`${jobLabels[job]}: ${reply.name}: ${reply.message}`);
}

const overBudget = (job: HeavyJob, what: string) =>
  new AppError(
    "UNAVAILABLE",
    `Penyusunan ${jobLabels[job]} melebihi batas ${what} dan dihentikan. ` +
      "Coba lagi saat server tidak sibuk; bila terulang, dokumen ini terlalu besar untuk batas server: hubungi admin.",
  );

/**
 * Runs a heavy job (`heavyJobs`) in a worker thread, so the server's event loop keeps answering every
 * other request while a large PDF renders or a workbook is read. At most HEAVY_JOBS_AT_ONCE run on this
 * server and the rest wait their turn; each has a time budget (HEAVY_JOB_SECONDS) and a heap budget
 * (HEAVY_JOB_MEMORY_MB), past which its worker is stopped and the user told (UNAVAILABLE). When `signal`
 * aborts (the requester went away) the job stops too. A worker that finished its job waits IDLE_MS for
 * the next; a stopped one is never reused.
 */
export async function runHeavy<J extends HeavyJob>(
  job: J,
  input: HeavyInput<J>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<HeavyOutput<J>> {
  if (signal?.aborted) throw new HeavyJobCancelled();
  const lane = laneOf(job);
  await takeSlot(lane, signal);
  const worker = takeWorker();
  return new Promise<HeavyOutput<J>>((resolve, reject) => {
    const settle = (outcome: () => void, { reuse }: { reuse: boolean }) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", cancel);
      worker.off("message", answer).off("error", fail).off("exit", exited);
      if (reuse) parkWorker(worker);
      else void worker.terminate();
      releaseSlot(lane);
      outcome();
    };
    const answer = (reply: HeavyReply<J>) =>
      settle(() => (reply.ok ? resolve(reply.value) : reject(revive(job, reply))), { reuse: true });
    const fail = (error: Error & { code?: string }) =>
      settle(
        () =>
          reject(
            error.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? overBudget(job, `memori ${env.HEAVY_JOB_MEMORY_MB} MiB`)
              : error,
          ),
        { reuse: false },
      );
    const exited = (code: number) =>
      settle(() => reject(new Error(`${jobLabels[job]}: worker berhenti dengan kode ${code}`)), {
        reuse: false,
      });
    const cancel = () => settle(() => reject(new HeavyJobCancelled()), { reuse: false });
    const timer = setTimeout(
      () => settle(() => reject(overBudget(job, `waktu ${env.HEAVY_JOB_SECONDS} detik`)), { reuse: false }),
      env.HEAVY_JOB_SECONDS * 1000,
    );
    signal?.addEventListener("abort", cancel, { once: true });
    worker.on("message", answer).on("error", fail).on("exit", exited);
    worker.postMessage({ job, input } satisfies HeavyRequest<J>);
  });
}
