import { z } from "@/lib/inputs/zod";

export const signInInput = z.object({
  email: z.email("Email tidak valid"),
  password: z.string().min(1, "Kata sandi wajib diisi"),
});
