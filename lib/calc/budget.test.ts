import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { listBudgetRows, rollupBudget, type BudgetNodeInput, type BudgetNodeResult } from "./budget";
import { serang2022Budget } from "./fixtures/serang-2022-budget";
import { formatPercent, formatRupiah } from "@/lib/format";
import type { Amount, Period, Quarter } from "./period";
import { describeSerapan } from "./serapan";

const d = (s: string) => new Decimal(s);
const rupiah = (a: Amount) => (a.status === "KNOWN" ? formatRupiah(a.value) : `? ${a.reason}`);

function leaf(
  code: string,
  pagu: string,
  realisasi: { period: Period; amount: string }[],
  extra: Partial<BudgetNodeInput> = {},
): BudgetNodeInput {
  return {
    id: code,
    level: "SUB_KEGIATAN",
    code,
    name: `Sub kegiatan ${code}`,
    paguAwal: d(pagu),
    realisasi: realisasi.map((r) => ({ period: r.period, amount: d(r.amount) })),
    children: [],
    ...extra,
  };
}

function parent(
  code: string,
  level: BudgetNodeInput["level"],
  children: BudgetNodeInput[],
  extra: Partial<BudgetNodeInput> = {},
): BudgetNodeInput {
  return { id: code, level, code, name: `${level} ${code}`, children, ...extra };
}

function findNode(root: BudgetNodeResult, code: string): BudgetNodeResult {
  const row = listBudgetRows(root).find((r) => r.node.code === code);
  if (!row) throw new Error(`no node ${code}`);
  return row.node;
}

describe("Serang 2022 Tabel 3.6 rolled up from its sub kegiatan", () => {
  const opd = rollupBudget({ root: serang2022Budget, throughQuarter: 4 });

  test.each([
    {
      code: "1.06.01",
      pagu: "Rp 7.660.110.718",
      realisasi: "Rp 7.551.696.590",
      serapan: "98,58 %",
      printed: "7.381.615.876 / 96,36",
    },
    {
      code: "1.06.02",
      pagu: "Rp 1.893.501.902",
      realisasi: "Rp 1.791.431.925",
      serapan: "94,61 %",
      printed: "94,61",
    },
    {
      code: "1.06.03",
      pagu: "Rp 2.557.200",
      realisasi: "Rp 1.800.000",
      serapan: "70,39 %",
      printed: "70,39",
    },
    {
      code: "1.06.04",
      pagu: "Rp 626.197.152",
      realisasi: "Rp 574.602.182",
      serapan: "91,76 %",
      printed: "91,76",
    },
    {
      code: "1.06.05",
      pagu: "Rp 6.819.472.636",
      realisasi: "Rp 6.807.190.312",
      serapan: "99,82 %",
      printed: "99,82",
    },
    {
      code: "1.06.06",
      pagu: "Rp 598.028.500",
      realisasi: "Rp 539.545.080",
      serapan: "90,22 %",
      printed: "90,22",
    },
    {
      code: "1.06.07",
      pagu: "Rp 54.589.278",
      realisasi: "Rp 54.536.778",
      serapan: "99,90 %",
      printed: "99,90",
    },
    // Kegiatan Administrasi Umum: the report prints 335.133.411 / 83,36.
    {
      code: "1.06.01.2.06",
      pagu: "Rp 402.026.740",
      realisasi: "Rp 505.214.125",
      serapan: "125,67 %",
      printed: "335.133.411 / 83,36",
    },
    // The OPD: the report's Total Belanja prints 17.062.822.153 / 96,65.
    {
      code: "",
      pagu: "Rp 17.654.457.386",
      realisasi: "Rp 17.320.802.867",
      serapan: "98,11 %",
      printed: "17.062.822.153 / 96,65",
    },
  ])("$code: $realisasi / $pagu = $serapan (report: $printed)", ({ code, pagu, realisasi, serapan }) => {
    const node = findNode(opd, code);
    expect(formatRupiah(node.pagu)).toBe(pagu);
    expect(rupiah(node.realisasi)).toBe(realisasi);
    expect(describeSerapan(node.serapan)).toBe(serapan);
  });

  test("exact OPD figures and sisa anggaran", () => {
    expect(opd.pagu.toString()).toBe("17654457386");
    expect(opd.realisasi.status === "KNOWN" && opd.realisasi.value.toString()).toBe("17320802867");
    expect(rupiah(opd.sisaAnggaran)).toBe("Rp 333.654.519");
    expect(opd.serapan.status === "OK" && opd.serapan.value.toString()).toBe("98.110083410070771574");
  });

  // Tabel 2.4 of the same report claims 15 kegiatan and 51 sub kegiatan (Rehabilitasi 16, Penanganan
  // Bencana 2, Taman Makam Pahlawan 2 kegiatan/4 sub); Tabel 3.6 lists 14 and 54. The fixture follows 3.6.
  test("Tabel 3.6 lists 7 programs, 14 kegiatan and 54 sub kegiatan", () => {
    const rows = listBudgetRows(opd);
    const count = (level: string) => rows.filter((r) => r.node.level === level).length;
    expect([count("PROGRAM"), count("KEGIATAN"), count("SUB_KEGIATAN")]).toEqual([7, 14, 54]);
    expect(rows.filter((r) => r.node.isLeaf).every((r) => r.node.level === "SUB_KEGIATAN")).toBe(true);
  });

  test("TAHUNAN data: quarters before TW4 are unknown, TW4 cumulative is known", () => {
    expect(opd.quarters.map((q) => rupiah(q.cumulative))).toEqual([
      "? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN",
      "Rp 17.320.802.867",
    ]);
    const atTw2 = rollupBudget({ root: serang2022Budget, throughQuarter: 2 });
    expect(atTw2.quarters).toHaveLength(2);
    expect(rupiah(atTw2.realisasi)).toBe("? HANYA_TAHUNAN");
    expect(atTw2.serapan).toEqual({ status: "REALISASI_TIDAK_DIKETAHUI", reason: "HANYA_TAHUNAN" });
    expect(describeSerapan(atTw2.serapan)).toBe(
      "Tidak diketahui: realisasi hanya tercatat sebagai total tahunan",
    );
  });
});

describe("Metro 2023 Tabel 3.2 program totals", () => {
  const programs: [string, string, string][] = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "3.065.150.561", "2.931.414.904"],
    ["Program Pemberdayaan Sosial", "399.911.850", "390.405.300"],
    ["Program Penanganan Warga Negara Migran Korban Tindak Kekerasan", "3.000.000", "-"],
    ["Program Rehabilitasi Sosial", "882.701.400", "834.059.927"],
    ["Program Perlindungan Dan Jaminan Sosial", "188.301.300", "180.861.485"],
    ["Program Penanganan Bencana", "120.000.000", "89.594.594"],
    ["Program Pengelolaan Taman Makam Pahlawan", "434.003.500", "399.088.210"],
  ];
  const plain = (printed: string) => (printed === "-" ? "0" : printed.replace(/\./g, ""));
  const root = parent(
    "1.06",
    "OPD",
    programs.map(([name, pagu, realisasi], i) =>
      leaf(`1.06.0${i + 1}`, plain(pagu), [{ period: "TAHUNAN", amount: plain(realisasi) }], {
        level: "PROGRAM",
        name,
      }),
    ),
  );

  test("Rp 4.825.424.420 / Rp 5.093.068.611 = 94,74 %", () => {
    const result = rollupBudget({ root, throughQuarter: 4 });
    expect(formatRupiah(result.pagu)).toBe("Rp 5.093.068.611");
    expect(rupiah(result.realisasi)).toBe("Rp 4.825.424.420");
    expect(describeSerapan(result.serapan)).toBe("94,74 %");
  });
});

describe("rollup rules", () => {
  test("pagu perubahan is the effective pagu; pagu awal is summed separately", () => {
    const root = parent("1", "KEGIATAN", [
      leaf("1.01", "1000", [{ period: "TAHUNAN", amount: "900" }], { paguPerubahan: d("1200") }),
      leaf("1.02", "500", [{ period: "TAHUNAN", amount: "500" }]),
    ]);
    const result = rollupBudget({ root, throughQuarter: 4 });
    expect(result.pagu.toString()).toBe("1700");
    expect(result.paguAwal.toString()).toBe("1500");
    expect(rupiah(result.sisaAnggaran)).toBe("Rp 300");
    expect(formatPercent(result.serapan.status === "OK" ? result.serapan.value : d("-1"))).toBe("82,35 %");
  });

  test("a parent's own figures are never the value", () => {
    const root = parent("1", "PROGRAM", [leaf("1.01", "100", [{ period: "TW1", amount: "40" }])], {
      paguAwal: d("999"),
      realisasi: [{ period: "TW1", amount: d("999") }],
      reported: { pagu: d("888"), realisasi: d("888") },
    });
    const result = rollupBudget({ root, throughQuarter: 1 });
    expect(result.pagu.toString()).toBe("100");
    expect(rupiah(result.realisasi)).toBe("Rp 40");
  });

  test("quarter by quarter: amounts in each quarter and cumulative, unknown where a leaf is annual only", () => {
    const root = parent("1", "KEGIATAN", [
      leaf("1.01", "1000", [
        { period: "TW1", amount: "100" },
        { period: "TW2", amount: "200" },
        { period: "TW4", amount: "50" },
      ]),
      leaf("1.02", "1000", [{ period: "TAHUNAN", amount: "500" }]),
      leaf("1.03", "0", []),
    ]);
    const result = rollupBudget({ root, throughQuarter: 4 });
    const first = result.children[0]!;
    expect(first.quarters.map((q) => `${rupiah(q.inQuarter)} | ${rupiah(q.cumulative)}`)).toEqual([
      "Rp 100 | Rp 100",
      "Rp 200 | Rp 300",
      "Rp 0 | Rp 300",
      "Rp 50 | Rp 350",
    ]);
    expect(result.quarters.map((q) => rupiah(q.cumulative))).toEqual([
      "? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN",
      "? HANYA_TAHUNAN",
      "Rp 850",
    ]);
    expect(rupiah(result.realisasi)).toBe("Rp 850");
    expect(result.children[2]!.serapan).toEqual({ status: "PAGU_NOL" });
    expect(describeSerapan(result.children[2]!.serapan)).toBe(
      "Pagu bernilai nol, serapan tidak dapat dihitung",
    );

    const atTw2 = rollupBudget({ root, throughQuarter: 2 });
    expect(rupiah(atTw2.children[0]!.realisasi)).toBe("Rp 300");
    expect(rupiah(atTw2.realisasi)).toBe("? HANYA_TAHUNAN");
  });

  test("a realisasi recorded twice makes the sum unknown, never a guess", () => {
    const root = parent("1", "KEGIATAN", [
      leaf("1.01", "1000", [
        { period: "TW1", amount: "100" },
        { period: "TAHUNAN", amount: "400" },
      ]),
      leaf("1.02", "1000", [{ period: "TAHUNAN", amount: "500" }]),
    ]);
    expect(rupiah(rollupBudget({ root, throughQuarter: 4 }).realisasi)).toBe("? DATA_GANDA");
  });

  test("sub kegiatan with rekening lines: the rekening are the leaves", () => {
    const root = parent("1.06.01.2.01.01", "SUB_KEGIATAN", [
      leaf("5.1.02.01.01.0024", "157750", [{ period: "TAHUNAN", amount: "152000" }], { level: "REKENING" }),
      leaf("5.1.02.01.01.0025", "70000", [{ period: "TAHUNAN", amount: "65000" }], { level: "REKENING" }),
      leaf("5.1.02.01.01.0026", "46200", [{ period: "TAHUNAN", amount: "45430" }], { level: "REKENING" }),
      leaf("5.1.02.02.01.0013", "2720000", [{ period: "TAHUNAN", amount: "2712000" }], { level: "REKENING" }),
    ]);
    const result = rollupBudget({ root, throughQuarter: 4 });
    // Metro "Penyusunan Dokumen Perencanaan Perangkat Daerah": 2.993.950 / 2.974.430.
    expect(formatRupiah(result.pagu)).toBe("Rp 2.993.950");
    expect(rupiah(result.realisasi)).toBe("Rp 2.974.430");
  });
});

describe("property: every node is the sum of its leaves", () => {
  type LeafSpec = {
    pagu: bigint;
    perubahan: bigint | null;
    annual: bigint | null;
    quarters: (bigint | null)[];
  };
  type TreeSpec = { leaf: LeafSpec } | { children: TreeSpec[] };

  const amount = fc.bigInt({ min: 0n, max: 10n ** 13n });
  const leafSpec: fc.Arbitrary<TreeSpec> = fc
    .record({
      pagu: amount,
      perubahan: fc.option(amount),
      annual: fc.option(amount, { freq: 4 }),
      quarters: fc.array(fc.option(amount), { minLength: 4, maxLength: 4 }),
    })
    .map((spec) => ({ leaf: spec }));
  const tree = (depth: number): fc.Arbitrary<TreeSpec> =>
    depth === 0
      ? leafSpec
      : fc.oneof(
          leafSpec,
          fc.array(tree(depth - 1), { minLength: 1, maxLength: 3 }).map((children) => ({ children })),
        );

  function toInput(spec: TreeSpec, code: string): BudgetNodeInput {
    if ("children" in spec) {
      return {
        id: code,
        level: "KEGIATAN",
        code,
        name: code,
        children: spec.children.map((c, i) => toInput(c, `${code}.${i}`)),
      };
    }
    const { pagu, perubahan, annual, quarters } = spec.leaf;
    const realisasi: { period: Period; amount: Decimal }[] =
      annual !== null
        ? [{ period: "TAHUNAN", amount: d(annual.toString()) }]
        : quarters.flatMap((q, i) =>
            q === null ? [] : [{ period: `TW${i + 1}` as Period, amount: d(q.toString()) }],
          );
    return {
      id: code,
      level: "SUB_KEGIATAN",
      code,
      name: code,
      paguAwal: d(pagu.toString()),
      paguPerubahan: perubahan === null ? null : d(perubahan.toString()),
      realisasi,
      children: [],
    };
  }

  /** Expected pagu and realisasi (null = unknown) from the leaves alone. */
  function expectFromLeaves(spec: TreeSpec, q: Quarter): { pagu: bigint; realisasi: bigint | null } {
    if ("leaf" in spec) {
      const { pagu, perubahan, annual, quarters } = spec.leaf;
      const realisasi =
        annual !== null
          ? q === 4
            ? annual
            : null
          : quarters.slice(0, q).reduce<bigint>((s, v) => s + (v ?? 0n), 0n);
      return { pagu: perubahan ?? pagu, realisasi };
    }
    const parts = spec.children.map((c) => expectFromLeaves(c, q));
    return {
      pagu: parts.reduce((s, p) => s + p.pagu, 0n),
      realisasi: parts.some((p) => p.realisasi === null)
        ? null
        : parts.reduce((s, p) => s + (p.realisasi ?? 0n), 0n),
    };
  }

  function assertNode(spec: TreeSpec, node: BudgetNodeResult, q: Quarter): void {
    const expected = expectFromLeaves(spec, q);
    expect(node.pagu.toString()).toBe(expected.pagu.toString());
    expect(node.realisasi.status === "KNOWN" ? node.realisasi.value.toString() : null).toBe(
      expected.realisasi === null ? null : expected.realisasi.toString(),
    );
    if ("children" in spec) spec.children.forEach((child, i) => assertNode(child, node.children[i]!, q));
  }

  test("pagu and realisasi of every node equal the sum of its leaves; root serapan = Σrealisasi/Σpagu×100", () => {
    fc.assert(
      fc.property(tree(4), fc.constantFrom<Quarter>(1, 2, 3, 4), (spec, q) => {
        const result = rollupBudget({ root: toInput(spec, "1"), throughQuarter: q });
        assertNode(spec, result, q);

        const { pagu, realisasi } = expectFromLeaves(spec, q);
        if (realisasi === null) {
          expect(result.serapan.status).toBe("REALISASI_TIDAK_DIKETAHUI");
        } else if (pagu === 0n) {
          expect(result.serapan.status).toBe("PAGU_NOL");
        } else {
          const expected = d(realisasi.toString()).times(100).div(d(pagu.toString()));
          expect(result.serapan.status === "OK" && result.serapan.value.toString()).toBe(expected.toString());
        }
      }),
      { numRuns: 300 },
    );
  });
});
