import Decimal from "decimal.js";
import { listBudgetRows, type BudgetNodeResult } from "@/lib/calc/budget";
import type { ComparisonCapaian, IndicatorComparison } from "@/lib/calc/comparison";
import { calculateEfisiensiRow } from "@/lib/calc/efisiensi";
import type { EvaluatedCheckInput } from "@/lib/calc/checks-indicator";
import { describeRealisasi } from "@/lib/calc/evaluate-indicator";
import { describeSerapan } from "@/lib/calc/serapan";
import {
  formatFigure,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatTarget,
  isPercentSatuan,
  withSatuan,
} from "@/lib/format";
import { parseEvaluation, serializeEvaluation } from "./serialize-evaluation";

/**
 * The live figures a narrative may name with a token ("{serapan_opd}") instead of typing them, and the
 * set of every percentage and rupiah amount of the OPD-year, against which a typed figure is checked.
 */
export type NarrativeFigures = {
  tokens: ReadonlyMap<string, string>;
  percents: readonly Decimal[];
  amounts: readonly Decimal[];
  /** Named in a finding next to a typed figure that matches nothing. */
  reference: { percent: string; amount: string };
  /**
   * Built without the IKU history (the engine's checks have only the year; the LKIP has every year): a
   * history token is then not called unknown.
   */
  withoutHistory: boolean;
};

/**
 * The figures as text for the browser, where the narrative editor fills the tokens of its preview and
 * warns while the text is typed; each computed figure is sent once.
 */
export function serializeNarrativeFigures(figures: NarrativeFigures): string {
  const once = (values: readonly Decimal[]) => [...new Map(values.map((v) => [v.toString(), v])).values()];
  return serializeEvaluation({
    ...figures,
    tokens: [...figures.tokens],
    percents: once(figures.percents),
    amounts: once(figures.amounts),
  });
}

export function parseNarrativeFigures(text: string): NarrativeFigures {
  const parsed = parseEvaluation<Omit<NarrativeFigures, "tokens"> & { tokens: [string, string][] }>(text);
  return { ...parsed, tokens: new Map(parsed.tokens) };
}

/** The tokens, documented in the narrative editor; `<kode>` is a program/kegiatan/sub kegiatan or sasaran kode. */
export const figureTokenHelp: readonly { token: string; meaning: string }[] = [
  { token: "{tahun}", meaning: "tahun laporan" },
  { token: "{opd}", meaning: "nama perangkat daerah" },
  { token: "{pagu_opd}", meaning: "pagu seluruh program (jumlah sub kegiatan)" },
  { token: "{realisasi_opd}", meaning: "realisasi anggaran perangkat daerah" },
  { token: "{serapan_opd}", meaning: "serapan anggaran perangkat daerah (%)" },
  { token: "{sisa_opd}", meaning: "sisa anggaran" },
  { token: "{jumlah_program}", meaning: "banyaknya program (juga {jumlah_kegiatan}, {jumlah_sub_kegiatan})" },
  {
    token: "{jumlah_kegiatan:<kode>}",
    meaning: "banyaknya kegiatan sebuah program (juga {jumlah_sub_kegiatan:<kode>} program atau kegiatan)",
  },
  { token: "{pagu:<kode>}", meaning: "pagu program, kegiatan atau sub kegiatan, mis. {pagu:1.06.04}" },
  { token: "{realisasi:<kode>}", meaning: "realisasi anggaran baris itu" },
  { token: "{serapan:<kode>}", meaning: "serapan baris itu (%)" },
  { token: "{target_iku:<kode>}", meaning: "target IKU sasaran, mis. {target_iku:S1.1}" },
  { token: "{realisasi_iku:<kode>}", meaning: "realisasi IKU sasaran" },
  { token: "{capaian_iku:<kode>}", meaning: "capaian IKU sasaran (%)" },
  { token: "{predikat_iku:<kode>}", meaning: "predikat capaian IKU sasaran" },
  {
    token: "{capaian_program:<kode>}",
    meaning: "capaian indikator program (%), juga {predikat_program:<kode>}",
  },
  { token: "{target_program:<kode>}", meaning: "target indikator program, juga {realisasi_program:<kode>}" },
  {
    token: "{jumlah_kegiatan:<kode>}",
    meaning: "banyaknya kegiatan program itu (juga {jumlah_sub_kegiatan:<kode>})",
  },
  { token: "{efisiensi:<kode>}", meaning: "tingkat efisiensi program (capaian kinerja − serapan anggaran)" },
  { token: "{tahun_akhir}", meaning: "tahun akhir periode Renstra" },
  { token: "{kondisi_awal_iku:<kode>}", meaning: "kondisi awal IKU sebelum periode Renstra" },
  {
    token: "{realisasi_banding_iku:<kode>}",
    meaning:
      "realisasi IKU tahun pembanding terdekat sebelumnya ({tahun_banding_iku:<kode>}), selisihnya {selisih_iku:<kode>}",
  },
  {
    token: "{target_akhir_iku:<kode>}",
    meaning: "target IKU tahun akhir Renstra, capaian terhadapnya {capaian_akhir_iku:<kode>}",
  },
  {
    token: "{standar_nasional_iku:<kode>}",
    meaning: "standar nasional IKU, capaian terhadapnya {capaian_standar_iku:<kode>}",
  },
];

/** Token names filled only from an IKU's history across the Renstra years. */
const HISTORY_TOKENS = new Set([
  "tahun_akhir",
  "tahun_akhir_iku",
  "kondisi_awal_iku",
  "tahun_banding_iku",
  "realisasi_banding_iku",
  "capaian_banding_iku",
  "selisih_iku",
  "target_akhir_iku",
  "capaian_akhir_iku",
  "standar_nasional_iku",
  "capaian_standar_iku",
]);

/** Whether a token ("{selisih_iku:S1.1}") names a figure of an IKU's history. */
export const isHistoryToken = (token: string) =>
  HISTORY_TOKENS.has(token.replace(/^\{|\}$/g, "").split(":")[0]!);

/** Every token name buildNarrativeFigures fills: alone ("{serapan_opd}"), or before a kode ("{serapan:<kode>}"). */
const TOKEN_NAMES = {
  alone: new Set([
    "tahun",
    "opd",
    "jumlah_program",
    "jumlah_kegiatan",
    "jumlah_sub_kegiatan",
    "pagu_opd",
    "realisasi_opd",
    "serapan_opd",
    "sisa_opd",
    "tahun_akhir",
  ]),
  withKode: new Set([
    "pagu",
    "realisasi",
    "serapan",
    "jumlah_kegiatan",
    "jumlah_sub_kegiatan",
    "target_iku",
    "realisasi_iku",
    "capaian_iku",
    "predikat_iku",
    "target_program",
    "realisasi_program",
    "capaian_program",
    "predikat_program",
    "efisiensi",
    ...[...HISTORY_TOKENS].filter((name) => name !== "tahun_akhir"),
  ]),
};

/**
 * Whether the system knows a token's name ("{serapan_opd}", "{pagu:1.06.04}"), whatever its kode: a known
 * name may still have no figure (a kode that names nothing, a realisasi not entered yet), an unknown one
 * never has.
 */
export function isKnownToken(token: string): boolean {
  const name = token.replace(/^\{|\}$/g, "");
  const colon = name.indexOf(":");
  return colon === -1 ? TOKEN_NAMES.alone.has(name) : TOKEN_NAMES.withKode.has(name.slice(0, colon));
}

/**
 * An IKU across the years of its Renstra, as the LKIP compares it (lib/calc/comparison): the figures of
 * the history tokens of its sasaran.
 */
export type IkuHistory = {
  /** The sasaran's kode, as in {capaian_iku:<kode>}. */
  code: string;
  satuan: string;
  kondisiAwal: Decimal | null;
  comparison: IndicatorComparison;
  targetAkhir: Decimal | null;
  standarNasional: { value: Decimal; capaian: ComparisonCapaian } | null;
};

/** "-0,8 poin persen": a change of a percentage is in percentage points, never in percent. */
export function formatDifference(difference: Decimal, satuan: string): string {
  const figure = formatFigure(difference);
  return isPercentSatuan(satuan) ? `${figure} poin persen` : withSatuan(figure, satuan);
}

function historyTokens(history: readonly IkuHistory[], tokens: Map<string, string>, percents: Decimal[]) {
  const [first] = history;
  if (first) tokens.set("tahun_akhir", String(first.comparison.progressToFinal.finalYear));
  for (const iku of history) {
    const key = `:${iku.code}`;
    // The first IKU of a sasaran is the one its tokens name, as for {capaian_iku:<kode>}.
    if (tokens.has(`tahun_akhir_iku${key}`)) continue;
    tokens.set(`tahun_akhir_iku${key}`, String(iku.comparison.progressToFinal.finalYear));
    if (iku.kondisiAwal)
      tokens.set(`kondisi_awal_iku${key}`, withSatuan(formatFigure(iku.kondisiAwal), iku.satuan));
    const change = iku.comparison.vsPreviousYear;
    const earlier =
      change.status === "OK"
        ? iku.comparison.history.find((row) => row.year === change.comparedYear)
        : undefined;
    if (change.status === "OK" && earlier?.realisasi) {
      tokens.set(`tahun_banding_iku${key}`, String(change.comparedYear));
      tokens.set(`realisasi_banding_iku${key}`, withSatuan(formatFigure(earlier.realisasi), iku.satuan));
      tokens.set(`selisih_iku${key}`, formatDifference(change.difference, iku.satuan));
      if (earlier.capaian.status === "OK") {
        tokens.set(`capaian_banding_iku${key}`, formatPercent(earlier.capaian.capaian));
        percents.push(earlier.capaian.capaian);
      }
    }
    if (iku.targetAkhir)
      tokens.set(`target_akhir_iku${key}`, withSatuan(formatFigure(iku.targetAkhir), iku.satuan));
    const final = iku.comparison.progressToFinal.capaian;
    if (final.status === "OK") {
      tokens.set(`capaian_akhir_iku${key}`, formatPercent(final.capaian));
      percents.push(final.capaian);
    }
    if (iku.standarNasional) {
      tokens.set(
        `standar_nasional_iku${key}`,
        withSatuan(formatFigure(iku.standarNasional.value), iku.satuan),
      );
      if (iku.standarNasional.capaian.status === "OK") {
        tokens.set(`capaian_standar_iku${key}`, formatPercent(iku.standarNasional.capaian.capaian));
        percents.push(iku.standarNasional.capaian.capaian);
      }
    }
  }
}

const budgetCounts = (rollup: BudgetNodeResult) => {
  const rows = listBudgetRows(rollup);
  const count = (level: string) => String(rows.filter((row) => row.node.level === level).length);
  return {
    jumlah_program: count("PROGRAM"),
    jumlah_kegiatan: count("KEGIATAN"),
    jumlah_sub_kegiatan: count("SUB_KEGIATAN"),
  };
};

export function buildNarrativeFigures({
  rollup,
  indicators,
  year,
  opdName,
  history,
}: {
  rollup: BudgetNodeResult;
  /** Evaluated through TW IV: the tokens name the year's figures, as the report prints them. */
  indicators: readonly EvaluatedCheckInput[];
  year: number;
  opdName: string;
  /** The IKU across the Renstra years (the LKIP has them; the engine's checks do not). */
  history?: readonly IkuHistory[];
}): NarrativeFigures {
  const tokens = new Map<string, string>([
    ["tahun", String(year)],
    ["opd", opdName],
    ...Object.entries(budgetCounts(rollup)),
  ]);
  const percents: Decimal[] = [];
  const amounts: Decimal[] = [];

  for (const { node } of listBudgetRows(rollup)) {
    const key = node.level === "OPD" ? "_opd" : `:${node.code}`;
    tokens.set(`pagu${key}`, formatRupiah(node.pagu));
    amounts.push(node.pagu, node.paguAwal);
    if (node.realisasi.status === "KNOWN") {
      tokens.set(`realisasi${key}`, formatRupiah(node.realisasi.value));
      amounts.push(node.realisasi.value);
    }
    if (node.sisaAnggaran.status === "KNOWN") {
      if (node.level === "OPD") tokens.set("sisa_opd", formatRupiah(node.sisaAnggaran.value));
      amounts.push(node.sisaAnggaran.value);
    }
    tokens.set(`serapan${key}`, describeSerapan(node.serapan));
    if (node.level === "PROGRAM" || node.level === "KEGIATAN") {
      const counts = budgetCounts(node);
      if (node.level === "PROGRAM") tokens.set(`jumlah_kegiatan:${node.code}`, counts.jumlah_kegiatan);
      tokens.set(`jumlah_sub_kegiatan:${node.code}`, counts.jumlah_sub_kegiatan);
    }
    if (node.serapan.status === "OK") percents.push(node.serapan.value);
    if (node.level === "PROGRAM") {
      const counts = budgetCounts(node);
      tokens.set(`jumlah_kegiatan${key}`, counts.jumlah_kegiatan);
      tokens.set(`jumlah_sub_kegiatan${key}`, counts.jumlah_sub_kegiatan);
    }
  }

  const seen = new Set<string>();
  for (const indicator of indicators) {
    const prefix = indicator.level === "SASARAN" ? "iku" : indicator.level === "PROGRAM" ? "program" : null;
    const { target, realisasi, capaian, predikat } = indicator.evaluation;
    if (capaian.status === "OK") percents.push(capaian.capaian, capaian.uncappedCapaian);
    if (isPercentSatuan(indicator.satuan)) {
      if (target) percents.push(target.value, ...(target.upper ? [target.upper] : []));
      if (realisasi.status === "OK") percents.push(realisasi.value);
    }
    // The first indicator of a sasaran or program is the one its tokens name.
    const id = `${prefix}:${indicator.code}`;
    if (!prefix || seen.has(id)) continue;
    seen.add(id);
    if (target) tokens.set(`target_${prefix}:${indicator.code}`, formatTarget(target, indicator.satuan));
    if (realisasi.status === "OK")
      tokens.set(
        `realisasi_${prefix}:${indicator.code}`,
        withSatuan(describeRealisasi(realisasi), indicator.satuan),
      );
    if (capaian.status === "OK") {
      tokens.set(`capaian_${prefix}:${indicator.code}`, formatPercent(capaian.capaian));
      if (predikat) tokens.set(`predikat_${prefix}:${indicator.code}`, predikat.label);
    }
    if (prefix === "program") {
      const node = listBudgetRows(rollup).find(
        (row) => row.node.level === "PROGRAM" && row.node.code === indicator.code,
      )?.node;
      const efisiensi =
        node &&
        calculateEfisiensiRow({
          id: node.code,
          name: node.name,
          capaian: capaian.status === "OK" ? capaian.capaian : null,
          pagu: node.pagu,
          realisasi: node.realisasi,
        }).tingkatEfisiensi;
      if (efisiensi?.status === "OK") {
        tokens.set(`efisiensi:${indicator.code}`, formatPercent(efisiensi.value));
        percents.push(efisiensi.value);
      }
    }
  }
  historyTokens(history ?? [], tokens, percents);

  return {
    tokens,
    percents,
    amounts,
    reference: {
      percent: `serapan terhitung ${describeSerapan(rollup.serapan)}`,
      amount:
        rollup.realisasi.status === "KNOWN"
          ? `pagu terhitung ${formatRupiah(rollup.pagu)}, realisasi ${formatRupiah(rollup.realisasi.value)}`
          : `pagu terhitung ${formatRupiah(rollup.pagu)}`,
    },
    withoutHistory: history === undefined,
  };
}

const TOKEN = /\{([a-z_]+(?::[^{}\s]+)?)\}/g;

/** The body with every known token replaced by its figure; unknown tokens stay as typed and are listed. */
export function fillFigureTokens(
  body: string,
  tokens: ReadonlyMap<string, string>,
): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const text = body.replace(TOKEN, (whole, name: string) => {
    const value = tokens.get(name);
    if (value === undefined) unknown.push(whole);
    return value ?? whole;
  });
  return { text, unknown };
}

/** The tokens of a body whose name the system does not know (isKnownToken), each once, in order. */
export function findUnknownTokens(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(TOKEN), (match) => match[0]))].filter(
    (token) => !isKnownToken(token),
  );
}

/** A figure typed by hand: its value and the number of decimals it was typed with. */
export type TypedFigure = { kind: "PERCENT" | "RUPIAH"; typed: string; value: Decimal; decimals: number };

const PERCENT = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s?(?:%|persen\b)/gi;
const RUPIAH = /\bRp\.?\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2})(?!\d))?/gi;

const toDecimal = (integer: string, fraction: string | undefined) =>
  new Decimal(`${integer.replace(/\./g, "")}${fraction ? `.${fraction}` : ""}`);

/** The percentages and rupiah amounts typed in a narrative, tokens left out. */
export function findTypedFigures(body: string): TypedFigure[] {
  const text = body.replace(TOKEN, " ");
  const figures: TypedFigure[] = [];
  for (const match of text.matchAll(PERCENT)) {
    const [, integer = "", fraction] = match;
    figures.push({
      kind: "PERCENT",
      typed: match[0],
      value: toDecimal(integer, fraction),
      decimals: fraction?.length ?? 0,
    });
  }
  for (const match of text.matchAll(RUPIAH)) {
    const [, integer = "", fraction] = match;
    figures.push({ kind: "RUPIAH", typed: match[0], value: toDecimal(integer, fraction), decimals: 0 });
  }
  return figures;
}

/** "96,65 %" / "Rp 17.062.822.153": a typed figure as the finding quotes it. */
export function describeTypedFigure(figure: TypedFigure): string {
  return figure.kind === "PERCENT"
    ? `${formatNumber(figure.value, figure.decimals)} %`
    : formatRupiah(figure.value);
}
