import { parseIndonesianDate } from "@/lib/parse/indonesian-date";
import { rupiahTextSchema } from "@/lib/parse/indonesian-number";
import { dayaDukungKindLabel } from "@/lib/vocabulary";
import { hasControlCharacters, optionalTextField, recordId, textField } from "./fields";
import { imageFileField } from "./image";
import { yearField } from "./year";
import { z } from "./zod";

export const dayaDukungKinds = ["STATUS", "GOLONGAN", "PENDIDIKAN", "MITRA_KERJA"] as const;
export type DayaDukungKind = (typeof dayaDukungKinds)[number];

export const DAYA_DUKUNG_MAX_ROWS = 200;
const LABEL_MAX = 120;

/** A row as the form holds it; checked with its table and number in the messages (below). */
const dayaDukungRow = z.object({
  /** The stored row the user edited; null for a row they added. */
  id: recordId.nullable(),
  kind: z.enum(dayaDukungKinds),
  label: z.string(),
  jumlah: z.string(),
});

const labelField = textField("Uraian", { max: LABEL_MAX });
const jumlahField = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "Jumlah harus bilangan bulat 0 sampai 999999")
  .transform(Number);

/**
 * The whole daya dukung of an OPD-year (every table), saved all or nothing. Rows keep their order within
 * their table. `loaded` is every row as the user opened it (id and version): if the stored rows differ,
 * someone else saved in between and the save is refused.
 */
export const saveDayaDukungInput = z.object({
  opdId: recordId,
  year: yearField(),
  rows: z
    .array(dayaDukungRow)
    .max(DAYA_DUKUNG_MAX_ROWS, `Paling banyak ${DAYA_DUKUNG_MAX_ROWS} baris`)
    .transform((rows, ctx) => {
      const numberInTable = new Map<DayaDukungKind, number>();
      const seen = new Map<string, string>();
      return rows.map((row, index) => {
        const number = (numberInTable.get(row.kind) ?? 0) + 1;
        numberInTable.set(row.kind, number);
        const where = `${dayaDukungKindLabel[row.kind]}, baris ${number}`;
        const label = labelField.safeParse(row.label);
        const jumlah = jumlahField.safeParse(row.jumlah);
        if (!label.success) {
          ctx.addIssue({
            code: "custom",
            path: [index, "label"],
            message: `${where}: ${label.error.issues[0]!.message}`,
          });
        } else {
          const key = `${row.kind}:${label.data.toLocaleLowerCase("id-ID")}`;
          const first = seen.get(key);
          if (first) {
            ctx.addIssue({
              code: "custom",
              path: [index, "label"],
              message: `${where}: uraian "${label.data}" sudah ada di ${first}`,
            });
          } else seen.set(key, `baris ${number}`);
        }
        if (!jumlah.success) {
          ctx.addIssue({
            code: "custom",
            path: [index, "jumlah"],
            message: `${where}: ${jumlah.error.issues[0]!.message}`,
          });
        }
        return {
          id: row.id,
          kind: row.kind,
          label: label.success ? label.data : "",
          jumlah: jumlah.success ? jumlah.data : 0,
        };
      });
    }),
  loaded: z.array(z.object({ id: recordId, version: z.number().int() })).max(DAYA_DUKUNG_MAX_ROWS),
});
export type SaveDayaDukungInput = z.output<typeof saveDayaDukungInput>;

/**
 * The Renstra's indicative pagu of the period covering `year`, one amount per year of the period (empty:
 * none), saved all or nothing; `version` is each year's stored version as the user opened it.
 */
export const savePaguIndikatifInput = z.object({
  opdId: recordId,
  year: yearField(),
  periodeId: recordId,
  amounts: z
    .array(
      z.object({
        year: yearField(),
        amount: z.string().max(40),
        version: z.number().int().nullable(),
      }),
    )
    .max(20)
    .transform((rows, ctx) =>
      rows.map((row, index) => {
        if (row.amount.trim() === "") return { ...row, amount: null };
        const parsed = rupiahTextSchema.safeParse(row.amount);
        if (!parsed.success) {
          ctx.addIssue({
            code: "custom",
            path: [index, "amount"],
            message: `Pagu tahun ${row.year}: ${parsed.error.issues[0]!.message}`,
          });
          return { ...row, amount: null };
        }
        return { ...row, amount: parsed.data };
      }),
    ),
});
export type SavePaguIndikatifInput = z.output<typeof savePaguIndikatifInput>;

/** "31/01/2023", as Indonesians write it (lib/parse/indonesian-date.ts); empty: not set. */
const dateField = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    const parsed = parseIndonesianDate(text, "Tanggal");
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return new Date(`${parsed.iso}T00:00:00Z`);
  });

/** Where and when the head signs the LKIP (Kata Pengantar and signature). */
export const saveSigningInput = z.object({
  laporanId: recordId,
  place: optionalTextField("Tempat penandatanganan", { max: 100 }),
  date: dateField,
  version: z.number().int(),
});
export type SaveSigningInput = z.output<typeof saveSigningInput>;

export const captionField = textField("Keterangan gambar", { max: 300 });

/** Images of an OPD-year: the struktur organisasi (one), documentation of a program or kegiatan, lampiran. */
export const opdAttachmentKinds = ["STRUKTUR_ORGANISASI", "DOKUMENTASI", "LAMPIRAN"] as const;

export const uploadAttachmentInput = z
  .object({
    opdId: recordId,
    year: yearField(),
    kind: z.enum(opdAttachmentKinds),
    /** DOKUMENTASI: the kode of the year's program or kegiatan it documents. */
    ownerCode: z
      .string()
      .trim()
      .max(60)
      .refine((text) => !hasControlCharacters(text), "Kode berisi karakter yang tidak diizinkan"),
    caption: captionField,
    file: imageFileField,
  })
  .superRefine((input, ctx) => {
    if (input.kind === "DOKUMENTASI" && input.ownerCode === "") {
      ctx.addIssue({
        code: "custom",
        path: ["ownerCode"],
        message: "Pilih program atau kegiatan yang didokumentasikan",
      });
    }
  });
export type UploadAttachmentInput = z.output<typeof uploadAttachmentInput>;

export const deleteAttachmentInput = z.object({ attachmentId: recordId });

/** The kepala daerah (Pihak Kedua of the PK) and, to detect a concurrent edit, the values the admin saw. */
export const savePemdaHeadInput = z.object({
  headName: optionalTextField("Nama kepala daerah", { max: 150 }),
  headTitle: optionalTextField("Jabatan kepala daerah", { max: 150 }),
  previous: z.object({ headName: z.string().nullable(), headTitle: z.string().nullable() }),
});

export const uploadPemdaLogoInput = z.object({ caption: captionField, file: imageFileField });
