import { formatNumber } from "@/lib/format";
import type { LkeResult } from "@/lib/lke/score";
import { TableFrame, TableHead } from "@/components/ui/table";

const figure = (value: LkeResult["total"]) => formatNumber(value, 2);

/** The LKE's scores per component and sub component, the total and its predikat (self and evaluator). */
export function LkeScoreTable({ result }: { result: LkeResult }) {
  const cell = "px-3 py-1.5 text-right tabular-nums";
  return (
    <section className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2" data-testid="lke-totals">
        <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-4">
          <p className="text-sm text-slate-600">Nilai evaluator</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="lke-total">
            {figure(result.total)}
          </p>
          <p className="text-sm">
            Predikat <strong data-testid="lke-predikat">{result.predikat}</strong>
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-600">Penilaian mandiri OPD</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="lke-self-total">
            {figure(result.selfTotal)}
          </p>
          <p className="text-sm">
            Predikat <strong data-testid="lke-self-predikat">{result.selfPredikat}</strong>
          </p>
        </div>
      </div>
      <TableFrame label="Nilai per komponen">
        <table className="w-full min-w-[560px] text-sm" data-testid="lke-score-table">
          <TableHead>
            <th>Komponen</th>
            <th className="text-right">Bobot</th>
            <th className="text-right">Mandiri</th>
            <th className="text-right">Evaluator</th>
          </TableHead>
          <tbody>
            {result.komponen.map((k) => [
              <tr key={k.number} className="border-t border-slate-200 font-semibold">
                <td className="px-3 py-1.5">
                  {k.number}. {k.name}
                </td>
                <td className={cell}>{figure(k.weight)}</td>
                <td className={cell}>{figure(k.selfScore)}</td>
                <td className={cell}>{figure(k.score)}</td>
              </tr>,
              ...k.subs.map((sub) => (
                <tr key={`${k.number}.${sub.key}`} className="border-t border-slate-100 text-slate-700">
                  <td className="px-3 py-1.5 pl-8">
                    {k.number}.{sub.key} {sub.name}
                  </td>
                  <td className={cell}>{figure(sub.weight)}</td>
                  <td className={cell}>{figure(sub.selfScore)}</td>
                  <td className={cell}>{figure(sub.score)}</td>
                </tr>
              )),
            ])}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <td className="px-3 py-1.5">Nilai akhir</td>
              <td className={cell}>{figure(result.weight)}</td>
              <td className={cell}>{figure(result.selfTotal)}</td>
              <td className={cell}>{figure(result.total)}</td>
            </tr>
          </tfoot>
        </table>
      </TableFrame>
    </section>
  );
}
