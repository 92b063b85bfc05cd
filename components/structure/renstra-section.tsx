"use client";

import { Fragment, type ReactNode, useState } from "react";
import { saveRenstraItemAction } from "@/lib/actions/structure";
import { saveSasaranInput, saveTujuanInput } from "@/lib/inputs/renstra";
import type { RenstraData, RenstraSasaran, RenstraTujuan } from "@/lib/structure/renstra-data";
import type { CurrentLabels } from "../forms/action-error";
import { FormFrame, useStructureForm } from "./form-parts";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { TableFrame, TableHead } from "@/components/ui/table";

type Open =
  | { kind: "add-tujuan" }
  | { kind: "edit-tujuan"; id: string }
  | { kind: "add-sasaran"; tujuanId: string }
  | { kind: "edit-sasaran"; id: string };

/**
 * The Renstra period covering the year: its tujuan and their sasaran strategis with the number of IKU.
 * Whole-OPD planners add and edit them while the year's LKIP is open; everyone else reads.
 */
export function RenstraSection({
  opdId,
  year,
  data,
  editable,
}: {
  opdId: string;
  year: number;
  data: RenstraData;
  /** A planner of the whole OPD, while the year's LKIP is Draf or Dikembalikan. */
  editable: boolean;
}) {
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const is = (candidate: Open) => JSON.stringify(open) === JSON.stringify(candidate);
  const columns = editable ? 4 : 3;
  const sasaranCount = data.tujuan.reduce((sum, t) => sum + t.sasaran.length, 0);
  const formRow = (content: ReactNode) => (
    <tr className="border-t border-slate-200 bg-white">
      <td colSpan={columns} className="px-3 py-3">
        {content}
      </td>
    </tr>
  );
  const common = { opdId, year, onClose: close };

  return (
    <section
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
      data-testid="renstra-section"
      aria-labelledby="renstra-heading"
    >
      <div>
        <h2 id="renstra-heading" className="text-lg font-semibold">
          Renstra: tujuan dan sasaran strategis
        </h2>
        {data.periode ? (
          <p className="text-sm text-slate-600" data-testid="renstra-periode">
            Periode Renstra {data.periode.startYear}–{data.periode.endYear} · {data.tujuan.length} tujuan,{" "}
            {sasaranCount} sasaran strategis
          </p>
        ) : (
          <p className="text-sm text-slate-600" data-testid="renstra-periode">
            Belum ada Renstra perangkat daerah ini yang mencakup tahun {year}.
          </p>
        )}
      </div>

      {data.periode && (
        <>
          {editable &&
            (is({ kind: "add-tujuan" }) ? (
              <TujuanForm {...common} tujuan={null} misi={data.misi} />
            ) : (
              <Button type="button" onClick={() => setOpen({ kind: "add-tujuan" })}>
                Tambah tujuan
              </Button>
            ))}
          <TableFrame label="Renstra">
            <table className="w-full min-w-[720px] border-collapse text-sm" data-testid="renstra-tree">
              <TableHead>
                <th className="w-24">Kode</th>
                <th>Tujuan / Sasaran strategis</th>
                <th className="w-40">Misi RPJMD / IKU</th>
                {editable && <th className="text-right">Aksi</th>}
              </TableHead>
              <tbody>
                {data.tujuan.map((tujuan) => (
                  <Fragment key={tujuan.id}>
                    <tr
                      className="border-t border-slate-200 bg-emerald-50 font-semibold"
                      data-level="TUJUAN"
                      data-code={tujuan.code}
                    >
                      <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{tujuan.code}</td>
                      <td className="px-3 py-2" data-col="text">
                        {tujuan.text}
                      </td>
                      <td className="px-3 py-2 text-xs font-normal text-slate-600">
                        {tujuan.misiLabel ?? "—"}
                      </td>
                      {editable && (
                        <td className="whitespace-nowrap px-3 py-2 text-right font-normal">
                          <span className="inline-flex gap-1">
                            <Button
                              type="button"
                              variant="link"
                              aria-label={`Ubah tujuan ${tujuan.code}`}
                              onClick={() => setOpen({ kind: "edit-tujuan", id: tujuan.id })}
                            >
                              Ubah
                            </Button>
                            <Button
                              type="button"
                              variant="link"
                              aria-label={`Tambah sasaran strategis di bawah tujuan ${tujuan.code}`}
                              onClick={() => setOpen({ kind: "add-sasaran", tujuanId: tujuan.id })}
                            >
                              + Sasaran
                            </Button>
                          </span>
                        </td>
                      )}
                    </tr>
                    {is({ kind: "edit-tujuan", id: tujuan.id }) &&
                      formRow(<TujuanForm {...common} tujuan={tujuan} misi={data.misi} />)}
                    {is({ kind: "add-sasaran", tujuanId: tujuan.id }) &&
                      formRow(
                        <SasaranForm {...common} tujuanId={tujuan.id} sasaran={null} tujuan={data.tujuan} />,
                      )}
                    {tujuan.sasaran.map((sasaran) => (
                      <Fragment key={sasaran.id}>
                        <tr
                          className="border-t border-slate-200"
                          data-level="SASARAN"
                          data-code={sasaran.code}
                        >
                          <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{sasaran.code}</td>
                          <td className="px-3 py-2 pl-8" data-col="text">
                            {sasaran.text}
                          </td>
                          <td className="px-3 py-2 text-xs text-slate-600" data-col="iku">
                            {sasaran.iku} IKU
                          </td>
                          {editable && (
                            <td className="whitespace-nowrap px-3 py-2 text-right">
                              <Button
                                type="button"
                                variant="link"
                                aria-label={`Ubah sasaran strategis ${sasaran.code}`}
                                onClick={() => setOpen({ kind: "edit-sasaran", id: sasaran.id })}
                              >
                                Ubah
                              </Button>
                            </td>
                          )}
                        </tr>
                        {is({ kind: "edit-sasaran", id: sasaran.id }) &&
                          formRow(
                            <SasaranForm
                              {...common}
                              tujuanId={tujuan.id}
                              sasaran={sasaran}
                              tujuan={data.tujuan}
                            />,
                          )}
                      </Fragment>
                    ))}
                    {tujuan.sasaran.length === 0 && (
                      <tr className="border-t border-slate-200">
                        <td />
                        <td colSpan={columns - 1} className="px-3 py-2 pl-8 text-slate-500">
                          Belum ada sasaran strategis pada tujuan ini.
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
                {data.tujuan.length === 0 && (
                  <tr>
                    <td colSpan={columns} className="px-3 py-4 text-center text-slate-600">
                      Belum ada tujuan pada Renstra {data.periode.startYear}–{data.periode.endYear}.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </TableFrame>
          {editable && (
            <p className="text-sm text-slate-500">
              Perubahan tujuan dan sasaran strategis berlaku untuk seluruh periode Renstra dan tercatat di
              jejak audit. IKU ditetapkan pada halaman indikator.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The values a stale edit of a tujuan or sasaran reports. */
const renstraLabels: CurrentLabels = { code: "Kode", text: "Uraian", misi: "Misi RPJMD", tujuan: "Tujuan" };

function TujuanForm({
  opdId,
  year,
  tujuan,
  misi,
  onClose,
}: {
  opdId: string;
  year: number;
  tujuan: RenstraTujuan | null;
  misi: { id: string; label: string }[];
  onClose: () => void;
}) {
  const { form, frame } = useStructureForm({
    schema: saveTujuanInput,
    action: saveRenstraItemAction,
    onClose,
    labels: renstraLabels,
    defaultValues: {
      level: "TUJUAN",
      id: tujuan?.id ?? null,
      version: tujuan?.version ?? null,
      opdId,
      year,
      code: tujuan?.code ?? "",
      text: tujuan?.text ?? "",
      misiId: tujuan?.misiId ?? "",
    },
  });
  const errors = form.formState.errors;
  return (
    <FormFrame
      {...frame}
      title={tujuan ? `Ubah tujuan ${tujuan.code}` : "Tambah tujuan"}
      testId="tujuan-form"
    >
      <div className="grid gap-3 md:grid-cols-[8rem_1fr]">
        <Field label="Kode tujuan" error={errors.code?.message}>
          <input className={`${inputClass} font-mono`} placeholder="misalnya T1" {...form.register("code")} />
        </Field>
        <Field label="Uraian tujuan" error={errors.text?.message}>
          <textarea rows={2} className={inputClass} {...form.register("text")} />
        </Field>
      </div>
      <Field label="Misi RPJMD yang didukung" error={errors.misiId?.message}>
        <select className={inputClass} {...form.register("misiId")}>
          <option value="">— Tidak dikaitkan —</option>
          {misi.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
    </FormFrame>
  );
}

function SasaranForm({
  opdId,
  year,
  tujuanId,
  sasaran,
  tujuan,
  onClose,
}: {
  opdId: string;
  year: number;
  tujuanId: string;
  sasaran: RenstraSasaran | null;
  tujuan: RenstraTujuan[];
  onClose: () => void;
}) {
  const parent = tujuan.find((t) => t.id === tujuanId);
  const { form, frame } = useStructureForm({
    schema: saveSasaranInput,
    action: saveRenstraItemAction,
    onClose,
    labels: renstraLabels,
    defaultValues: {
      level: "SASARAN",
      id: sasaran?.id ?? null,
      version: sasaran?.version ?? null,
      opdId,
      year,
      code: sasaran?.code ?? "",
      text: sasaran?.text ?? "",
      tujuanId,
    },
  });
  const errors = form.formState.errors;
  return (
    <FormFrame
      {...frame}
      title={
        sasaran
          ? `Ubah sasaran strategis ${sasaran.code}`
          : `Tambah sasaran strategis di bawah tujuan ${parent?.code ?? ""}`
      }
      testId="sasaran-form"
    >
      <div className="grid gap-3 md:grid-cols-[8rem_1fr_16rem]">
        <Field label="Kode sasaran" error={errors.code?.message}>
          <input
            className={`${inputClass} font-mono`}
            placeholder="misalnya S1.1"
            {...form.register("code")}
          />
        </Field>
        <Field label="Uraian sasaran strategis" error={errors.text?.message}>
          <textarea rows={2} className={inputClass} {...form.register("text")} />
        </Field>
        <Field label="Tujuan" error={errors.tujuanId?.message}>
          <select className={inputClass} {...form.register("tujuanId")}>
            {tujuan.map((t) => (
              <option key={t.id} value={t.id}>
                {t.code} {t.text}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </FormFrame>
  );
}
