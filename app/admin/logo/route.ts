import { getPrincipal } from "@/lib/server/auth/session";
import { imageResponse } from "@/lib/server/http/download";
import { loadPemdaLogoImage } from "@/lib/server/profile/load-image";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The region's logo as the administrator's page shows it. */
export async function GET(request: Request) {
  return imageResponse(request, await getPrincipal(), loadPemdaLogoImage);
}
