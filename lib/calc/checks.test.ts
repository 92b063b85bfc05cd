import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import type { BudgetNodeInput } from "./budget";
import { checkBudget } from "./checks-budget";
import { checkIndicators, type IndicatorCheckInput } from "./checks-indicator";
import { runChecks } from "./checks";
import { evaluateIndicators } from "./evaluate-indicator";
import { compareCodes, sortFindings, type Finding } from "./finding";
import { serang2022Budget } from "./fixtures/serang-2022-budget";
import type { Period, Quarter } from "./period";
import { calcSettingsSchema, defaultCalcSettings } from "./settings";

const d = (s: string) => new Decimal(s);

const brief = (f: Finding) => ({
  severity: f.severity,
  code: f.code,
  at: f.location.code,
  message: f.message,
  difference: f.difference?.toString(),
});

function leaf(
  code: string,
  pagu: string | null,
  realisasi: [Period, string][],
  extra: Partial<BudgetNodeInput> = {},
): BudgetNodeInput {
  return {
    id: code,
    level: "SUB_KEGIATAN",
    code,
    name: `Sub kegiatan ${code}`,
    paguAwal: pagu === null ? null : d(pagu),
    realisasi: realisasi.map(([period, amount]) => ({ period, amount: d(amount) })),
    children: [],
    ...extra,
  };
}

function node(
  code: string,
  level: BudgetNodeInput["level"],
  children: BudgetNodeInput[],
  reported?: { pagu?: string; realisasi?: string },
  extra: Partial<BudgetNodeInput> = {},
): BudgetNodeInput {
  return {
    id: code,
    level,
    code,
    name: `${level} ${code}`,
    reported: reported && {
      pagu: reported.pagu === undefined ? null : d(reported.pagu),
      realisasi: reported.realisasi === undefined ? null : d(reported.realisasi),
    },
    children,
    ...extra,
  };
}

describe("Serang 2022 Tabel 3.6", () => {
  test("exactly the four errors made by hand, each on the line where it was made", () => {
    const findings = runChecks({ budget: serang2022Budget, throughQuarter: 4 });
    expect(findings.map(brief)).toEqual([
      {
        severity: "ERROR",
        code: "TOTAL_REALISASI_BEDA_DENGAN_RINCIAN",
        at: "",
        message:
          "Total realisasi yang dilaporkan Rp 17.062.822.153 berbeda dengan jumlah realisasi program di bawahnya Rp 17.150.722.153 (selisih Rp 87.900.000)",
        difference: "87900000",
      },
      {
        severity: "ERROR",
        code: "REALISASI_BEDA_DENGAN_RINCIAN",
        at: "1.06.01.2.06",
        message:
          "Realisasi kegiatan yang dilaporkan Rp 335.133.411 berbeda dengan jumlah realisasi sub kegiatan di bawahnya Rp 505.214.125 (selisih Rp 170.080.714)",
        difference: "170080714",
      },
      {
        severity: "ERROR",
        code: "REALISASI_MELEBIHI_PAGU",
        at: "1.06.01.2.06.0006",
        message: "Realisasi Rp 10.250.500 melebihi pagu Rp 7.200.000 (142,37 %)",
        difference: "3050500",
      },
      {
        severity: "ERROR",
        code: "REALISASI_MELEBIHI_PAGU",
        at: "1.06.01.2.06.0008",
        message: "Realisasi Rp 187.249.714 melebihi pagu Rp 20.250.000 (924,69 %)",
        difference: "166999714",
      },
    ]);
    expect(findings[2]!.location).toEqual({
      level: "SUB_KEGIATAN",
      code: "1.06.01.2.06.0006",
      name: "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
    });
  });

  test("at TW2 annual-only leaves are unknown: only reported-vs-reported lines can still be reconciled", () => {
    const findings = runChecks({ budget: serang2022Budget, throughQuarter: 2 });
    // The programs' reported lines are known whatever the quarter, so the total still disagrees with them;
    // the kegiatan over unknown leaves cannot be reconciled, and realisasi above pagu is unknown.
    expect(findings[0]!.code).toBe("TOTAL_REALISASI_BEDA_DENGAN_RINCIAN");
    expect(findings[0]!.difference?.toString()).toBe("87900000");
    const rest = findings.slice(1);
    expect(rest).toHaveLength(54);
    expect(rest.every((f) => f.code === "REALISASI_HANYA_TAHUNAN" && f.severity === "INFO")).toBe(true);
    expect(rest[0]!.message).toBe(
      "Realisasi hanya tercatat sebagai total tahunan; realisasi s.d. TW2 tidak diketahui",
    );
  });
});

describe("reconciling reported figures with the lines beneath", () => {
  // Metro 2023, "Koordinasi dan Penyusunan Dokumen RKA-SKPD": 4.015.950 / 4.005.200 over four rekening.
  const rekening = [
    leaf("5.1.02.01.01.0024", "157750", [["TAHUNAN", "152000"]], { level: "REKENING" }),
    leaf("5.1.02.01.01.0025", "70000", [["TAHUNAN", "65000"]], { level: "REKENING" }),
    leaf("5.1.02.01.01.0026", "46200", [["TAHUNAN", "46200"]], { level: "REKENING" }),
    leaf("5.1.02.02.01.0013", "3742000", [["TAHUNAN", "3742000"]], { level: "REKENING" }),
  ];
  const subKegiatan = (reportedRealisasi: string) =>
    node("1.06.01.2.01.02", "SUB_KEGIATAN", rekening, { pagu: "4015950", realisasi: reportedRealisasi });

  test("rekening lines that add up to their sub kegiatan: nothing", () => {
    expect(checkBudget({ root: subKegiatan("4005200"), throughQuarter: 4 })).toEqual([]);
  });

  test("rekening lines that do not add up: flagged on the sub kegiatan", () => {
    expect(checkBudget({ root: subKegiatan("4015200"), throughQuarter: 4 }).map(brief)).toEqual([
      {
        severity: "ERROR",
        code: "REALISASI_BEDA_DENGAN_RINCIAN",
        at: "1.06.01.2.01.02",
        message:
          "Realisasi sub kegiatan yang dilaporkan Rp 4.015.200 berbeda dengan jumlah realisasi rekening belanja di bawahnya Rp 4.005.200 (selisih Rp 10.000)",
        difference: "-10000",
      },
    ]);
  });

  test("a parent agreeing with its children's reported lines is not flagged again", () => {
    const kegiatan = node("1.06.01.2.01", "KEGIATAN", [subKegiatan("4015200")], {
      pagu: "4015950",
      realisasi: "4015200",
    });
    expect(
      checkBudget({ root: kegiatan, throughQuarter: 4 }).map((f) => `${f.code} ${f.location.code}`),
    ).toEqual(["REALISASI_BEDA_DENGAN_RINCIAN 1.06.01.2.01.02"]);
  });

  test.each([
    {
      name: "pagu of a kegiatan",
      root: node(
        "1.06.02.2.01",
        "KEGIATAN",
        [leaf("a", "100", [["TAHUNAN", "50"]]), leaf("b", "200", [["TAHUNAN", "50"]])],
        {
          pagu: "250",
        },
      ),
      expected: [
        "ERROR PAGU_BEDA_DENGAN_RINCIAN 50: Pagu kegiatan yang dilaporkan Rp 250 berbeda dengan jumlah pagu sub kegiatan di bawahnya Rp 300 (selisih Rp 50)",
      ],
    },
    {
      name: "total pagu of a Pemda over its OPD",
      root: node("pemda", "PEMDA", [node("1.06", "OPD", [leaf("a", "100", [["TAHUNAN", "50"]])])], {
        pagu: "90",
      }),
      expected: [
        "ERROR TOTAL_PAGU_BEDA_DENGAN_RINCIAN 10: Total pagu yang dilaporkan Rp 90 berbeda dengan jumlah pagu perangkat daerah di bawahnya Rp 100 (selisih Rp 10)",
      ],
    },
    {
      name: "unknown realisasi is not reconciled",
      root: node("k", "KEGIATAN", [leaf("a", "100", [["TAHUNAN", "50"]]), leaf("b", "100", [["TW1", "5"]])], {
        realisasi: "1",
      }),
      quarter: 2 as Quarter,
      expected: [
        "WARNING REALISASI_TRIWULAN_KOSONG -: Realisasi TW2 belum diisi; dihitung sebagai Rp 0",
        "INFO REALISASI_HANYA_TAHUNAN -: Realisasi hanya tercatat sebagai total tahunan; realisasi s.d. TW2 tidak diketahui",
      ],
    },
  ])("$name", ({ root, expected, quarter }) => {
    const findings = sortFindings(checkBudget({ root, throughQuarter: quarter ?? 4 }));
    expect(
      findings.map((f) => `${f.severity} ${f.code} ${f.difference?.toString() ?? "-"}: ${f.message}`),
    ).toEqual(expected);
  });
});

describe("budget leaf checks", () => {
  test.each<{ name: string; root: BudgetNodeInput; q: Quarter; expected: string[] }>([
    {
      name: "missing quarters up to throughQuarter",
      root: leaf("a", "100", [
        ["TW1", "10"],
        ["TW3", "10"],
      ]),
      q: 4,
      expected: ["WARNING REALISASI_TRIWULAN_KOSONG: Realisasi TW2, TW4 belum diisi; dihitung sebagai Rp 0"],
    },
    {
      name: "quarters after throughQuarter are not required",
      root: leaf("a", "100", [["TW1", "10"]]),
      q: 1,
      expected: [],
    },
    {
      name: "a TAHUNAN entry through TW4 is complete",
      root: leaf("a", "100", [["TAHUNAN", "10"]]),
      q: 4,
      expected: [],
    },
    {
      name: "quarters and TAHUNAN together",
      root: leaf("a", "100", [
        ["TW1", "10"],
        ["TAHUNAN", "10"],
      ]),
      q: 4,
      expected: [
        "ERROR REALISASI_GANDA: Realisasi tercatat per triwulan dan sebagai total tahunan sekaligus; realisasi tidak dapat dihitung",
      ],
    },
    {
      name: "realisasi above a zero pagu",
      root: leaf("a", "0", [["TAHUNAN", "5000"]]),
      q: 4,
      expected: ["ERROR REALISASI_MELEBIHI_PAGU: Realisasi Rp 5.000 melebihi pagu Rp 0"],
    },
    {
      name: "realisasi equal to pagu is fine",
      root: leaf("a", "7200000", [["TAHUNAN", "7200000"]]),
      q: 4,
      expected: [],
    },
    {
      name: "no pagu",
      root: leaf("a", null, [["TAHUNAN", "0"]]),
      q: 4,
      expected: ["WARNING PAGU_KOSONG: Pagu belum diisi; dihitung sebagai Rp 0"],
    },
    {
      name: "figures typed on a parent",
      root: node("k", "KEGIATAN", [leaf("a", "100", [["TAHUNAN", "10"]])], undefined, { paguAwal: d("100") }),
      q: 4,
      expected: [
        "WARNING NILAI_INDUK_DIABAIKAN: Pagu/realisasi yang diisi langsung pada baris ini diabaikan; nilainya adalah jumlah rincian di bawahnya",
      ],
    },
  ])("$name", ({ root, q, expected }) => {
    expect(
      checkBudget({ root, throughQuarter: q }).map((f) => `${f.severity} ${f.code}: ${f.message}`),
    ).toEqual(expected);
  });

  test("realisasi above pagu is flagged on the leaf only, not on its parents", () => {
    const root = node("p", "PROGRAM", [
      node("k", "KEGIATAN", [leaf("a", "100", [["TAHUNAN", "300"]]), leaf("b", "100", [["TAHUNAN", "0"]])]),
    ]);
    expect(checkBudget({ root, throughQuarter: 4 }).map((f) => `${f.code} ${f.location.code}`)).toEqual([
      "REALISASI_MELEBIHI_PAGU a",
    ]);
  });
});

function indicator(overrides: Partial<IndicatorCheckInput>): IndicatorCheckInput {
  return {
    id: "iku-1",
    level: "SASARAN",
    code: "1.1",
    ownerName: "Meningkatnya perlindungan dan pemberdayaan sosial",
    name: "Prosentase PMKS yang Mendapatkan Program Pelayanan Sosial",
    satuan: "%",
    polarity: "POSITIF",
    calculation: "LANGSUNG",
    aggregation: "JUMLAH",
    target: { value: d("3") },
    realisasi: [{ period: "TAHUNAN", value: d("3.05") }],
    ...overrides,
  };
}

const evaluated = (
  indicators: IndicatorCheckInput[],
  throughQuarter: Quarter,
  settings = defaultCalcSettings,
) => evaluateIndicators({ indicators, throughQuarter, settings });

describe("indicator checks", () => {
  test.each<{ name: string; input: IndicatorCheckInput; q?: Quarter; expected: string[] }>([
    { name: "Serang IKU 2022 (101,67 %)", input: indicator({}), expected: [] },
    {
      name: "Serang IKU 2021 (128,33 %)",
      input: indicator({ realisasi: [{ period: "TAHUNAN", value: d("3.85") }] }),
      expected: [],
    },
    {
      name: "Metro IKU as a ratio",
      input: indicator({
        satuan: "Persen",
        calculation: "RASIO",
        target: { value: d("91.5") },
        realisasi: [{ period: "TAHUNAN", numerator: d("13415"), denominator: d("14460") }],
      }),
      expected: [],
    },
    {
      name: "capaian above the plausible band",
      input: indicator({
        satuan: "Orang",
        target: { value: d("100") },
        realisasi: [{ period: "TAHUNAN", value: d("160") }],
      }),
      expected: [
        "WARNING CAPAIAN_TIDAK_WAJAR: Capaian 160,00 % di luar rentang wajar 50,00 %–150,00 %; periksa target dan realisasi",
      ],
    },
    {
      name: "capaian below the plausible band",
      input: indicator({
        target: { value: d("100") },
        realisasi: [{ period: "TAHUNAN", value: d("49.99") }],
      }),
      expected: [
        "WARNING CAPAIAN_TIDAK_WAJAR: Capaian 49,99 % di luar rentang wajar 50,00 %–150,00 %; periksa target dan realisasi",
      ],
    },
    {
      name: "capaian exactly on the band edges is plausible",
      input: indicator({ target: { value: d("100") }, realisasi: [{ period: "TAHUNAN", value: d("50") }] }),
      expected: [],
    },
    {
      name: "no target",
      input: indicator({ target: {} }),
      expected: ["WARNING TARGET_KOSONG: Indikator belum memiliki target"],
    },
    {
      name: "target zero",
      input: indicator({ target: { value: d("0") } }),
      expected: ["WARNING TARGET_NOL: Target bernilai 0 sehingga capaian tidak dapat dihitung"],
    },
    {
      name: "invalid range",
      input: indicator({ polarity: "RENTANG", target: { value: d("5") } }),
      expected: [
        "ERROR TARGET_TIDAK_VALID: Target rentang harus memiliki batas bawah dan batas atas, dengan batas atas tidak lebih kecil",
      ],
    },
    {
      name: "zero denominator",
      input: indicator({
        calculation: "RASIO",
        target: { value: d("90") },
        realisasi: [{ period: "TAHUNAN", numerator: d("0"), denominator: d("0") }],
      }),
      expected: [
        "WARNING PENYEBUT_NOL: Jumlah penyebut rasio bernilai 0 sehingga realisasi tidak dapat dihitung",
      ],
    },
    {
      name: "missing quarters",
      input: indicator({ realisasi: [{ period: "TW1", value: d("3") }] }),
      q: 3,
      expected: ["WARNING REALISASI_TRIWULAN_KOSONG: Realisasi TW2, TW3 belum diisi"],
    },
    {
      name: "no realisasi at all",
      input: indicator({ realisasi: [] }),
      q: 2,
      expected: ["WARNING REALISASI_TRIWULAN_KOSONG: Realisasi TW1, TW2 belum diisi"],
    },
    {
      name: "incomplete ratio entry",
      input: indicator({
        calculation: "RASIO",
        target: { value: d("90") },
        realisasi: [
          { period: "TW1", numerator: d("9"), denominator: d("10") },
          { period: "TW2", numerator: d("9") },
        ],
      }),
      q: 2,
      expected: [
        "WARNING REALISASI_TRIWULAN_KOSONG: Realisasi TW2 belum diisi lengkap (pembilang dan penyebut)",
      ],
    },
    {
      name: "annual value asked at TW3",
      input: indicator({}),
      q: 3,
      expected: [
        "INFO REALISASI_HANYA_TAHUNAN: Realisasi hanya tercatat sebagai nilai tahunan; capaian s.d. TW3 tidak diketahui",
      ],
    },
    {
      name: "percent above 100",
      input: indicator({ target: { value: d("100") }, realisasi: [{ period: "TAHUNAN", value: d("103") }] }),
      expected: [
        "WARNING PERSEN_MELEBIHI_100: Indikator bersatuan persen dengan realisasi 103,00 % di atas 100 %",
      ],
    },
    {
      name: "percent target above 100 from summing quarterly percentages",
      input: indicator({
        target: { value: d("120") },
        realisasi: [
          { period: "TW1", value: d("60") },
          { period: "TW2", value: d("70") },
        ],
      }),
      q: 2,
      expected: [
        "WARNING PERSEN_MELEBIHI_100: Indikator bersatuan persen dengan realisasi 130,00 % dan target 120,00 % di atas 100 %",
      ],
    },
    {
      name: "percent above 100 is not flagged for negative polarity",
      input: indicator({
        polarity: "NEGATIF",
        target: { value: d("110") },
        realisasi: [{ period: "TAHUNAN", value: d("105") }],
      }),
      expected: [],
    },
    {
      name: "above 100 in another unit is fine",
      input: indicator({
        satuan: "Orang",
        target: { value: d("120") },
        realisasi: [{ period: "TAHUNAN", value: d("130") }],
      }),
      expected: [],
    },
  ])("$name", ({ input, q, expected }) => {
    const findings = checkIndicators({ indicators: evaluated([input], q ?? 4) });
    expect(findings.map((f) => `${f.severity} ${f.code}: ${f.message}`)).toEqual(expected);
  });

  test("findings name the indicator and its owner", () => {
    const [finding] = checkIndicators({ indicators: evaluated([indicator({ target: {} })], 4) });
    expect(finding?.location).toEqual({
      level: "SASARAN",
      code: "1.1",
      name: "Meningkatnya perlindungan dan pemberdayaan sosial",
      indicator: { id: "iku-1", name: "Prosentase PMKS yang Mendapatkan Program Pelayanan Sosial" },
    });
  });

  test("band and cap come from the settings; the band judges the uncapped capaian", () => {
    const settings = {
      ...defaultCalcSettings,
      plausibleCapaian: { min: d("80"), max: d("125") },
      capaianCap: d("120"),
    };
    const findings = checkIndicators({
      indicators: evaluated(
        [
          indicator({ id: "a", code: "1.1", realisasi: [{ period: "TAHUNAN", value: d("3.85") }] }),
          indicator({ id: "b", code: "1.2", realisasi: [{ period: "TAHUNAN", value: d("2.25") }] }),
        ],
        4,
        settings,
      ),
      settings,
    });
    expect(findings.map((f) => `${f.location.indicator?.id} ${f.severity} ${f.code}: ${f.message}`)).toEqual([
      "a WARNING CAPAIAN_TIDAK_WAJAR: Capaian 128,33 % di luar rentang wajar 80,00 %–125,00 %; periksa target dan realisasi",
      "a INFO CAPAIAN_DIBATASI: Capaian 128,33 % dibatasi menjadi 120,00 %",
      "b WARNING CAPAIAN_TIDAK_WAJAR: Capaian 75,00 % di luar rentang wajar 80,00 %–125,00 %; periksa target dan realisasi",
    ]);
  });
});

describe("ordering", () => {
  test.each([
    { a: "1.06", b: "1.06.01", sign: -1 },
    { a: "1.06.01.2.9", b: "1.06.01.2.10", sign: -1 },
    { a: "1.06.02", b: "1.06.01.2.03", sign: 1 },
    { a: "1.06.01", b: "1.06.01", sign: 0 },
    { a: "X.1", b: "1.1", sign: 1 },
  ])("compareCodes($a, $b) has sign $sign", ({ a, b, sign }) => {
    expect(Math.sign(compareCodes(a, b))).toBe(sign);
  });

  test("runChecks orders by severity, then location code", () => {
    const budget = node("1.06", "OPD", [
      node("1.06.02", "PROGRAM", [leaf("1.06.02.2.01.01", "100", [["TW1", "10"]])]),
      node("1.06.01", "PROGRAM", [leaf("1.06.01.2.01.01", "100", [["TW1", "500"]])]),
    ]);
    const findings = runChecks({
      budget,
      indicators: evaluated([indicator({ code: "1.06.01", target: {} })], 2),
      throughQuarter: 2,
    });
    expect(findings.map((f) => `${f.severity} ${f.location.code} ${f.code}`)).toEqual([
      "ERROR 1.06.01.2.01.01 REALISASI_MELEBIHI_PAGU",
      "WARNING 1.06.01 TARGET_KOSONG",
      "WARNING 1.06.01.2.01.01 REALISASI_TRIWULAN_KOSONG",
      "WARNING 1.06.02.2.01.01 REALISASI_TRIWULAN_KOSONG",
      "INFO 1.06.01 REALISASI_HANYA_TAHUNAN",
    ]);
  });
});

describe("calcSettingsSchema", () => {
  test("empty settings take every default", () => {
    const settings = calcSettingsSchema.parse({});
    expect(settings.plausibleCapaian.min.toString()).toBe("50");
    expect(settings.plausibleCapaian.max.toString()).toBe("150");
    expect(settings.capaianCap).toBeNull();
    expect(settings.predikatScale.name).toBe("Permendagri 86/2017");
  });

  test("a stored Pemda setting parses into decimals", () => {
    const settings = calcSettingsSchema.parse(
      JSON.parse(
        '{"plausibleCapaian":{"min":"40","max":"200"},"capaianCap":"120","predikatScale":{"name":"Kabupaten X","bands":[{"min":"85","label":"Sangat Berhasil"},{"min":"-Infinity","label":"Kurang"}]}}',
      ),
    );
    expect(settings.plausibleCapaian.max.toString()).toBe("200");
    expect(settings.capaianCap?.toString()).toBe("120");
    expect(settings.predikatScale.bands.map((b) => b.label)).toEqual(["Sangat Berhasil", "Kurang"]);
  });

  test.each([
    {
      name: "band upside down",
      input: { plausibleCapaian: { min: "150", max: "50" } },
      message: "Batas bawah capaian wajar harus lebih kecil dari batas atas",
    },
    { name: "cap zero", input: { capaianCap: "0" }, message: "Batas maksimum capaian harus lebih dari 0" },
    { name: "cap not a number", input: { capaianCap: "seratus" }, message: "Bukan angka yang sah: seratus" },
  ])("rejects: $name", ({ input, message }) => {
    const result = calcSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
