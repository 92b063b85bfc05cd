"use server";

import { serverAction } from "@/lib/server/mutations/server-action";
import { signPerjanjianKinerja } from "@/lib/server/pk/sign-perjanjian-kinerja";
import { recordTargetRevision } from "@/lib/server/revisions/record-target-revision";

export const signPerjanjianKinerjaAction = serverAction(signPerjanjianKinerja);
export const recordTargetRevisionAction = serverAction(recordTargetRevision);
