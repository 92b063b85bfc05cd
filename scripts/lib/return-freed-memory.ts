import koffi from "koffi";

/** How often the app server hands freed memory back to the system. */
const TRIM_EVERY_MS = 30_000;

/**
 * glibc's malloc keeps what the server's threads free (renders and workbook reads in worker threads, V8's
 * helper threads, the main thread's requests, each in its own arena) for reuse instead of returning it to the
 * system, and only `malloc_trim` gives back the free pages inside an arena. Without it an idle server held
 * +46 % RSS after 20 minutes of mixed load while V8's heap was flat (`npm run bench -- --soak-only`); one
 * trim took the server from 538 to 381 MiB. So the app server trims every TRIM_EVERY_MS. Elsewhere (musl,
 * other systems) there is nothing to do.
 */
export function returnFreedMemoryPeriodically(): void {
  const report = process.report.getReport() as { header: { glibcVersionRuntime?: string } };
  if (process.platform !== "linux" || !report.header.glibcVersionRuntime) return;
  const mallocTrim = koffi.load("libc.so.6").func("int malloc_trim(size_t pad)");
  setInterval(() => mallocTrim(0), TRIM_EVERY_MS).unref();
}
