/**
 * Requests to the bench's app server as a signed-in browser sends them (pages, downloads, server actions and
 * the refresh after one), each recorded with its kind, duration and whether it failed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Outcome<Kind extends string> = { kind: Kind; endedAt: number; ms: number; ok: boolean };

/** The id Next.js gave a server action in this build (it changes from build to build). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!found) throw new Error(`Aksi server ${exportedName} (${filename}) tidak ada di build`);
  return found[0];
}

type Init = { body?: string; headers?: Record<string, string>; timeoutMs?: number };

export function recordingClient<Kind extends string>(baseUrl: string) {
  const outcomes: Outcome<Kind>[] = [];
  const firstErrors = new Map<Kind, string>();

  /**
   * One request (60 s unless `timeoutMs`); its body, or null when it failed: a network error, a time-out, a
   * status of 400 or more, or `check`'s message.
   */
  const request = async (
    kind: Kind,
    url: string,
    cookie: string,
    init: Init = {},
    check: (response: Response, body: Buffer) => string | null = () => null,
  ): Promise<Buffer<ArrayBuffer> | null> => {
    const started = performance.now();
    let error: string | null;
    let body: Buffer<ArrayBuffer> | null = null;
    try {
      const response = await fetch(`${baseUrl}${url}`, {
        method: init.body === undefined ? "GET" : "POST",
        headers: { cookie, ...init.headers },
        body: init.body,
        redirect: "manual",
        signal: AbortSignal.timeout(init.timeoutMs ?? 60_000),
      });
      body = Buffer.from(await response.arrayBuffer());
      error = response.status >= 400 ? `status ${response.status}` : check(response, body);
    } catch (thrown) {
      error = (thrown as Error).message;
    }
    const endedAt = performance.now();
    outcomes.push({ kind, endedAt, ms: endedAt - started, ok: error === null });
    if (error === null) return body;
    if (!firstErrors.has(kind)) {
      firstErrors.set(kind, `${url}: ${error}`);
      console.error(`Galat pertama ${kind}: ${url}: ${error}`);
    }
    return null;
  };

  /**
   * A server action as the browser posts it: to its page, its input as the one argument (React encodes a
   * plain object as JSON), the answer as RSC rows. Succeeds when row 1, the action's result, matches `succeeded`.
   */
  const action = async (
    kind: Kind,
    page: string,
    cookie: string,
    actionId: string,
    input: object,
    succeeded: RegExp,
  ): Promise<string | null> => {
    const answer = await request(
      kind,
      page,
      cookie,
      {
        body: JSON.stringify([input]),
        headers: {
          "next-action": actionId,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
          origin: baseUrl,
        },
        timeoutMs: 120_000,
      },
      (_, body) => (succeeded.test(body.toString()) ? null : body.toString().slice(0, 300)),
    );
    return answer?.toString() ?? null;
  };

  /** What the browser's router.refresh() asks after a successful action: the page's RSC payload. */
  const refresh = (kind: Kind, page: string, cookie: string) =>
    request(kind, page, cookie, { headers: { rsc: "1" } });

  return { outcomes, firstErrors, request, action, refresh };
}
