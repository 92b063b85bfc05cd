import { createHash } from "node:crypto";

export const SESSION_HOURS = 8;

/** The row id of a session token: its SHA-256, so a copy of the table opens no session. */
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("base64url");
