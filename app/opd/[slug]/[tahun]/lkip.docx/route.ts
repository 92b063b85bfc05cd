import { getPrincipal } from "@/lib/server/auth/session";
import { lkipDocxResponse } from "@/lib/server/lkip/get-lkip-docx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The LKIP of an OPD-year as an editable Word document (rendered on request). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return lkipDocxResponse(await getPrincipal(), await params, request.signal);
}
