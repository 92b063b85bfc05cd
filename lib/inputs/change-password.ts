import { z } from "@/lib/inputs/zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./fields";

export const changePasswordInput = z
  .object({
    /** Empty only right after a reset (the server decides whether it may be). */
    currentPassword: z.string().max(PASSWORD_MAX, "Kata sandi terlalu panjang").default(""),
    newPassword: z
      .string()
      .min(PASSWORD_MIN, `Kata sandi baru minimal ${PASSWORD_MIN} karakter`)
      .max(PASSWORD_MAX, `Kata sandi baru paling panjang ${PASSWORD_MAX} karakter`),
    confirmPassword: z.string().max(PASSWORD_MAX),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    message: "Konfirmasi kata sandi tidak sama",
    path: ["confirmPassword"],
  });
