import { z } from "@/lib/inputs/zod";
import { emailField, PASSWORD_MAX } from "./fields";

export const signInInput = z.object({
  email: emailField,
  password: z.string().min(1, "Kata sandi wajib diisi").max(PASSWORD_MAX, "Kata sandi terlalu panjang"),
});
