import { notFound } from "next/navigation";
import { auditFilterInput } from "@/lib/inputs/audit";
import { exportAuditTrail } from "@/lib/server/audit/export-audit-trail";
import { xlsxResponse } from "@/lib/server/audit/xlsx-response";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

/** The OPD-year's audit trail as .xlsx, filtered by the page's query: for whoever may read the trail. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; tahun: string }> },
) {
  const context = await requireOpdYearContext(await params);
  const filter = auditFilterInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = await exportAuditTrail(context, filter);
  if (!file) notFound();
  return xlsxResponse(file);
}
