/** Set by proxy.ts on every request, overwriting whatever the client sent: the path and query asked for. */
export const REQUESTED_PATH_HEADER = "x-sakip-requested-path";

/** The query parameter of /masuk and /akun naming the page to go on to afterwards (`/masuk?ke=/opd/…`). */
export const RETURN_PARAM = "ke";

const ORIGIN = "http://sakip.invalid";

/**
 * `value` as a path of this site to go on to after signing in, or null when it is not one: anything a
 * browser could resolve to another origin ("//host", "/\host", "https://…") is refused, and so are
 * backslashes and control characters anywhere (browsers read "\" as "/" and drop tabs and newlines), and
 * encoded slashes in the path (no page of ours has "%2F" there), so that no spelling of another host gets
 * through.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return null;
  if (/[\\\u0000-\u0020\u007f]/.test(value) || /%(2f|5c)/i.test(value.split("?")[0]!)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}`;
  // "/.//evil.com" normalises to "//evil.com".
  return url.origin === ORIGIN && !path.startsWith("//") ? path : null;
}

/** `page` (/masuk or /akun) carrying the path to go on to afterwards; none for the home page. */
export function withReturnPath(page: "/masuk" | "/akun", returnPath: string | null): string {
  return returnPath && returnPath !== "/"
    ? `${page}?${new URLSearchParams({ [RETURN_PARAM]: returnPath })}`
    : page;
}
