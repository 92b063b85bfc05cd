"use server";

import { createBidang } from "@/lib/server/opd-admin/create-bidang";
import { createOpd } from "@/lib/server/opd-admin/create-opd";
import { serverAction } from "@/lib/server/mutations/server-action";
import { updateCalcSettings } from "@/lib/server/settings/update-calc-settings";
import { endUserSessions } from "@/lib/server/sessions/end-user-sessions";
import { createUser } from "@/lib/server/users/create-user";
import { resetPassword } from "@/lib/server/users/reset-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUser } from "@/lib/server/users/update-user";
import { startYear } from "@/lib/server/laporan/start-year";

export const createOpdAction = serverAction(createOpd);
export const createBidangAction = serverAction(createBidang);
export const createUserAction = serverAction(createUser);
export const updateCalcSettingsAction = serverAction(updateCalcSettings);
export const endUserSessionsAction = serverAction(endUserSessions);
export const updateUserAction = serverAction(updateUser);
export const setUserActiveAction = serverAction(setUserActive);
export const resetPasswordAction = serverAction(resetPassword);
export const startYearAction = serverAction(startYear);
