import { getPrincipal } from "@/lib/server/auth/session";
import { imageResponse } from "@/lib/server/http/download";
import { loadOpdYearImage } from "@/lib/server/profile/load-image";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** An image of the OPD-year's profile (struktur organisasi, documentation, lampiran) or the region's logo. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string; id: string }> },
) {
  const { slug, tahun, id } = await params;
  return imageResponse(request, await getPrincipal(), (principal) =>
    loadOpdYearImage(principal, { slug, tahun }, id),
  );
}
