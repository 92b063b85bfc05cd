import "server-only";
import type { OpdYearRights } from "@/lib/auth/opd-year-rights";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { gatePath } from "../auth/session";
import { HeavyJobCancelled } from "../heavy/run-heavy";
import { findOpdYearContext, type OpdYearContext } from "../opd-year/opd-year-context";

const contentTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
} as const;

/** A file for the browser to save: its name (whose extension gives the type) and its bytes. */
export type DownloadFile = { filename: `${string}.${keyof typeof contentTypes}`; body: Uint8Array };

/** Whether a stored file's name ends with an extension a download can carry (any case). */
export const isDownloadName = (name: string): name is DownloadFile["filename"] =>
  name.slice(name.lastIndexOf(".") + 1).toLowerCase() in contentTypes;

const redirectTo = (location: string) => new Response(null, { status: 307, headers: { Location: location } });

/**
 * The one way a route handler answers with a file, for the request's principal (read once by the
 * route): signed out → /masuk and a temporary password → /akun, as for every page (carrying the file's
 * path, so that it arrives after signing in); `make` answers null
 * outside the principal's scope or without the right to the file → 404, as if it did not exist;
 * otherwise the bytes as an attachment under the file's name, kept by no cache. A file the server
 * cannot make now (a heavy job over its budget, too many waiting) → 503 with the message for the user.
 */
export async function download(
  principal: Principal | null,
  make: (principal: Principal) => Promise<DownloadFile | null>,
): Promise<Response> {
  if (!principal) return redirectTo(await gatePath("/masuk"));
  if (principal.mustChangePassword) return redirectTo(await gatePath("/akun"));
  const file = await make(principal).catch((error: unknown) => {
    if (error instanceof HeavyJobCancelled) return "cancelled" as const;
    if (error instanceof AppError && error.kind === "UNAVAILABLE") return error;
    throw error;
  });
  // Nobody reads the answer to a request whose requester went away.
  if (file === "cancelled") return new Response(null, { status: 499 });
  if (file instanceof AppError) {
    return new Response(file.message, {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" },
    });
  }
  if (!file) return new Response("Tidak ditemukan.", { status: 404 });
  const extension = file.filename
    .slice(file.filename.lastIndexOf(".") + 1)
    .toLowerCase() as keyof typeof contentTypes;
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": contentTypes[extension],
      "Content-Disposition": attachmentDisposition(file.filename),
      "Cache-Control": "private, no-store",
    },
  });
}

/** download() of a file of the OPD-year in the URL, for a principal who sees it and holds `right` there. */
export function opdYearDownload(
  principal: Principal | null,
  params: { slug: string; tahun: string },
  right: keyof Pick<OpdYearRights, "exportReports" | "readAudit">,
  make: (context: OpdYearContext) => Promise<DownloadFile | null>,
): Promise<Response> {
  return download(principal, async (principal) => {
    const context = await findOpdYearContext(principal, params.slug, params.tahun);
    return context?.rights[right] ? make(context) : null;
  });
}

/** A stored image (PNG or JPEG, checked at upload) and its SHA-256, which is its ETag. */
export type StoredImageFile = { mimeType: string; bytes: Uint8Array; sha256: string };

/**
 * An image shown inside a page (the struktur organisasi, a documentation photo, the region's logo), with
 * the same sign-in rules as download(); `make` answers null outside the principal's scope or right → 404.
 * The browser may keep it but asks again each time (no-cache): an unchanged image costs a 304.
 */
export async function imageResponse(
  request: Request,
  principal: Principal | null,
  make: (principal: Principal) => Promise<StoredImageFile | null>,
): Promise<Response> {
  if (!principal) return redirectTo(await gatePath("/masuk"));
  if (principal.mustChangePassword) return redirectTo(await gatePath("/akun"));
  const image = await make(principal);
  if (!image) return new Response("Tidak ditemukan.", { status: 404 });
  const etag = `"${image.sha256}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(image.bytes), {
    headers: { ...headers, "Content-Type": image.mimeType, "Content-Disposition": "inline" },
  });
}

/**
 * A public file that never changes under its URL (a FINAL LKIP on the portal, no sign-in): its SHA-256 is
 * its ETag, browsers and proxies may keep it for a year, and a request naming that ETag gets a 304 without
 * the bytes being read. `find` answers null for a file that is not public → 404.
 */
export async function immutableDownload(
  request: Request,
  filename: DownloadFile["filename"],
  find: () => Promise<{ sha256: string; load: () => Promise<Uint8Array> } | null>,
): Promise<Response> {
  const file = await find();
  if (!file) return new Response("Tidak ditemukan.", { status: 404 });
  const headers = { ETag: `"${file.sha256}"`, "Cache-Control": "public, max-age=31536000, immutable" };
  const wanted = request.headers
    .get("If-None-Match")
    ?.split(",")
    .map((tag) => tag.trim());
  if (wanted?.includes(headers.ETag) || wanted?.includes("*"))
    return new Response(null, { status: 304, headers });
  const extension = filename.slice(filename.lastIndexOf(".") + 1) as keyof typeof contentTypes;
  return new Response(new Uint8Array(await file.load()), {
    headers: {
      ...headers,
      "Content-Type": contentTypes[extension],
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
