import type { Metadata } from "next";
import { DownloadLink } from "@/components/ui/download-link";
import { LkipBlockView } from "@/components/lkip/lkip-blocks";
import { OpdYearBackLink } from "@/components/opd-year-back-link";
import { Pagination } from "@/components/ui/pagination";
import { lkipScreenInput } from "@/lib/inputs/lkip-screen";
import { LKIP_TABLE_ROWS_PER_PAGE, viewLkipScreen } from "@/lib/lkip/screen-view";
import { pageHref } from "@/lib/views/page-of-tree";
import { formatDateTime } from "@/lib/format";
import { laporanStatusLabel } from "@/lib/vocabulary";
import { formatVerificationCode } from "@/lib/lkip/verification-code";
import { getLkipScreenDocument } from "@/lib/server/lkip/get-lkip-pdf";
import { listLkipRevisions } from "@/lib/server/lkip/lkip-revisions";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "LKIP" };

/**
 * The LKIP chapter by chapter, from the same document model as the PDF; a large OPD's one chapter at a
 * time, its long tables in pages (viewLkipScreen).
 */
export default async function LkipPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; tahun: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireOpdYearContext(await params);
  const request = lkipScreenInput.parse(await searchParams);
  const { opd, year, laporan, rights, principal } = context;
  const [document, revisions] = await Promise.all([
    getLkipScreenDocument(context, {
      generatedBy: principal.name,
      finalNote: laporan.transitions.find((t) => t.toStatus === "FINAL")?.note ?? null,
    }),
    listLkipRevisions(context),
  ]);
  const pdfHref = `/opd/${opd.slug}/${year}/lkip.pdf`;
  const path = `/opd/${opd.slug}/${year}/lkip`;
  const view = viewLkipScreen(document, request);
  const byChapter = view.chapterId !== null;
  const chapterHref = (id: string) => (byChapter ? `${path}?bab=${id}` : `#bagian-${id}`);
  const anchorHref = (id: string) => (byChapter ? `${path}?bab=${view.chapterOf.get(id)}#${id}` : `#${id}`);

  return (
    <div className="space-y-6">
      <div>
        <OpdYearBackLink opd={opd} year={year} />
        <h1 className="mt-2 text-2xl font-semibold">LKIP {year}</h1>
        <p className="text-slate-600">
          {opd.name} · status {laporanStatusLabel[laporan.status]}
          {laporan.status !== "FINAL" && " · dokumen ini draf: setiap halaman PDF bertanda DRAFT"}
        </p>
      </div>
      {rights.exportReports && (
        <div className="flex flex-wrap gap-6">
          <DownloadLink href={pdfHref} label="Unduh PDF" testId="download-lkip" />
          <DownloadLink
            href={`/opd/${opd.slug}/${year}/lkip.docx`}
            label="Unduh Word"
            testId="download-lkip-docx"
          />
        </div>
      )}
      {revisions.length > 0 && (
        <section className="rounded-lg border border-slate-200 p-4" data-testid="lkip-revisions">
          <h2 className="font-semibold">Revisi final</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {revisions.map((r) => (
              <li key={r.revision}>
                <a href={`${pdfHref}?revisi=${r.revision}`} className="text-emerald-800 hover:underline">
                  Revisi {r.revision}
                </a>{" "}
                · {formatDateTime(r.createdAt)} WIB{r.createdBy ? ` · ${r.createdBy}` : ""} · {r.pageCount}{" "}
                halaman · kode {formatVerificationCode(r.code)} · SHA-256{" "}
                <code className="break-all text-xs">{r.sha256}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="Bab LKIP" className="lg:sticky lg:top-4 lg:self-start" data-testid="lkip-chapters">
          <ul className="space-y-1 text-sm">
            {document.chapters.map((chapter) => (
              <li key={chapter.id}>
                <a
                  href={chapterHref(chapter.id)}
                  className={`text-emerald-800 hover:underline ${chapter.id === view.chapterId ? "font-semibold" : ""}`}
                  aria-current={chapter.id === view.chapterId ? "page" : undefined}
                >
                  {chapter.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <article className="min-w-0 space-y-10">
          {byChapter && (
            <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700" data-testid="lkip-by-chapter">
              Laporan ini besar: setiap bab ditampilkan tersendiri, dan tabel yang panjang{" "}
              {LKIP_TABLE_ROWS_PER_PAGE} baris per halaman. PDF dan dokumen Word memuat seluruh isinya.
            </p>
          )}
          {view.chapters.map((chapter) => (
            <section
              key={chapter.id}
              id={`bagian-${chapter.id}`}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-6"
            >
              {chapter.blocks.map((block, index) => (
                <LkipBlockView
                  key={index}
                  block={block}
                  document={document}
                  hrefOf={anchorHref}
                  tablePager={(table) => {
                    const info = view.tablePages.get(table.id);
                    return (
                      info && (
                        <Pagination
                          info={info}
                          noun="baris"
                          label={`Halaman ${table.number}`}
                          hrefOf={(page) =>
                            pageHref(
                              `${path}#${table.id}`,
                              { bab: view.chapterId ?? undefined, tabel: table.id },
                              page,
                            )
                          }
                        />
                      )
                    );
                  }}
                />
              ))}
            </section>
          ))}
        </article>
      </div>
    </div>
  );
}
