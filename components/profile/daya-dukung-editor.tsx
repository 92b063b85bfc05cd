"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { TableHead } from "@/components/ui/table";
import { saveDayaDukungAction } from "@/lib/actions/profile";
import { type DayaDukungKind, dayaDukungKinds, saveDayaDukungInput } from "@/lib/inputs/profile";
import type { OpdProfileView } from "@/lib/views/opd-profile";
import { dayaDukungKindLabel } from "@/lib/vocabulary";

type Values = z.input<typeof saveDayaDukungInput>;
type Row = OpdProfileView["dayaDukung"][number];

const toValues = (opdId: string, year: number, rows: Row[]): Values => ({
  opdId,
  year,
  rows: rows.map(({ id, kind, label, jumlah }) => ({ id, kind, label, jumlah: String(jumlah) })),
  loaded: rows.map(({ id, version }) => ({ id, version })),
});

/** The daya dukung tables as the LKIP prints them: label and jumlah, with the total. */
function DayaDukungTables({ rows }: { rows: Row[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {dayaDukungKinds.map((kind) => {
        const own = rows.filter((row) => row.kind === kind);
        const total = own.reduce((sum, row) => sum + row.jumlah, 0);
        return (
          <div
            key={kind}
            className="rounded-md border border-slate-200 bg-white p-3"
            data-testid={`daya-dukung-${kind}`}
          >
            <h3 className="mb-2 font-medium">{dayaDukungKindLabel[kind]}</h3>
            {own.length === 0 ? (
              <p className="text-sm text-slate-500">Belum diisi.</p>
            ) : (
              <table className="w-full text-sm">
                <TableHead plain>
                  <th>Uraian</th>
                  <th className="text-right">Jumlah</th>
                </TableHead>
                <tbody>
                  {own.map((row) => (
                    <tr key={row.id} className="border-t border-slate-100">
                      <td className="py-1">{row.label}</td>
                      <td className="py-1 text-right tabular-nums">{row.jumlah.toLocaleString("id-ID")}</td>
                    </tr>
                  ))}
                  <tr className="border-t border-slate-300 font-medium">
                    <td className="py-1">Jumlah</td>
                    <td className="py-1 text-right tabular-nums">{total.toLocaleString("id-ID")}</td>
                  </tr>
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The SDM (by status, golongan, pendidikan) and mitra kerja tables of the OPD-year: rows added, removed
 * and moved within their table, all saved at once (or none, with the row and field named).
 */
export function DayaDukungEditor({
  opdId,
  year,
  rows,
  canEdit,
}: {
  opdId: string;
  year: number;
  rows: Row[];
  canEdit: boolean;
}) {
  const form = useForm<Values, unknown, z.output<typeof saveDayaDukungInput>>({
    resolver: zodResolver(saveDayaDukungInput),
    defaultValues: toValues(opdId, year, rows),
  });
  const { fields, append, remove, swap } = useFieldArray({ control: form.control, name: "rows" });
  const { run, pending, error, reload } = useMutationAction(saveDayaDukungAction, { form });
  const onSubmit = form.handleSubmit(() => run(form.getValues()));
  const errors = form.formState.errors.rows;
  const isDirty = form.formState.isDirty;

  if (!canEdit) return <DayaDukungTables rows={rows} />;

  /** Moves a row above or below its neighbour in the same table. */
  const move = (index: number, kind: DayaDukungKind, step: -1 | 1) => {
    const same = fields.map((field, i) => ({ field, i })).filter(({ field }) => field.kind === kind);
    const at = same.findIndex(({ i }) => i === index);
    const other = same[at + step];
    if (other) swap(index, other.i);
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="daya-dukung-form">
      <div className="grid gap-4 lg:grid-cols-2">
        {dayaDukungKinds.map((kind) => {
          const own = fields
            .map((field, index) => ({ field, index }))
            .filter(({ field }) => field.kind === kind);
          return (
            <fieldset
              key={kind}
              className="rounded-md border border-slate-200 bg-white p-3"
              data-testid={`daya-dukung-${kind}`}
            >
              <legend className="px-1 font-medium">{dayaDukungKindLabel[kind]}</legend>
              {own.length === 0 && <p className="text-sm text-slate-500">Belum ada baris.</p>}
              <ol className="space-y-2">
                {own.map(({ field, index }, position) => (
                  <li key={field.id} className="space-y-1" data-testid="daya-dukung-row">
                    <div className="flex flex-wrap items-center gap-2">
                      <label className="min-w-0 flex-1">
                        <span className="sr-only">
                          Uraian baris {position + 1} {dayaDukungKindLabel[kind]}
                        </span>
                        <input
                          className={inputClass}
                          placeholder="Uraian, mis. PNS"
                          {...form.register(`rows.${index}.label`)}
                        />
                      </label>
                      <label className="w-24">
                        <span className="sr-only">
                          Jumlah baris {position + 1} {dayaDukungKindLabel[kind]}
                        </span>
                        <input
                          className={`${inputClass} text-right`}
                          inputMode="numeric"
                          placeholder="0"
                          {...form.register(`rows.${index}.jumlah`)}
                        />
                      </label>
                      <span className="flex gap-1">
                        <Button
                          type="button"
                          variant="link"
                          disabled={position === 0}
                          onClick={() => move(index, kind, -1)}
                          aria-label={`Naikkan baris ${position + 1}`}
                        >
                          ↑
                        </Button>
                        <Button
                          type="button"
                          variant="link"
                          disabled={position === own.length - 1}
                          onClick={() => move(index, kind, 1)}
                          aria-label={`Turunkan baris ${position + 1}`}
                        >
                          ↓
                        </Button>
                        <Button type="button" variant="link" onClick={() => remove(index)}>
                          Hapus
                        </Button>
                      </span>
                    </div>
                    <FieldError message={errors?.[index]?.label?.message} />
                    <FieldError message={errors?.[index]?.jumlah?.message} />
                  </li>
                ))}
              </ol>
              <Button
                type="button"
                variant="link"
                className="mt-2"
                onClick={() => append({ id: null, kind, label: "", jumlah: "" })}
              >
                + Tambah baris
              </Button>
            </fieldset>
          );
        })}
      </div>
      <ActionError error={error} onReload={reload} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan daya dukung"}
        </Button>
        {isDirty && <span className="text-sm text-amber-800">Ada perubahan yang belum disimpan.</span>}
      </div>
    </form>
  );
}
