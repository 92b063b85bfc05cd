import { beforeAll, describe, expect, it } from "vitest";
import { listBudgetRows, rollupBudget } from "@/lib/calc/budget";
import { describeSerapan } from "@/lib/calc/serapan";
import { toBudgetInput } from "@/lib/grid/grid-model";
import { listGridRows } from "@/lib/grid/grid-rows";
import { loadPohonKinerja } from "@/lib/server/dashboard/load-pohon-kinerja";
import { loadProgramDetail } from "@/lib/server/dashboard/load-program-detail";
import { db } from "@/lib/server/db";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { loadRealisasiGrid } from "@/lib/server/realisasi/load-realisasi-grid";
import { loadStructure } from "@/lib/server/structure/load-structure";
import { pageOfStructure } from "@/lib/structure/structure-data";
import { pageOfBudgetTree } from "@/lib/views/budget-tree-rows";
import { levelTitle } from "@/lib/vocabulary";
import { SUB_KEGIATAN_PER_PAGE } from "@/lib/views/page-of-tree";
import { loadSyntheticRegion, SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";
import { principalOf } from "./fixtures";

// One synthetic OPD of 1.000 sub kegiatan (5 programs × 10 kegiatan × 20), 3.000 budget leaves: ten pages of
// 100 sub kegiatan. Kode order is tree order (program, kegiatan and sub kegiatan numbers are zero-padded).
let context: OpdYearContext;
let subCodes: string[];

beforeAll(async () => {
  await loadSyntheticRegion(db, { opds: 1, leaves: 3000, seed: 7 });
  const perencana = await principalOf(`perencana.${syntheticOpdSlug(1)}@sintetis.go.id`);
  context = (await findOpdYearContext(perencana, syntheticOpdSlug(1), String(SYNTHETIC_YEAR)))!;
  const subs = await db.subKegiatan.findMany({
    where: { pemdaId: context.opd.pemdaId, opdId: context.opd.id, year: SYNTHETIC_YEAR },
    orderBy: { code: "asc" },
    select: { code: true },
  });
  subCodes = subs.map((sub) => sub.code);
  expect(subCodes).toHaveLength(1000);
  expect(SUB_KEGIATAN_PER_PAGE).toBe(100);
});

const secondPage = { page: 2, pageCount: 10, total: 1000, first: 101, last: 200 };

describe("the quarterly grid of a large OPD", () => {
  it("sends page 2's sub kegiatan only, numbered on from page 1, with every program's total whole", async () => {
    const first = await loadRealisasiGrid({ ...context, quarter: 3, query: { halaman: 1 } });
    const second = await loadRealisasiGrid({ ...context, quarter: 3, query: { halaman: 2 } });
    expect(second.page).toEqual(secondPage);
    const codes = second.data.programs.flatMap((p) =>
      p.kegiatan.flatMap((k) => k.subKegiatan.map((s) => s.code)),
    );
    expect(codes).toEqual(subCodes.slice(100, 200));
    expect(listGridRows(second.data)[0]!.row).toBe(listGridRows(first.data).length + 1);

    // What the browser recomputes from the page and the programs' rest is the engine's whole-OPD figure.
    const page = rollupBudget({ root: toBudgetInput(second.data, new Map()), throughQuarter: 3 });
    const { rollup } = await getOpdYearEvaluation(context, 3);
    const figures = (node: typeof rollup) => [
      node.level,
      node.pagu.toString(),
      describeSerapan(node.serapan),
    ];
    expect([page, ...page.children].map(figures)).toEqual([rollup, ...rollup.children].map(figures));
    expect(page.children.map((node) => node.id)).toEqual(rollup.children.map((node) => node.id));
  });

  it("finds one sub kegiatan by its kode", async () => {
    const { data, page } = await loadRealisasiGrid({
      ...context,
      quarter: 3,
      query: { halaman: 1, cari: subCodes[456] },
    });
    expect(page.total).toBe(1);
    expect(data.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan.map((s) => s.code)))).toEqual(
      [subCodes[456]],
    );
  });
});

describe("the trees of a large OPD", () => {
  it("the OPD-year page's tree holds page 3's sub kegiatan under their kegiatan and programs", async () => {
    const { rollup } = await getOpdYearEvaluation(context, 4);
    const { root, info } = pageOfBudgetTree(rollup, { page: 3 });
    const rows = listBudgetRows(root);
    expect(info).toEqual({ ...secondPage, page: 3, first: 201, last: 300 });
    expect(rows.filter((r) => r.node.level === "SUB_KEGIATAN").map((r) => r.node.code)).toEqual(
      subCodes.slice(200, 300),
    );
    // Kegiatan 1.06.02.2.01 to 2.05 (20 sub kegiatan each) and their program, with the whole figures.
    expect(rows.filter((r) => r.node.level === "KEGIATAN").map((r) => r.node.code)).toEqual(
      [1, 2, 3, 4, 5].map((k) => `1.06.02.2.0${k}`),
    );
    const program = root.children[0]!;
    expect(program.pagu.toString()).toBe(rollup.children[1]!.pagu.toString());
  });

  it("the program page's page 2 holds the program's sub kegiatan 101–200 and only their indicators", async () => {
    const programId = (await getOpdYearEvaluation(context, 4)).rollup.children[0]!.id;
    const detail = (await loadProgramDetail(context, programId, "4", { halaman: 2 }))!;
    expect(detail.page).toEqual({ page: 2, pageCount: 2, total: 200, first: 101, last: 200 });
    const subRows = detail.rows.filter((r) => r.level === "SUB_KEGIATAN").map((r) => r.code);
    expect(subRows).toEqual(subCodes.slice(100, 200));
    const subIndicators = detail.indicators.filter((i) => i.level === "SUB_KEGIATAN").map((i) => i.ownerCode);
    expect(subIndicators).toEqual(subRows);
    // A dashboard link to a kegiatan opens the page it is on.
    const kegiatanId = detail.rows.find((r) => r.level === "KEGIATAN")!.id;
    const linked = (await loadProgramDetail(context, programId, "4", { halaman: 1, kegiatan: kegiatanId }))!;
    expect(linked.page.page).toBe(2);
  });

  it("the pohon kinerja and the structure editor page the same sub kegiatan", async () => {
    const { tree, page } = await loadPohonKinerja(context, "4", { halaman: 10 });
    expect(page).toEqual({ ...secondPage, page: 10, first: 901, last: 1000 });
    const pohonCodes = (nodes: typeof tree): string[] =>
      nodes.flatMap((n) => [
        ...(n.level === levelTitle("SUB_KEGIATAN") ? [n.code] : []),
        ...pohonCodes(n.children),
      ]);
    expect(pohonCodes(tree)).toEqual(subCodes.slice(900, 1000));

    const structure = pageOfStructure(await loadStructure(context), { page: 2 });
    expect(structure.info).toEqual(secondPage);
    const structureCodes = structure.data.programs.flatMap((p) =>
      p.kegiatan.flatMap((k) => k.subKegiatan.map((s) => s.code)),
    );
    expect(structureCodes).toEqual(subCodes.slice(100, 200));
  });
});
