import Link from "next/link";
import { formatCount as count } from "@/lib/format";
import type { PageInfo } from "@/lib/views/page-of-tree";

/**
 * "Menampilkan 101–200 dari 5.000 sub kegiatan" with links to the pages before and after; nothing when
 * everything fits on one page. `hrefOf(page)` keeps the rest of the page's query.
 */
export function Pagination({
  info,
  noun,
  hrefOf,
  label,
}: {
  info: PageInfo;
  noun: string;
  hrefOf: (page: number) => string;
  /** What the navigation pages through, for screen readers ("Halaman struktur"). */
  label: string;
}) {
  if (info.pageCount <= 1) return null;
  return (
    <nav
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden"
      aria-label={label}
      data-testid="pagination"
    >
      <span className="text-slate-600" data-testid="pagination-range">
        Menampilkan {count(info.first)}–{count(info.last)} dari {count(info.total)} {noun}
      </span>
      <span className="flex items-center gap-3">
        {info.page > 1 && (
          <Link href={hrefOf(info.page - 1)} className="text-emerald-800 hover:underline" rel="prev">
            ← Sebelumnya
          </Link>
        )}
        <span>
          Halaman {count(info.page)} dari {count(info.pageCount)}
        </span>
        {info.page < info.pageCount && (
          <Link href={hrefOf(info.page + 1)} className="text-emerald-800 hover:underline" rel="next">
            Berikutnya →
          </Link>
        )}
      </span>
    </nav>
  );
}

/**
 * A search over kode and name (`?cari=`), shown only when the list spans pages or a search is on: a small
 * OPD's page looks as it always did. Searching starts again at the first page.
 */
export function PageSearch({
  info,
  search,
  path,
  placeholder,
  keep = {},
}: {
  info: PageInfo;
  search: string | undefined;
  path: string;
  placeholder: string;
  /** The rest of the page's query (`tw`), carried into the search. */
  keep?: Record<string, string | undefined>;
}) {
  if (info.pageCount <= 1 && !search) return null;
  return (
    <form
      method="get"
      action={path}
      role="search"
      className="flex flex-wrap items-center gap-2 text-sm print:hidden"
    >
      {Object.entries(keep).map(
        ([name, value]) =>
          value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <input
        type="search"
        name="cari"
        defaultValue={search}
        placeholder={placeholder}
        aria-label={placeholder}
        maxLength={100}
        className="w-72 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1"
      />
      <button type="submit" className="rounded-md border border-emerald-700 px-3 py-1 text-emerald-800">
        Cari
      </button>
      {search && (
        <>
          <Link href={path} className="px-1 text-emerald-800 hover:underline">
            Hapus pencarian
          </Link>
          {info.total === 0 && (
            <span className="text-slate-600">Tidak ada yang cocok dengan “{search}”.</span>
          )}
        </>
      )}
    </form>
  );
}
