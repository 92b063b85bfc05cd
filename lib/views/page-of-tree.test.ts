import { describe, expect, it } from "vitest";
import { pageHref, pageInfo, pageOfNode, pageOfTree } from "./page-of-tree";

type Node = { code: string; name: string; unit?: boolean; children: Node[] };
const unit = (code: string): Node => ({ code, name: `Sub ${code}`, unit: true, children: [] });
const parent = (code: string, children: Node[]): Node => ({ code, name: `Induk ${code}`, children });
const shape = {
  childrenOf: (node: Node) => node.children,
  withChildren: (node: Node, children: Node[]) => ({ ...node, children }),
  isUnit: (node: Node) => node.unit === true,
};
/** Codes of the kept tree, parents before children. */
const codes = (nodes: Node[]): string[] => nodes.flatMap((n) => [n.code, ...codes(n.children)]);

// p1 (k1: s1 s2 s3, k2 empty, k3: s4), p2 empty, p3 (k4: s5)
const forest = [
  parent("p1", [
    parent("k1", [unit("s1"), unit("s2"), unit("s3")]),
    parent("k2", []),
    parent("k3", [unit("s4")]),
  ]),
  parent("p2", []),
  parent("p3", [parent("k4", [unit("s5")])]),
];

describe("pageOfTree", () => {
  it("keeps the page's units with their ancestors, and an empty parent where it falls", () => {
    expect(codes(pageOfTree(forest, shape, 1, 2).roots)).toEqual(["p1", "k1", "s1", "s2"]);
    expect(codes(pageOfTree(forest, shape, 2, 2).roots)).toEqual(["p1", "k1", "s3", "k2", "k3", "s4"]);
    expect(codes(pageOfTree(forest, shape, 3, 2).roots)).toEqual(["p2", "p3", "k4", "s5"]);
    expect(pageOfTree(forest, shape, 2, 2).info).toEqual({
      page: 2,
      pageCount: 3,
      total: 5,
      first: 3,
      last: 4,
    });
  });

  it("shows everything on one page when it fits, and a page past the last as the last", () => {
    expect(codes(pageOfTree(forest, shape, 1, 100).roots)).toEqual(codes(forest));
    expect(pageOfTree(forest, shape, 9, 2).info.page).toBe(3);
    expect(codes(pageOfTree([parent("p", [parent("k", [])])], shape, 1, 2).roots)).toEqual(["p", "k"]);
  });

  it("counts and keeps only the units a search matches, without empty parents", () => {
    const found = pageOfTree(forest, { ...shape, includes: (n) => n.code === "s4" || n.code === "s5" }, 1, 1);
    expect(codes(found.roots)).toEqual(["p1", "k3", "s4"]);
    expect(found.info).toEqual({ page: 1, pageCount: 2, total: 2, first: 1, last: 1 });
  });
});

describe("pageOfNode", () => {
  it("finds the page of a parent's first unit", () => {
    const isFocus = (code: string) => (n: Node) => n.code === code;
    expect(pageOfNode(forest, { ...shape, isFocus: isFocus("k3") }, 2)).toBe(2);
    expect(pageOfNode(forest, { ...shape, isFocus: isFocus("p3") }, 2)).toBe(3);
    expect(pageOfNode(forest, { ...shape, isFocus: isFocus("nowhere") }, 2)).toBe(1);
  });
});

describe("pageInfo and pageHref", () => {
  it("numbers an empty list as one empty page", () => {
    expect(pageInfo({ total: 0, requested: 3, size: 10 })).toEqual({
      page: 1,
      pageCount: 1,
      total: 0,
      first: 0,
      last: 0,
    });
  });

  it("keeps the rest of the query and drops page 1", () => {
    expect(pageHref("/x#t", { cari: "dinas sosial", tw: undefined }, 2)).toBe(
      "/x?cari=dinas+sosial&halaman=2#t",
    );
    expect(pageHref("/x", {}, 1)).toBe("/x");
  });
});
