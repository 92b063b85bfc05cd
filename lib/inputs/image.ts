import { imageSize } from "./image-size";
import { z } from "@/lib/inputs/zod";

/** Largest image an OPD or the region uploads (the LKIP embeds it as it is). */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(IMAGE_MAX_BYTES / 3) * 4;

export type ImageType = "image/png" | "image/jpeg";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** The type the bytes themselves declare (a renamed file does not count); null when neither PNG nor JPEG. */
export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  const startsWith = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (startsWith(PNG)) return "image/png";
  if (startsWith(JPEG)) return "image/jpeg";
  return null;
}

/** Whether the LKIP can print these bytes as a photo: PNG or JPEG of a readable size, at most 2 MB. */
export function isPrintableImage(bytes: Uint8Array): boolean {
  const type = imageTypeOf(bytes);
  return !!type && bytes.length <= IMAGE_MAX_BYTES && imageSize({ mimeType: type, data: bytes }) !== null;
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "2 MB", "1,4 MB", "35 KB": a file's size in messages and lists. */
export const formatFileSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("id-ID")} KB`
    : `${(bytes / (1024 * 1024)).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;

/** An uploaded image, base64 as the form sends it: PNG or JPEG by its first bytes, at most 2 MB. */
export const imageFileField = z
  .string({ error: "Pilih berkas gambar" })
  .min(1, "Pilih berkas gambar")
  .max(MAX_BASE64, `Gambar terlalu besar; paling besar ${formatFileSize(IMAGE_MAX_BYTES)}`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Berkas tidak terbaca")
  .transform((text, ctx) => {
    const bytes = decodeBase64(text);
    if (bytes.length > IMAGE_MAX_BYTES) {
      ctx.addIssue({
        code: "custom",
        message: `Gambar ${formatFileSize(bytes.length)} terlalu besar; paling besar ${formatFileSize(IMAGE_MAX_BYTES)}`,
      });
      return z.NEVER;
    }
    const mimeType = imageTypeOf(bytes);
    if (!mimeType) {
      ctx.addIssue({
        code: "custom",
        message: "Berkas bukan gambar PNG atau JPEG (isi berkas diperiksa, bukan namanya)",
      });
      return z.NEVER;
    }
    const size = imageSize({ mimeType, data: bytes });
    if (!size || size.width === 0 || size.height === 0) {
      ctx.addIssue({
        code: "custom",
        message:
          "Gambar tidak terbaca: ukurannya tidak dapat ditentukan dari isinya. Simpan ulang sebagai PNG atau JPEG.",
      });
      return z.NEVER;
    }
    return { bytes, mimeType };
  });
