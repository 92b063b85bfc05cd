"use client";

import Decimal from "decimal.js";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatFigure, formatPercent, formatRupiah, formatRupiahCompact, withSatuan } from "@/lib/format";
import type { CumulativePoint, OpdDashboard, ProgramRow, RenstraPoint } from "@/lib/views/opd-dashboard";

const percent = (value: unknown) => (typeof value === "number" ? formatPercent(new Decimal(value)) : "—");
const rupiah = (value: unknown) => (typeof value === "number" ? formatRupiah(new Decimal(value)) : "—");

/** Capaian and serapan of each program side by side (the table below gives the same figures as text). */
export function ProgramChart({ programs }: { programs: ProgramRow[] }) {
  const data = programs.map((p) => ({ name: p.code, capaian: p.capaian.value, serapan: p.serapan.value }));
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={data} margin={{ left: -16, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="name"
            tick={{ fontSize: 11 }}
            interval={0}
            angle={-30}
            textAnchor="end"
            height={50}
          />
          <YAxis tickFormatter={(v: number) => `${v}`} tick={{ fontSize: 11 }} unit=" %" width={64} />
          <Tooltip formatter={percent} />
          <Legend />
          <Bar isAnimationActive={false} dataKey="capaian" name="Capaian" fill="#047857" />
          <Bar isAnimationActive={false} dataKey="serapan" name="Serapan" fill="#94a3b8" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Cumulative realisasi per triwulan against the rencana aksi (or, without one, the straight line). */
export function CumulativeChart({
  points,
  planSource,
}: {
  points: CumulativePoint[];
  planSource: OpdDashboard["planSource"];
}) {
  return (
    <div className="h-72 w-full" aria-hidden="true" data-testid="cumulative-chart">
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={points} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="quarter" tick={{ fontSize: 12 }} />
          <YAxis
            tickFormatter={(v: number) => formatRupiahCompact(new Decimal(v))}
            tick={{ fontSize: 11 }}
            width={80}
          />
          <Tooltip formatter={rupiah} />
          <Legend />
          <Line
            isAnimationActive={false}
            type="linear"
            dataKey="rencana"
            name={planSource === "RENCANA_AKSI" ? "Rencana (rencana aksi)" : "Rencana (garis lurus pagu)"}
            stroke="#94a3b8"
            strokeDasharray="6 4"
            dot={false}
          />
          <Line
            isAnimationActive={false}
            type="linear"
            dataKey="realisasi"
            name="Realisasi kumulatif"
            stroke="#047857"
            strokeWidth={3}
            connectNulls={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** An IKU across the Renstra period: target against realisasi so far. */
export function RenstraChart({ points, satuan }: { points: RenstraPoint[]; satuan: string }) {
  const figure = (value: unknown) =>
    typeof value === "number" ? withSatuan(formatFigure(new Decimal(value)), satuan) : "—";
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={points} margin={{ left: -16, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 11 }} width={56} />
          <Tooltip formatter={figure} />
          <Legend />
          <Bar isAnimationActive={false} dataKey="target" name="Target" fill="#94a3b8" />
          <Bar isAnimationActive={false} dataKey="realisasi" name="Realisasi" fill="#047857" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
