"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { signPerjanjianKinerja } from "@/lib/server/pk/sign-perjanjian-kinerja";

export const signPerjanjianKinerjaAction = serverAction(signPerjanjianKinerja);
