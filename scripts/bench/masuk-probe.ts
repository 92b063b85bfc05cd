/**
 * The sign-in page as the probe of the server's responsiveness while other work runs: `GET /masuk` on a fixed
 * schedule (open loop: a probe is sent on time even while earlier ones wait, so a server that stalls for 20 s
 * shows as 20 s of slow probes, not as one), and what a person signing in meanwhile waited.
 */
import { type BenchRow, ms, percentile } from "./figures";

export type Probe = { sentAt: number; ms: number; ok: boolean };

/** Probes `${baseUrl}/masuk` every `everyMs` until `stop()`, which waits for the probes in flight. */
export function probeMasuk(
  baseUrl: string,
  everyMs: number,
): { probes: Probe[]; stop: () => Promise<Probe[]> } {
  const probes: Probe[] = [];
  const inFlight = new Set<Promise<void>>();
  const send = () => {
    const sentAt = performance.now();
    const probe = fetch(`${baseUrl}/masuk`, { signal: AbortSignal.timeout(60_000) })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.ok;
      })
      .catch(() => false)
      .then((ok) => {
        probes.push({ sentAt, ms: performance.now() - sentAt, ok });
        inFlight.delete(probe);
      });
    inFlight.add(probe);
  };
  send();
  const timer = setInterval(send, everyMs);
  return {
    probes,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      return probes.sort((a, b) => a.sentAt - b.sentAt);
    },
  };
}

/**
 * `/masuk` every 200 ms while one LKIP PDF download runs (the caller has removed its stored draft, so the
 * server renders it): what signing in costs while the largest render holds the server.
 */
export async function masukWhilePdfRenders(
  baseUrl: string,
  pdfUrl: string,
  cookie: string,
  label: string,
): Promise<BenchRow> {
  const probe = probeMasuk(baseUrl, 200);
  const started = performance.now();
  const rendered = await fetch(pdfUrl, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(300_000),
  })
    .then(async (response) => {
      await response.arrayBuffer();
      return response.status === 200 && response.headers.get("content-type") === "application/pdf";
    })
    .catch(() => false);
  const renderMs = performance.now() - started;
  return masukRow(
    `PDF ${label} dirender (${rendered ? ms(renderMs) : "PDF gagal"})`,
    await probe.stop(),
    rendered,
  );
}

/**
 * The bench row of `/masuk` probes taken every 200 ms `during` some work: p50, p97,5 and maximum, goal
 * p97,5 ≤ 1 s, met only when `workOk` and every probe answered.
 */
export function masukRow(during: string, probes: Probe[], workOk: boolean): BenchRow {
  const latencies = probes.map((p) => p.ms);
  const failed = probes.filter((p) => !p.ok).length;
  const p97 = percentile(latencies, 97.5);
  return {
    figure: `/masuk tiap 200 ms selama ${during}`,
    measured:
      `p50 ${ms(percentile(latencies, 50))}, p97,5 ${ms(p97)}, maks ${ms(Math.max(...latencies))} ` +
      `(${probes.length.toLocaleString("id-ID")} probe${failed > 0 ? `, ${failed} gagal` : ""})`,
    goal: "p97,5 ≤ 1.000 ms",
    ok: workOk && failed === 0 && p97 <= 1000,
  };
}
