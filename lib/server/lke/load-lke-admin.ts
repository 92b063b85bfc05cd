import "server-only";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { lkeKriteria88 } from "@/lib/lke/criteria-88-2021";
import { loadLkeReference } from "./load-lke";

/**
 * The region's LKE reference for its administrator (null for everyone else): components with their
 * weights, every criterion (retired ones too) and how many of the regulation's criteria it lacks.
 */
export async function loadLkeAdmin(principal: Principal) {
  if (!hasPermission(principal, "settings:manage")) return null;
  const { komponen, criteria } = await loadLkeReference(principal.pemdaId);
  const codes = new Set(criteria.map((c) => c.code));
  return {
    komponen,
    criteria: criteria.map(({ id, code, text, scale, active, version }) => ({
      id,
      code,
      text,
      scale,
      active,
      version,
    })),
    missing: lkeKriteria88.filter((c) => !codes.has(c.code)).length + (komponen.length < 4 ? 1 : 0),
  };
}
