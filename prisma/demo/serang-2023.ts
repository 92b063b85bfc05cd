/**
 * Dinas Sosial Kabupaten Serang 2023 as a year in progress: ILLUSTRATIVE data ("data contoh"), not
 * taken from any report. The 2022 structure and indicators are copied; pagu is 2022's plus 5 % (rounded
 * down to thousands); realisasi is entered for TW I–III following a spending profile per program (some
 * programs behind), TW IV is empty. Two integrity findings are made on purpose: "Fasilitasi Kunjungan
 * Tamu" spends more than its pagu, and one sub kegiatan of Bidang Rehabilitasi Sosial has no TW III entry
 * (also a late entry on the region dashboard). Its rencana aksi follows each program's profile: the
 * disbursement planned per quarter is what the program spends (the rest of the pagu in TW IV), an
 * indicator's plan keeps the program's pace, so no quarter falls below its plan by more than the band.
 */
import Decimal from "decimal.js";
import { serang2022 } from "./serang-2022";
import type { DemoIndicator, DemoQuarterlyIndicator, DemoQuarters, DemoYearInProgress } from "./types";

/** Share of the pagu spent within TW I, II and III, and how far the indicators keep pace (1 = on plan). */
const profiles: Record<string, { spend: [number, number, number]; pace: number }> = {
  "1.06.01": { spend: [0.22, 0.24, 0.25], pace: 1 },
  "1.06.02": { spend: [0.1, 0.15, 0.2], pace: 0.8 },
  "1.06.03": { spend: [0, 0.05, 0.05], pace: 0.7 },
  "1.06.04": { spend: [0.15, 0.2, 0.22], pace: 0.9 },
  "1.06.05": { spend: [0.05, 0.08, 0.1], pace: 0.75 },
  "1.06.06": { spend: [0.2, 0.25, 0.25], pace: 1 },
  "1.06.07": { spend: [0.25, 0.25, 0.25], pace: 1 },
};
const OVERSPENT = "1.06.01.2.06.0008"; // Fasilitasi Kunjungan Tamu: 45 + 40 + 35 % of its pagu
const WITHOUT_TW3 = "1.06.04.2.02.0003";

const thousands = (value: Decimal) => value.div(1000).floor().times(1000);

function subQuarters(code: string, pagu: Decimal, spend: [number, number, number]): DemoQuarters {
  const shares = code === OVERSPENT ? [0.45, 0.4, 0.35] : spend;
  const [q1, q2, q3] = shares.map((share) => thousands(pagu.times(share)).toFixed(0));
  return [q1!, q2!, code === WITHOUT_TW3 ? null : q3!, null];
}

/**
 * 25 % of the target a quarter (times the pace): cumulative through each quarter for TERAKHIR; for JUMLAH
 * the whole units added within each quarter, rounded so that the running total stays on the path.
 */
function indicatorQuarters(target: Decimal, pace: number, aggregation: "JUMLAH" | "TERAKHIR"): DemoQuarters {
  const through = (quarter: number) => target.times(0.25 * quarter * pace);
  if (aggregation === "TERAKHIR") {
    const [q1, q2, q3] = [1, 2, 3].map((q) => through(q).toDecimalPlaces(2).toString());
    return [q1!, q2!, q3!, null];
  }
  const whole = [0, 1, 2, 3].map((q) => through(q).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
  const [q1, q2, q3] = [1, 2, 3].map((q) => whole[q]!.minus(whole[q - 1]!).toString());
  return [q1!, q2!, q3!, null];
}

function yearIndicator(
  indicator: DemoIndicator,
  aggregation: "JUMLAH" | "TERAKHIR",
  pace: number,
): DemoQuarterlyIndicator {
  // Outputs had no target in 2022: what was reached then is the 2023 target.
  const target = indicator.target ?? indicator.realisasi;
  return {
    name: indicator.name,
    satuan: indicator.satuan,
    polarity: indicator.polarity,
    aggregation,
    target,
    quarters: target ? indicatorQuarters(new Decimal(target), pace, aggregation) : [null, null, null, null],
  };
}

/** TW I–III at the program's spending profile, TW IV the rest of the pagu. */
function disbursementPlan(pagu: Decimal, spend: [number, number, number]): DemoQuarters {
  const planned = spend.map((share) => thousands(pagu.times(share)));
  const rest = planned.reduce((left, amount) => left.minus(amount), pagu);
  const [q1, q2, q3] = planned.map((amount) => amount.toFixed(0));
  return [q1!, q2!, q3!, rest.toFixed(0)];
}

/** A program indicator (TERAKHIR) reaching pace × 25 % of its target a quarter, and its target in TW IV. */
function indicatorPlan(target: string | null, pace: number): DemoQuarters {
  if (target === null) return [null, null, null, null];
  const [q1, q2, q3] = indicatorQuarters(new Decimal(target), pace, "TERAKHIR");
  return [q1!, q2!, q3!, target];
}

const programs2023 = serang2022.programs.map((program) => ({ program, ...profiles[program.code]! }));

export const serang2023: DemoYearInProgress = {
  opdSlug: serang2022.opd.slug,
  year: 2023,
  bidang: serang2022.bidang,
  programs: serang2022.programs.map((program) => {
    const { spend, pace } = profiles[program.code]!;
    return {
      code: program.code,
      name: program.name,
      bidang: program.bidang,
      sasaranProgram: program.sasaranProgram,
      indicator: yearIndicator(program.indicator, "TERAKHIR", pace),
      kegiatan: program.kegiatan.map((kegiatan) => ({
        code: kegiatan.code,
        name: kegiatan.name,
        subKegiatan: kegiatan.subKegiatan.map((sub) => {
          const pagu = thousands(new Decimal(sub.pagu).times(1.05));
          return {
            code: sub.code,
            name: sub.name,
            pagu: pagu.toFixed(0),
            quarters: subQuarters(sub.code, pagu, spend),
            outputs: sub.outputs.map((output) => yearIndicator(output, "JUMLAH", pace)),
          };
        }),
      })),
    };
  }),
  iku: [
    {
      name: "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
      quarters: ["0.7", "0.8", "0.75", null],
    },
  ],
  perjanjianKinerja: serang2022.perjanjianKinerja,
  rencanaAksi: {
    subKegiatan: Object.fromEntries(
      programs2023.flatMap(({ program, spend }) =>
        program.kegiatan.flatMap((kegiatan) =>
          kegiatan.subKegiatan.map((sub) => [
            sub.code,
            disbursementPlan(thousands(new Decimal(sub.pagu).times(1.05)), spend),
          ]),
        ),
      ),
    ),
    programIndicator: Object.fromEntries(
      programs2023.map(({ program, pace }) => [
        program.code,
        indicatorPlan(program.indicator.target ?? program.indicator.realisasi, pace),
      ]),
    ),
    iku: { "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial": ["0.75", "0.75", "0.75", "0.75"] },
  },
};
