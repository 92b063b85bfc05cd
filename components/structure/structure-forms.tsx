"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import {
  saveKegiatanAction,
  saveProgramAction,
  saveRekeningAction,
  saveSubKegiatanAction,
} from "@/lib/actions/structure";
import {
  saveKegiatanInput,
  saveProgramInput,
  saveRekeningInput,
  saveSubKegiatanInput,
} from "@/lib/inputs/structure";
import { checkKodeUnderParent, kodeFormat, type KodeLevel } from "@/lib/structure/kode";
import type {
  StructureKegiatan,
  StructureProgram,
  StructureRekening,
  StructureSubKegiatan,
} from "@/lib/server/structure/load-structure";
import { inputClass } from "../forms/field-error";
import { Field, FormFrame, ServerError, useStructureSubmit } from "./form-parts";

export type BidangOption = { id: string; name: string; inScope: boolean };

/** Bidang the planner may assign: their own (or all, for a whole-OPD planner, who may also leave it empty). */
function BidangSelect({
  bidang,
  allowNone,
  register,
}: {
  bidang: BidangOption[];
  allowNone: boolean;
  register: UseFormRegisterReturn;
}) {
  return (
    <select className={inputClass} {...register}>
      {allowNone && <option value="">— Tanpa bidang —</option>}
      {bidang
        .filter((b) => b.inScope)
        .map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
    </select>
  );
}

const kodeHint = (level: KodeLevel) =>
  `Format ${kodeFormat[level].shape}, misalnya ${kodeFormat[level].example}`;

/** The parent's prefix checked in the browser too, with the same rule the server applies. */
function checkParent(level: KodeLevel, code: string, parentCode: string): string | null {
  return checkKodeUnderParent(level, code.replace(/\s+/g, ""), parentCode);
}

/** The first row of every budget item form: kode (checked against the national format), name and bidang. */
function KodeNamaBidang({
  gridClass,
  level,
  noun,
  fields,
  errors,
  bidang,
  allowNoBidang,
}: {
  gridClass: string;
  level: KodeLevel;
  noun: string;
  fields: Record<"code" | "name" | "bidangId", UseFormRegisterReturn>;
  errors: Partial<Record<"code" | "name" | "bidangId", { message?: string }>>;
  bidang: BidangOption[];
  allowNoBidang: boolean;
}) {
  return (
    <div className={gridClass}>
      <Field label={`Kode ${noun}`} error={errors.code?.message}>
        <input className={`${inputClass} font-mono`} placeholder={kodeHint(level)} {...fields.code} />
      </Field>
      <Field label={`Nama ${noun}`} error={errors.name?.message}>
        <input className={inputClass} {...fields.name} />
      </Field>
      <Field label="Bidang" error={errors.bidangId?.message}>
        <BidangSelect bidang={bidang} allowNone={allowNoBidang} register={fields.bidangId} />
      </Field>
    </div>
  );
}

type ProgramValues = z.input<typeof saveProgramInput>;

export function ProgramForm({
  opdId,
  year,
  program,
  bidang,
  allowNoBidang,
  sasaran,
  onClose,
}: {
  opdId: string;
  year: number;
  program: StructureProgram | null;
  bidang: BidangOption[];
  allowNoBidang: boolean;
  sasaran: { id: string; label: string }[];
  onClose: () => void;
}) {
  const form = useForm<ProgramValues, unknown, z.output<typeof saveProgramInput>>({
    resolver: zodResolver(saveProgramInput),
    defaultValues: {
      id: program?.id ?? null,
      version: program?.version ?? null,
      opdId,
      year,
      code: program?.code ?? "",
      name: program?.name ?? "",
      bidangId: program?.bidangId ?? (allowNoBidang ? "" : (bidang.find((b) => b.inScope)?.id ?? "")),
      sasaranProgram: program?.sasaranProgram ?? "",
      sasaranId: program?.sasaranId ?? "",
    },
  });
  const { error, submit, reload } = useStructureSubmit(form, saveProgramAction, onClose);
  const errors = form.formState.errors;
  return (
    <FormFrame
      title={program ? `Ubah program ${program.code}` : "Tambah program"}
      testId="program-form"
      onSubmit={form.handleSubmit(submit)}
      onClose={onClose}
      busy={form.formState.isSubmitting}
    >
      <KodeNamaBidang
        gridClass="grid gap-3 md:grid-cols-[12rem_1fr_16rem]"
        level="PROGRAM"
        noun="program"
        fields={{
          code: form.register("code"),
          name: form.register("name"),
          bidangId: form.register("bidangId"),
        }}
        errors={errors}
        bidang={bidang}
        allowNoBidang={allowNoBidang}
      />
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Sasaran program" error={errors.sasaranProgram?.message}>
          <textarea rows={2} className={inputClass} {...form.register("sasaranProgram")} />
        </Field>
        <Field label="Sasaran strategis Renstra" error={errors.sasaranId?.message}>
          <select className={inputClass} {...form.register("sasaranId")}>
            <option value="">— Tidak dikaitkan —</option>
            {sasaran.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ServerError
        error={error}
        onReload={() => {
          reload();
          onClose();
        }}
      />
    </FormFrame>
  );
}

type KegiatanValues = z.input<typeof saveKegiatanInput>;

export function KegiatanForm({
  program,
  kegiatan,
  bidang,
  allowNoBidang,
  onClose,
}: {
  program: Pick<StructureProgram, "id" | "code" | "bidangId">;
  kegiatan: StructureKegiatan | null;
  bidang: BidangOption[];
  allowNoBidang: boolean;
  onClose: () => void;
}) {
  const form = useForm<KegiatanValues, unknown, z.output<typeof saveKegiatanInput>>({
    resolver: zodResolver(saveKegiatanInput),
    defaultValues: {
      id: kegiatan?.id ?? null,
      version: kegiatan?.version ?? null,
      programId: program.id,
      code: kegiatan?.code ?? `${program.code}.`,
      name: kegiatan?.name ?? "",
      bidangId: (kegiatan ? kegiatan.bidangId : program.bidangId) ?? "",
    },
  });
  const { error, submit, reload } = useStructureSubmit(form, saveKegiatanAction, onClose);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const parent = checkParent("KEGIATAN", values.code, program.code);
    if (parent) return form.setError("code", { message: parent });
    await submit();
  });
  return (
    <FormFrame
      title={kegiatan ? `Ubah kegiatan ${kegiatan.code}` : `Tambah kegiatan di bawah program ${program.code}`}
      testId="kegiatan-form"
      onSubmit={onSubmit}
      onClose={onClose}
      busy={form.formState.isSubmitting}
    >
      <KodeNamaBidang
        gridClass="grid gap-3 md:grid-cols-[14rem_1fr_16rem]"
        level="KEGIATAN"
        noun="kegiatan"
        fields={{
          code: form.register("code"),
          name: form.register("name"),
          bidangId: form.register("bidangId"),
        }}
        errors={errors}
        bidang={bidang}
        allowNoBidang={allowNoBidang}
      />
      <ServerError
        error={error}
        onReload={() => {
          reload();
          onClose();
        }}
      />
    </FormFrame>
  );
}

type SubKegiatanValues = z.input<typeof saveSubKegiatanInput>;

export function SubKegiatanForm({
  kegiatan,
  sub,
  bidang,
  allowNoBidang,
  onClose,
}: {
  kegiatan: Pick<StructureKegiatan, "id" | "code" | "bidangId">;
  sub: StructureSubKegiatan | null;
  bidang: BidangOption[];
  allowNoBidang: boolean;
  onClose: () => void;
}) {
  const form = useForm<SubKegiatanValues, unknown, z.output<typeof saveSubKegiatanInput>>({
    resolver: zodResolver(saveSubKegiatanInput),
    defaultValues: {
      id: sub?.id ?? null,
      version: sub?.version ?? null,
      kegiatanId: kegiatan.id,
      code: sub?.code ?? `${kegiatan.code}.`,
      name: sub?.name ?? "",
      bidangId: (sub ? sub.bidangId : kegiatan.bidangId) ?? "",
      paguAwal: sub?.paguAwal?.input ?? "",
      paguPerubahan: sub?.paguPerubahan?.input ?? "",
    },
  });
  const { error, submit, reload } = useStructureSubmit(form, saveSubKegiatanAction, onClose);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const parent = checkParent("SUB_KEGIATAN", values.code, kegiatan.code);
    if (parent) return form.setError("code", { message: parent });
    await submit();
  });
  const withRekening = (sub?.rekening.length ?? 0) > 0;
  return (
    <FormFrame
      title={sub ? `Ubah sub kegiatan ${sub.code}` : `Tambah sub kegiatan di bawah kegiatan ${kegiatan.code}`}
      testId="sub-kegiatan-form"
      onSubmit={onSubmit}
      onClose={onClose}
      busy={form.formState.isSubmitting}
    >
      <KodeNamaBidang
        gridClass="grid gap-3 md:grid-cols-[16rem_1fr_16rem]"
        level="SUB_KEGIATAN"
        noun="sub kegiatan"
        fields={{
          code: form.register("code"),
          name: form.register("name"),
          bidangId: form.register("bidangId"),
        }}
        errors={errors}
        bidang={bidang}
        allowNoBidang={allowNoBidang}
      />
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Pagu awal (Rp)" error={errors.paguAwal?.message}>
          <input
            className={`${inputClass} text-right tabular-nums`}
            inputMode="decimal"
            placeholder="misalnya 125.000.000"
            {...form.register("paguAwal")}
          />
        </Field>
        <Field label="Pagu perubahan (Rp)" error={errors.paguPerubahan?.message}>
          <input
            className={`${inputClass} text-right tabular-nums`}
            inputMode="decimal"
            placeholder="kosongkan bila tidak ada perubahan"
            {...form.register("paguPerubahan")}
          />
        </Field>
      </div>
      {withRekening && (
        <p className="text-xs text-slate-600">
          Sub kegiatan ini dirinci per rekening: pagu yang dihitung adalah jumlah pagu rekeningnya.
        </p>
      )}
      <ServerError
        error={error}
        onReload={() => {
          reload();
          onClose();
        }}
      />
    </FormFrame>
  );
}

type RekeningValues = z.input<typeof saveRekeningInput>;

export function RekeningForm({
  sub,
  rekening,
  onClose,
}: {
  sub: Pick<StructureSubKegiatan, "id" | "code">;
  rekening: StructureRekening | null;
  onClose: () => void;
}) {
  const form = useForm<RekeningValues, unknown, z.output<typeof saveRekeningInput>>({
    resolver: zodResolver(saveRekeningInput),
    defaultValues: {
      id: rekening?.id ?? null,
      version: rekening?.version ?? null,
      subKegiatanId: sub.id,
      code: rekening?.code ?? "5.",
      name: rekening?.name ?? "",
      paguAwal: rekening?.paguAwal?.input ?? "",
      paguPerubahan: rekening?.paguPerubahan?.input ?? "",
    },
  });
  const { error, submit, reload } = useStructureSubmit(form, saveRekeningAction, onClose);
  const errors = form.formState.errors;
  return (
    <FormFrame
      title={
        rekening ? `Ubah rekening ${rekening.code}` : `Tambah rekening belanja pada sub kegiatan ${sub.code}`
      }
      testId="rekening-form"
      onSubmit={form.handleSubmit(submit)}
      onClose={onClose}
      busy={form.formState.isSubmitting}
    >
      <div className="grid gap-3 md:grid-cols-[16rem_1fr]">
        <Field label="Kode rekening" error={errors.code?.message}>
          <input
            className={`${inputClass} font-mono`}
            placeholder={kodeHint("REKENING")}
            {...form.register("code")}
          />
        </Field>
        <Field label="Uraian rekening" error={errors.name?.message}>
          <input className={inputClass} {...form.register("name")} />
        </Field>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Pagu awal (Rp)" error={errors.paguAwal?.message}>
          <input
            className={`${inputClass} text-right tabular-nums`}
            inputMode="decimal"
            {...form.register("paguAwal")}
          />
        </Field>
        <Field label="Pagu perubahan (Rp)" error={errors.paguPerubahan?.message}>
          <input
            className={`${inputClass} text-right tabular-nums`}
            inputMode="decimal"
            placeholder="kosongkan bila tidak ada perubahan"
            {...form.register("paguPerubahan")}
          />
        </Field>
      </div>
      <ServerError
        error={error}
        onReload={() => {
          reload();
          onClose();
        }}
      />
    </FormFrame>
  );
}
