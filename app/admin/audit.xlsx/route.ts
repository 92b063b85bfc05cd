import { auditFilterInput } from "@/lib/inputs/audit";
import { exportRegionAuditTrail } from "@/lib/server/audit/export-audit-trail";
import { getPrincipal } from "@/lib/server/auth/session";
import { download } from "@/lib/server/http/download";

export const dynamic = "force-dynamic";

/** The region's administration trail as .xlsx, filtered by the page's query: for its administrator. */
export async function GET(request: Request) {
  return download(await getPrincipal(), (principal) =>
    exportRegionAuditTrail(
      principal,
      auditFilterInput.parse(Object.fromEntries(new URL(request.url).searchParams)),
    ),
  );
}
