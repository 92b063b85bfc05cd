import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { heavyJobs, type HeavyReply, type HeavyRequest } from "./jobs";

// A render or a workbook must not take the CPU from the server's own thread, which answers every other
// request. On Linux, setpriority of pid 0 lowers the calling thread alone (elsewhere the whole process).
if (process.platform === "linux") setPriority(10);

// One job at a time: the server sends the next only after this one's reply.
parentPort!.on("message", ({ job, input }: HeavyRequest) => {
  heavyJobs[job](input as never).then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies HeavyReply),
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        name: error instanceof Error ? error.name : "Error",
        message: error instanceof Error ? error.message : String(error),
      } satisfies HeavyReply),
  );
});
