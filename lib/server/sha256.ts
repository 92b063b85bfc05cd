import "server-only";
import { createHash } from "node:crypto";

/** The SHA-256 of bytes as hex: what a stored PDF, draft, image or imported file is known by. */
export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
