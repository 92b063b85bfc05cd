import { parseIndonesianDate } from "@/lib/parse/indonesian-date";
import { textField, recordId } from "./fields";
import { figureField } from "./indikator";
import { yearField } from "./year";
import { z } from "./zod";

export const targetRevisionKinds = ["RENSTRA", "PK"] as const;

/** "31/01/2023", as Indonesians write it; required, named by `label` in its messages. */
const requiredDate = (label: string) =>
  z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .transform((text, ctx) => {
      const parsed = parseIndonesianDate(text, label);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: text === "" ? `${label} wajib diisi` : parsed.message });
        return z.NEVER;
      }
      return new Date(`${parsed.iso}T00:00:00Z`);
    });

/**
 * One indicator-year's new target; RENTANG: both bounds (checked on the server against its polarity). A
 * row left empty keeps the indicator's target: the form lists every indicator, the document changes some.
 */
const revisedTargetInput = z
  .object({
    indikatorId: recordId,
    year: yearField(),
    target: figureField,
    targetUpper: figureField,
    /** The version of the indicator-year's targets the user saw; null when it had none. */
    version: z.number().int().nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.target === null && value.targetUpper !== null) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "Isi juga batas bawah target baru" });
    }
    if (value.target && value.targetUpper && value.targetUpper.lessThan(value.target)) {
      ctx.addIssue({
        code: "custom",
        path: ["targetUpper"],
        message: "Batas atas tidak boleh lebih kecil dari target (batas bawah)",
      });
    }
  });

/**
 * A Renstra revision or a PK perubahan of an OPD: the document and the targets it changes from
 * `berlakuMulai` on. The form on the PK page (PK) and on the indicator page (RENSTRA) and the server share it.
 */
export const recordTargetRevisionInput = z
  .object({
    opdId: recordId,
    kind: z.enum(targetRevisionKinds, { error: "Pilih jenis dokumen" }),
    nomor: textField("Nomor dokumen", { max: 100 }),
    tanggal: requiredDate("Tanggal dokumen"),
    alasan: textField("Alasan perubahan", { max: 2000 }),
    berlakuMulai: requiredDate("Berlaku mulai"),
    targets: z.array(revisedTargetInput).max(500, "Paling banyak 500 target dalam satu dokumen"),
  })
  .superRefine((input, ctx) => {
    if (!input.targets.some((t) => t.target !== null)) {
      ctx.addIssue({ code: "custom", path: ["targets"], message: "Isi paling sedikit satu target baru" });
    }
    if (input.berlakuMulai.getTime() < input.tanggal.getTime()) {
      ctx.addIssue({
        code: "custom",
        path: ["berlakuMulai"],
        message: "Tanggal berlaku tidak boleh sebelum tanggal dokumen",
      });
    }
    const seen = new Set<string>();
    input.targets.forEach((t, i) => {
      if (t.target === null) return;
      const key = `${t.indikatorId}:${t.year}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "indikatorId"],
          message: `Indikator yang sama tercantum dua kali untuk tahun ${t.year}`,
        });
      }
      seen.add(key);
    });
  });

export type RecordTargetRevisionInput = z.output<typeof recordTargetRevisionInput>;
