import { parsePublicLkipFilename, publicLkipFilename } from "@/lib/views/public-portal";
import { immutableDownload } from "@/lib/server/http/download";
import { findPublicLkipPdf } from "@/lib/server/public/load-public-portal";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Public (no sign-in): the frozen PDF of a FINAL LKIP on the portal, cached by its SHA-256. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ kode: string; berkas: string }> },
) {
  const { kode, berkas } = await params;
  const wanted = parsePublicLkipFilename(berkas);
  if (!wanted) return new Response("Tidak ditemukan.", { status: 404 });
  return immutableDownload(request, publicLkipFilename(wanted.slug, wanted.year, wanted.revision), () =>
    findPublicLkipPdf(kode, wanted),
  );
}
