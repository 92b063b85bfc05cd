/**
 * Pages of a large plan tree (program → kegiatan → sub kegiatan …): no page sends a large OPD's whole tree.
 * A page holds `size` units (sub kegiatan, each with whatever hangs beneath it) and the ancestors they need
 * to be read in place; a parent without units (an empty program or kegiatan) stays on the page where it
 * falls in tree order. An OPD that fits on one page is shown whole, without page controls.
 */
export const SUB_KEGIATAN_PER_PAGE = 100;

export type PageInfo = {
  /** 1-based; a page past the last is the last. */
  page: number;
  pageCount: number;
  /** Units in the whole (filtered) tree. */
  total: number;
  /** 1-based positions of the page's first and last unit (0 and 0 on an empty page). */
  first: number;
  last: number;
};

/** Page `requested` of `total` items, `size` a page. */
export function pageInfo({
  total,
  requested,
  size,
}: {
  total: number;
  requested: number;
  size: number;
}): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  const first = Math.min(total, (page - 1) * size + 1);
  return { page, pageCount, total, first, last: Math.min(total, page * size) };
}

/** One page of a flat list. */
export function pageOfList<T>(
  items: readonly T[],
  requested: number,
  size: number,
): { items: T[]; info: PageInfo } {
  const info = pageInfo({ total: items.length, requested, size });
  return { items: items.slice((info.page - 1) * size, info.page * size), info };
}

/** Whether an item's kode or name holds the searched text (case-insensitive); no search matches everything. */
export function matchesSearch(item: { code: string; name: string }, search: string | undefined): boolean {
  if (!search) return true;
  return `${item.code} ${item.name}`.toLocaleLowerCase("id").includes(search.toLocaleLowerCase("id"));
}

type TreeShape<T> = {
  childrenOf: (node: T) => readonly T[];
  withChildren: (node: T, children: T[]) => T;
  isUnit: (node: T) => boolean;
  /** Units left out of every page (a search); without it, all count. */
  includes?: (unit: T) => boolean;
};

/**
 * Page `requested` of the forest `roots`, `size` units a page. With `includes`, only matching units count
 * and parents without a matching unit drop out.
 */
export function pageOfTree<T>(
  roots: readonly T[],
  { childrenOf, withChildren, isUnit, includes }: TreeShape<T>,
  requested: number,
  size: number = SUB_KEGIATAN_PER_PAGE,
): { roots: T[]; info: PageInfo } {
  const filtering = includes !== undefined;
  const count = (node: T): number =>
    isUnit(node) ? (includes?.(node) === false ? 0 : 1) : childrenOf(node).reduce((n, c) => n + count(c), 0);
  const info = pageInfo({ total: roots.reduce((n, root) => n + count(root), 0), requested, size });
  const start = (info.page - 1) * size;
  const end = start + size;
  const lastPage = info.page === info.pageCount;
  let position = 0;
  const keep = (node: T): T | null => {
    if (isUnit(node)) {
      if (includes?.(node) === false) return null;
      const index = position++;
      return index >= start && index < end ? node : null;
    }
    const children = childrenOf(node);
    if (children.length === 0) {
      // An empty parent: on the page of the unit that would come next; after the last unit, on the last page.
      return !filtering && ((position >= start && position < end) || (position === info.total && lastPage))
        ? node
        : null;
    }
    const kept = children.map(keep).filter((child): child is T => child !== null);
    return kept.length > 0 ? withChildren(node, kept) : null;
  };
  return { roots: roots.map(keep).filter((root): root is T => root !== null), info };
}

/** The page (of `size` units) on which the first unit under the first node `isFocus` accepts stands; 1 without one. */
export function pageOfNode<T>(
  roots: readonly T[],
  {
    childrenOf,
    isUnit,
    isFocus,
  }: Pick<TreeShape<T>, "childrenOf" | "isUnit"> & { isFocus: (node: T) => boolean },
  size: number = SUB_KEGIATAN_PER_PAGE,
): number {
  let position = 0;
  const find = (node: T, inFocus: boolean): number | null => {
    const focused = inFocus || isFocus(node);
    if (isUnit(node)) return focused ? position : (position++, null);
    const children = childrenOf(node);
    if (children.length === 0 && focused) return position;
    for (const child of children) {
      const found = find(child, focused);
      if (found !== null) return found;
    }
    return null;
  };
  for (const root of roots) {
    const found = find(root, false);
    if (found !== null) return Math.floor(found / size) + 1;
  }
  return 1;
}

/** The address of page `page` of a list at `path`, keeping the rest of its query; page 1 has no `halaman`. */
export function pageHref(
  path: string,
  keep: Record<string, string | number | undefined>,
  page: number,
): string {
  const [bare, anchor] = path.split("#");
  const query = new URLSearchParams([
    ...Object.entries(keep).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
    ...(page > 1 ? [["halaman", String(page)]] : []),
  ]).toString();
  return `${bare}${query ? `?${query}` : ""}${anchor ? `#${anchor}` : ""}`;
}
