import { z } from "@/lib/inputs/zod";
import { emailField, optionalTextField, PASSWORD_MAX, PASSWORD_MIN, recordId, textField } from "./fields";

export const createOpdInput = z.object({
  slug: z
    .string()
    .trim()
    .max(60, "Slug paling panjang 60 karakter")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug hanya huruf kecil, angka dan tanda hubung, mis. dinsos-serang"),
  name: textField("Nama perangkat daerah", { min: 3, max: 200 }),
  shortName: optionalTextField("Singkatan", { max: 50 }),
});

export const createBidangInput = z.object({
  opdId: recordId,
  name: textField("Nama bidang", { min: 3, max: 200 }),
});

export const roles = ["ADMIN", "PERENCANA", "KEPALA", "INSPEKTORAT"] as const;

export const createUserInput = z
  .object({
    email: emailField,
    name: textField("Nama", { max: 200 }),
    role: z.enum(roles),
    opdId: recordId.nullable(),
    bidangIds: z.array(recordId).max(50).default([]),
    password: z
      .string()
      .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter`)
      .max(PASSWORD_MAX, `Kata sandi paling panjang ${PASSWORD_MAX} karakter`),
  })
  .refine((u) => (u.role === "PERENCANA" || u.role === "KEPALA") === (u.opdId !== null), {
    message: "Perencana dan kepala harus memiliki perangkat daerah; administrator dan inspektorat tidak",
    path: ["opdId"],
  })
  .refine((u) => u.role === "PERENCANA" || u.bidangIds.length === 0, {
    message: "Hanya perencana yang dapat dibatasi per bidang",
    path: ["bidangIds"],
  });
