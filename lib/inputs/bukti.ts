import { cleanFileName } from "@/lib/files/file-name";
import { evidenceLimits, evidenceTypes, extensionMatches, identifyEvidence } from "@/lib/files/evidence-type";
import { recordId } from "./fields";
import { decodeBase64, formatFileSize } from "./image";
import { yearField } from "./year";
import { z } from "./zod";

/** What a bukti dukung supports (the Prisma enum BuktiTarget). */
export const buktiTargets = ["REALISASI_INDIKATOR", "SUB_KEGIATAN", "CATATAN_REVIU", "KRITERIA_LKE"] as const;
export type BuktiTargetKind = (typeof buktiTargets)[number];

/** A criterion of the LKE (PermenPAN-RB 88/2021) by its code: "1", "1.a", "1.a.3". */
export const lkeCodeField = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.[a-z0-9]{1,3}){0,4}$/i, 'Kode kriteria LKE tidak dikenal; contohnya "1.a.3"');

const MAX_BASE64 = Math.ceil((evidenceLimits.fileBytes + 1024 * 1024) / 3) * 4;

/**
 * One evidence file: its name as the browser gave it (cleaned to a base name) and its bytes (base64), of
 * a type recognised from the bytes, at most 25 MB. Every refusal names the file and says why.
 */
const evidenceFile = z
  .object({
    name: z.string().max(1000),
    base64: z
      .string()
      .min(1, "Pilih berkas")
      .max(MAX_BASE64, `Berkas terlalu besar; paling besar ${formatFileSize(evidenceLimits.fileBytes)}`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Berkas tidak terbaca"),
  })
  .transform(({ name, base64 }, ctx) => {
    const fileName = cleanFileName(name);
    const refuse = (reason: string) => {
      ctx.addIssue({ code: "custom", message: `Berkas ${fileName || "tanpa nama"} ditolak: ${reason}` });
      return z.NEVER;
    };
    if (fileName === "") return refuse("namanya kosong setelah dibersihkan; beri nama berkas");
    // 4 base64 characters carry 3 bytes: the size is known before anything is decoded.
    const size =
      Math.floor((base64.length * 3) / 4) - (base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0);
    if (size > evidenceLimits.fileBytes) {
      return refuse(
        `ukurannya ${formatFileSize(size)}, paling besar ${formatFileSize(evidenceLimits.fileBytes)}`,
      );
    }
    const bytes = decodeBase64(base64);
    const identified = identifyEvidence(bytes);
    if (!identified.ok) return refuse(identified.reason);
    if (!extensionMatches(fileName, identified.type)) {
      return refuse(
        `isinya ${evidenceTypes[identified.type].label}, tidak sesuai dengan akhiran namanya; ganti akhirannya menjadi .${evidenceTypes[identified.type].extensions[0]}`,
      );
    }
    return { fileName, bytes, mimeType: evidenceTypes[identified.type].mimeType };
  });

/** An upload of one bukti dukung to one target of an OPD-year. */
export const uploadBuktiInput = z
  .object({
    opdId: recordId,
    year: yearField(),
    target: z.enum(buktiTargets, { error: "Pilih yang didukung berkas ini" }),
    /** REALISASI_INDIKATOR, SUB_KEGIATAN, CATATAN_REVIU: the record's id; otherwise empty. */
    targetId: z.union([recordId, z.literal("")]),
    /** REALISASI_INDIKATOR: the triwulan. */
    triwulan: z.number().int().min(1).max(4).nullable(),
    /** KRITERIA_LKE: the criterion's code. */
    lkeCode: z.union([lkeCodeField, z.literal("")]),
    file: evidenceFile,
  })
  .superRefine((input, ctx) => {
    const missing = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (input.target === "KRITERIA_LKE") {
      if (input.lkeCode === "") missing("lkeCode", "Isi kode kriteria LKE");
    } else if (input.targetId === "") {
      missing("targetId", "Pilih yang didukung berkas ini");
    }
    if (input.target === "REALISASI_INDIKATOR" && input.triwulan === null) {
      missing("triwulan", "Pilih triwulan realisasinya");
    }
  });
export type UploadBuktiInput = z.output<typeof uploadBuktiInput>;

export const deleteBuktiInput = z.object({ attachmentId: recordId });
