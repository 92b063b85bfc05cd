"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Decimal from "decimal.js";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { TableFrame, TableHead } from "@/components/ui/table";
import { savePaguIndikatifAction } from "@/lib/actions/profile";
import { formatNumber, formatRupiah } from "@/lib/format";
import { savePaguIndikatifInput } from "@/lib/inputs/profile";
import type { OpdProfileView } from "@/lib/views/opd-profile";

type Values = z.input<typeof savePaguIndikatifInput>;
type Periode = NonNullable<OpdProfileView["periode"]>;

/** "17.654.457.386" (or with its sen), as the planner types it back. */
const typed = (amount: string | null) => {
  if (amount === null) return "";
  const value = new Decimal(amount);
  return formatNumber(value, value.isInteger() ? 0 : 2);
};

/**
 * The Renstra's indicative pagu per year of the period. For the years up to the report's year whose
 * budget is loaded, the LKIP prints the APBD figure from the leaves instead; it is shown beside.
 */
export function PaguIndikatifForm({
  opdId,
  year,
  periode,
  canEdit,
}: {
  opdId: string;
  year: number;
  periode: Periode;
  canEdit: boolean;
}) {
  const form = useForm<Values, unknown, z.output<typeof savePaguIndikatifInput>>({
    resolver: zodResolver(savePaguIndikatifInput),
    defaultValues: {
      opdId,
      year,
      periodeId: periode.id,
      amounts: periode.years.map((y) => ({ year: y.year, amount: typed(y.amount), version: y.version })),
    },
  });
  const { run, pending, error, reload } = useMutationAction(savePaguIndikatifAction, { form });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors.amounts;

  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="pagu-indikatif-form">
      <TableFrame label="Pagu indikatif" plain>
        <table className="w-full max-w-3xl text-sm">
          <TableHead>
            <th>Tahun</th>
            <th>Pagu indikatif Renstra</th>
            <th className="text-right">Pagu APBD (dari data anggaran)</th>
          </TableHead>
          <tbody>
            {periode.years.map((y, index) => (
              <tr key={y.year} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">{y.year}</td>
                <td className="px-3 py-2">
                  {canEdit ? (
                    <label className="block">
                      <span className="sr-only">Pagu indikatif tahun {y.year}</span>
                      <input
                        className={`${inputClass} min-w-40 text-right`}
                        inputMode="decimal"
                        placeholder="Kosong"
                        {...form.register(`amounts.${index}.amount`)}
                      />
                      <FieldError message={errors?.[index]?.amount?.message} />
                    </label>
                  ) : (
                    <span className="tabular-nums">
                      {y.amount ? formatRupiah(new Decimal(y.amount)) : "—"}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {y.apbd ? formatRupiah(new Decimal(y.apbd)) : y.year > year ? "setelah tahun laporan" : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {canEdit && (
        <>
          <ActionError error={error} onReload={reload} />
          <Button type="submit" disabled={pending}>
            {pending ? "Menyimpan…" : "Simpan pagu indikatif"}
          </Button>
        </>
      )}
    </form>
  );
}
