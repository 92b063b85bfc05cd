import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Who is acting, and over what: always taken from the session, never from the client. */
export type Principal = {
  userId: string;
  name: string;
  role: Role;
  pemdaId: string;
  /** The OPD of a PERENCANA or KEPALA; null for region-wide roles. */
  opdId: string | null;
  /** A PERENCANA limited to these bidang; empty = the whole OPD. */
  bidangIds: readonly string[];
  /** The session row the request came with (null outside a browser session: scripts, tests). */
  sessionId: string | null;
  /** Signed in with a temporary password: nothing but choosing a new one is allowed. */
  mustChangePassword: boolean;
};

export type Action =
  | "plan:edit"
  /** Import a spreadsheet into an OPD-year (a limited planner: their bidang's rows only). */
  | "plan:import"
  | "laporan:submit"
  | "laporan:review"
  | "laporan:finalize"
  | "laporan:reopen"
  | "reviewNote:write"
  /** Answer a review note (the OPD's planners and head, and the reviewer). */
  | "reviewNote:reply"
  | "perjanjianKinerja:sign"
  | "audit:read"
  | "laporan:export"
  | "organisation:manage"
  | "users:manage"
  | "settings:manage"
  /** The region dashboard: every OPD of the Pemda side by side, and who is late with realisasi. */
  | "region:read"
  /** Open a new year of an OPD (its first one, or the next), empty or copied from another year. */
  | "year:start"
  /** Answer the LKE self-assessment of an OPD-year (its planners of the whole OPD). */
  | "lke:answer"
  /** Score the LKE criteria of an OPD-year as its evaluator. */
  | "lke:score";

export const rolePermissions = {
  ADMIN: [
    "plan:import",
    "laporan:reopen",
    "audit:read",
    "laporan:export",
    "organisation:manage",
    "users:manage",
    "settings:manage",
    "region:read",
    "year:start",
  ],
  PERENCANA: ["plan:edit", "plan:import", "reviewNote:reply", "laporan:export", "year:start", "lke:answer"],
  KEPALA: [
    "laporan:submit",
    "laporan:finalize",
    "reviewNote:reply",
    "perjanjianKinerja:sign",
    "audit:read",
    "laporan:export",
  ],
  INSPEKTORAT: [
    "laporan:review",
    "reviewNote:write",
    "reviewNote:reply",
    "audit:read",
    "laporan:export",
    "region:read",
    "lke:score",
  ],
} as const satisfies Record<Role, readonly Action[]>;

export function hasPermission(principal: Pick<Principal, "role">, action: Action): boolean {
  return (rolePermissions[principal.role] as readonly Action[]).includes(action);
}

/** What a record belongs to: its region, OPD and (for plan items) owning bidang. */
export type Scope = { pemdaId: string; opdId?: string | null; bidangId?: string | null };

/** Whether the record is visible at all; outside it, the app answers 404 as if it did not exist. */
export function canSee(principal: Principal, scope: Scope): boolean {
  if (scope.pemdaId !== principal.pemdaId) return false;
  if (principal.opdId === null || !scope.opdId) return true;
  return scope.opdId === principal.opdId;
}

/** Whether a bidang-limited planner may touch an item of this bidang (items without a bidang: whole-OPD planners only). */
export function coversBidang(
  principal: Pick<Principal, "bidangIds">,
  bidangId: string | null | undefined,
): boolean {
  if (principal.bidangIds.length === 0) return true;
  return !!bidangId && principal.bidangIds.includes(bidangId);
}

export type Decision = "ALLOWED" | "NOT_FOUND" | "FORBIDDEN";

/** The one check every server entry point makes. */
export function decide(principal: Principal, action: Action, scope: Scope): Decision {
  if (!canSee(principal, scope)) return "NOT_FOUND";
  if (
    principal.bidangIds.length > 0 &&
    scope.bidangId !== undefined &&
    !coversBidang(principal, scope.bidangId)
  ) {
    return "NOT_FOUND";
  }
  return hasPermission(principal, action) ? "ALLOWED" : "FORBIDDEN";
}
