import { notFound } from "next/navigation";
import { auditFilterInput } from "@/lib/inputs/audit";
import { requirePrincipal } from "@/lib/server/auth/session";
import { exportRegionAuditTrail } from "@/lib/server/audit/export-audit-trail";
import { xlsxResponse } from "@/lib/server/audit/xlsx-response";

export const dynamic = "force-dynamic";

/** The region's administration trail as .xlsx, filtered by the page's query: for its administrator. */
export async function GET(request: Request) {
  const principal = await requirePrincipal();
  const filter = auditFilterInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = await exportRegionAuditTrail(principal, filter);
  if (!file) notFound();
  return xlsxResponse(file);
}
