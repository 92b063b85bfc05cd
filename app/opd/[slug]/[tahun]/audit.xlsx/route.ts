import { auditFilterInput } from "@/lib/inputs/audit";
import { exportAuditTrail } from "@/lib/server/audit/export-audit-trail";
import { getPrincipal } from "@/lib/server/auth/session";
import { opdYearDownload } from "@/lib/server/http/download";

export const dynamic = "force-dynamic";

/** The OPD-year's audit trail as .xlsx, filtered by the page's query: for whoever may read the trail. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  return opdYearDownload(await getPrincipal(), await params, "readAudit", (context) =>
    exportAuditTrail(context, auditFilterInput.parse(Object.fromEntries(new URL(request.url).searchParams))),
  );
}
