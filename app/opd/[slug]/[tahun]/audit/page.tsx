import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTrailView } from "@/components/audit/audit-trail-view";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { auditFilterInput } from "@/lib/inputs/audit";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Jejak Audit" };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const filter = auditFilterInput.parse(await searchParams);
  const trail = await listAuditEntries({ ...context, filter });
  if (!trail) notFound();
  const path = `/opd/${context.opd.slug}/${context.year}/audit`;
  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={context.opd} year={context.year} />
        <h1 className="mt-2 text-2xl font-semibold">Jejak Audit {context.year}</h1>
        <p className="text-slate-600">Setiap perubahan data: siapa, kapan, nilai lama dan nilai baru.</p>
      </div>
      <AuditTrailView trail={trail} filter={filter} path={path} exportPath={`${path}.xlsx`} />
    </div>
  );
}
