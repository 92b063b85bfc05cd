"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
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
import { checkKodeUnderParent, kodeFormat } from "@/lib/structure/kode";
import { levelName, type StructureLevel } from "@/lib/vocabulary";
import type {
  StructureKegiatan,
  StructureProgram,
  StructureRekening,
  StructureSubKegiatan,
} from "@/lib/structure/structure-data";
import { FormFrame, useStructureForm } from "./form-parts";
import { Field, inputClass } from "@/components/ui/field";

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

const kodeHint = (level: StructureLevel) =>
  `Format ${kodeFormat[level].shape}, misalnya ${kodeFormat[level].example}`;

/** The parent's prefix checked in the browser too, with the same rule the server applies. */
const underParent = (level: StructureLevel, parentCode: string) => (code: string) =>
  checkKodeUnderParent(level, code.replace(/\s+/g, ""), parentCode);

/** The first row of every budget item form: kode (checked against the national format), name and bidang. */
function KodeNamaBidang({
  gridClass,
  level,
  fields,
  errors,
  bidang,
  allowNoBidang,
}: {
  gridClass: string;
  level: StructureLevel;
  fields: Record<"code" | "name" | "bidangId", UseFormRegisterReturn>;
  errors: Partial<Record<"code" | "name" | "bidangId", { message?: string }>>;
  bidang: BidangOption[];
  allowNoBidang: boolean;
}) {
  return (
    <div className={gridClass}>
      <Field label={`Kode ${levelName(level)}`} error={errors.code?.message}>
        <input className={`${inputClass} font-mono`} placeholder={kodeHint(level)} {...fields.code} />
      </Field>
      <Field label={`Nama ${levelName(level)}`} error={errors.name?.message}>
        <input className={inputClass} {...fields.name} />
      </Field>
      <Field label="Bidang" error={errors.bidangId?.message}>
        <BidangSelect bidang={bidang} allowNone={allowNoBidang} register={fields.bidangId} />
      </Field>
    </div>
  );
}

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
  const { form, frame } = useStructureForm({
    schema: saveProgramInput,
    action: saveProgramAction,
    onClose,
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
  const errors = form.formState.errors;
  return (
    <FormFrame
      {...frame}
      title={program ? `Ubah program ${program.code}` : "Tambah program"}
      testId="program-form"
    >
      <KodeNamaBidang
        gridClass="grid gap-3 md:grid-cols-[12rem_1fr_16rem]"
        level="PROGRAM"
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
    </FormFrame>
  );
}

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
  const { form, frame } = useStructureForm({
    schema: saveKegiatanInput,
    action: saveKegiatanAction,
    onClose,
    checkCode: underParent("KEGIATAN", program.code),
    defaultValues: {
      id: kegiatan?.id ?? null,
      version: kegiatan?.version ?? null,
      programId: program.id,
      code: kegiatan?.code ?? `${program.code}.`,
      name: kegiatan?.name ?? "",
      bidangId: (kegiatan ? kegiatan.bidangId : program.bidangId) ?? "",
    },
  });
  const errors = form.formState.errors;
  return (
    <FormFrame
      {...frame}
      title={kegiatan ? `Ubah kegiatan ${kegiatan.code}` : `Tambah kegiatan di bawah program ${program.code}`}
      testId="kegiatan-form"
    >
      <KodeNamaBidang
        gridClass="grid gap-3 md:grid-cols-[14rem_1fr_16rem]"
        level="KEGIATAN"
        fields={{
          code: form.register("code"),
          name: form.register("name"),
          bidangId: form.register("bidangId"),
        }}
        errors={errors}
        bidang={bidang}
        allowNoBidang={allowNoBidang}
      />
    </FormFrame>
  );
}

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
  const { form, frame } = useStructureForm({
    schema: saveSubKegiatanInput,
    action: saveSubKegiatanAction,
    onClose,
    checkCode: underParent("SUB_KEGIATAN", kegiatan.code),
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
  const errors = form.formState.errors;
  const withRekening = (sub?.rekening.length ?? 0) > 0;
  return (
    <FormFrame
      {...frame}
      title={sub ? `Ubah sub kegiatan ${sub.code}` : `Tambah sub kegiatan di bawah kegiatan ${kegiatan.code}`}
      testId="sub-kegiatan-form"
    >
      <KodeNamaBidang
        gridClass="grid gap-3 md:grid-cols-[16rem_1fr_16rem]"
        level="SUB_KEGIATAN"
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
    </FormFrame>
  );
}

export function RekeningForm({
  sub,
  rekening,
  onClose,
}: {
  sub: Pick<StructureSubKegiatan, "id" | "code">;
  rekening: StructureRekening | null;
  onClose: () => void;
}) {
  const { form, frame } = useStructureForm({
    schema: saveRekeningInput,
    action: saveRekeningAction,
    onClose,
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
  const errors = form.formState.errors;
  return (
    <FormFrame
      {...frame}
      title={
        rekening ? `Ubah rekening ${rekening.code}` : `Tambah rekening belanja pada sub kegiatan ${sub.code}`
      }
      testId="rekening-form"
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
    </FormFrame>
  );
}
