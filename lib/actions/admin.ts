"use server";

import { createBidang } from "@/lib/server/opd-admin/create-bidang";
import { createOpd } from "@/lib/server/opd-admin/create-opd";
import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
import { updateCalcSettings } from "@/lib/server/settings/update-calc-settings";
import { endUserSessions } from "@/lib/server/sessions/end-user-sessions";
import { createUser } from "@/lib/server/users/create-user";
import { resetPassword } from "@/lib/server/users/reset-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUser } from "@/lib/server/users/update-user";
import { startYear } from "@/lib/server/laporan/start-year";

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

export async function updateUserAction(input: unknown) {
  return runAsCurrentUser(updateUser, input);
}

export async function setUserActiveAction(input: unknown) {
  return runAsCurrentUser(setUserActive, input);
}

export async function resetPasswordAction(input: unknown) {
  return runAsCurrentUser(resetPassword, input);
}

export async function startYearAction(input: unknown) {
  return runAsCurrentUser(startYear, input);
}
