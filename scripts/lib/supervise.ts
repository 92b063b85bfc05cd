import type { ChildProcess } from "node:child_process";

/** Restarts within this window count towards the limit; a process that ran longer starts the count anew. */
const RESTART_WINDOW_MS = 60_000;

export type Supervised = {
  /** Resolves with the last exit code once the process stopped for good (told to stop, or given up). */
  done: Promise<number>;
  /** Passes the signal on and lets the process end without a restart. */
  stop: (signal: NodeJS.Signals) => void;
};

/**
 * Keeps a process running: when it exits on its own (a crash, an out-of-memory kill) it is started again
 * after `delayMs`, and the log says so. After `maxRestarts` restarts within a minute it gives up, so a
 * process that cannot start does not loop for ever.
 */
export function supervise(
  start: () => ChildProcess,
  { maxRestarts = 5, delayMs = 1_000, log = (line: string) => console.error(line) } = {},
): Supervised {
  let child = start();
  let stopping = false;
  let restarts: number[] = [];
  const done = new Promise<number>((resolve) => {
    const watch = (running: ChildProcess) =>
      running.once("exit", (code, signal) => {
        if (stopping) return resolve(code ?? 0);
        const now = Date.now();
        restarts = [...restarts.filter((at) => now - at < RESTART_WINDOW_MS), now];
        const how = signal ? `sinyal ${signal}` : `kode ${code}`;
        if (restarts.length > maxRestarts) {
          log(
            `Server aplikasi berhenti (${how}) ${restarts.length} kali dalam semenit; tidak dijalankan ulang.`,
          );
          return resolve(code ?? 1);
        }
        log(`Server aplikasi berhenti (${how}); dijalankan ulang.`);
        setTimeout(() => {
          if (stopping) return resolve(code ?? 0);
          child = start();
          watch(child);
        }, delayMs);
      });
    watch(child);
  });
  return {
    done,
    stop: (signal) => {
      stopping = true;
      child.kill(signal);
    },
  };
}
