"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Decimal from "decimal.js";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveRealisasiAnggaranAction } from "@/lib/actions/laporan";
import { formatRupiah } from "@/lib/format";
import { saveRealisasiAnggaranInput } from "@/lib/inputs/realisasi-anggaran";
import { reportPeriodLabel } from "@/lib/vocabulary";
import { ActionError, type CurrentLabels } from "./action-error";
import { useMutationAction } from "./use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

type Values = z.input<typeof saveRealisasiAnggaranInput>;
type Period = Values["period"];

const currentLabels: CurrentLabels = {
  amount: { label: "Realisasi tersimpan", show: (value) => formatRupiah(new Decimal(value)) },
};

/**
 * Edits one period's realisasi of a sub kegiatan, or fills a new period (then `periods` lists the ones
 * that may be filled); it follows the page's values, so after a save it holds the stored amount and
 * version. Amounts are typed the Indonesian way: 1.234.567,50 or Rp 1.234.567.
 */
export function RealisasiForm({
  subKegiatanId,
  periods,
  amount,
  version,
}: {
  subKegiatanId: string;
  periods: Period[];
  amount: string;
  version: number | null;
}) {
  const form = useForm<Values, unknown, z.output<typeof saveRealisasiAnggaranInput>>({
    resolver: zodResolver(saveRealisasiAnggaranInput),
    values: { subKegiatanId, period: periods[0]!, amount, version },
  });
  const { run, pending, error, reload } = useMutationAction(saveRealisasiAnggaranAction, { form });
  // Validated here for instant feedback; the server parses the same text again with the same schema.
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const label = version === null ? "Isi realisasi" : `Realisasi ${reportPeriodLabel[periods[0]!]}`;
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-start gap-3"
      data-testid={`realisasi-form-${version === null ? "baru" : periods[0]}`}
    >
      {version === null ? (
        <label className="block">
          <span className="text-sm font-medium">Periode</span>
          <select className={inputClass} {...form.register("period")}>
            {periods.map((period) => (
              <option key={period} value={period}>
                {reportPeriodLabel[period]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="block min-w-64">
        <span className="text-sm font-medium">{label} (Rp)</span>
        <input
          className={`${inputClass} text-right tabular-nums`}
          inputMode="decimal"
          {...form.register("amount")}
        />
        <FieldError message={form.formState.errors.amount?.message} />
      </label>
      <Button type="submit" className="mt-5" disabled={pending}>
        Simpan
      </Button>
      <ActionError error={error} labels={currentLabels} onReload={reload} />
    </form>
  );
}
