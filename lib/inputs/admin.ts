import { z } from "@/lib/inputs/zod";

export const createOpdInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug hanya huruf kecil, angka dan tanda hubung, mis. dinsos-serang"),
  name: z.string().trim().min(3, "Nama perangkat daerah wajib diisi"),
  shortName: z.string().trim().optional(),
});

export const createBidangInput = z.object({
  opdId: z.string().min(1),
  name: z.string().trim().min(3, "Nama bidang wajib diisi"),
});

export const roles = ["ADMIN", "PERENCANA", "KEPALA", "INSPEKTORAT"] as const;

export const createUserInput = z
  .object({
    email: z.email("Email tidak valid").transform((email) => email.toLowerCase()),
    name: z.string().trim().min(1, "Nama wajib diisi"),
    role: z.enum(roles),
    opdId: z.string().min(1).nullable(),
    bidangIds: z.array(z.string().min(1)).default([]),
    password: z.string().min(12, "Kata sandi minimal 12 karakter"),
  })
  .refine((u) => (u.role === "PERENCANA" || u.role === "KEPALA") === (u.opdId !== null), {
    message: "Perencana dan kepala harus memiliki perangkat daerah; administrator dan inspektorat tidak",
    path: ["opdId"],
  })
  .refine((u) => u.role === "PERENCANA" || u.bidangIds.length === 0, {
    message: "Hanya perencana yang dapat dibatasi per bidang",
    path: ["bidangIds"],
  });
