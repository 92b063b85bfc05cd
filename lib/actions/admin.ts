"use server";

import { createBidang } from "@/lib/server/opd-admin/create-bidang";
import { createOpd } from "@/lib/server/opd-admin/create-opd";
import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { updateCalcSettings } from "@/lib/server/settings/update-calc-settings";
import { endUserSessions } from "@/lib/server/sessions/end-user-sessions";
import { createUser } from "@/lib/server/users/create-user";

export async function createOpdAction(input: unknown) {
  return runAsCurrentUser(createOpd, input);
}

export async function createBidangAction(input: unknown) {
  return runAsCurrentUser(createBidang, input);
}

export async function createUserAction(input: unknown) {
  return runAsCurrentUser(createUser, input);
}

export async function updateCalcSettingsAction(input: unknown) {
  return runAsCurrentUser(updateCalcSettings, input);
}

export async function endUserSessionsAction(input: unknown) {
  return runAsCurrentUser(endUserSessions, input);
}
