"use server";

import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { signPerjanjianKinerja } from "@/lib/server/pk/sign-perjanjian-kinerja";

export async function signPerjanjianKinerjaAction(input: unknown) {
  return runAsCurrentUser(signPerjanjianKinerja, input);
}
