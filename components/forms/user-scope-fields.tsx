import type { UseFormRegisterReturn } from "react-hook-form";
import { roleLabel } from "@/lib/vocabulary";
import { roles } from "@/lib/inputs/admin";
import { inputClass } from "@/components/ui/field";

/** The form's values as the role keeps them: an OPD only for OPD roles, bidang only for planners. */
export function keepScopeOfRole<V extends { role: string; opdId?: string | null; bidangIds?: string[] }>(
  values: V,
): V {
  const ofOpd = values.role === "PERENCANA" || values.role === "KEPALA";
  return {
    ...values,
    opdId: ofOpd ? values.opdId : null,
    bidangIds: values.role === "PERENCANA" ? values.bidangIds : [],
  };
}

export type OpdOption = { id: string; name: string; bidang: { id: string; name: string }[] };

/**
 * Role, OPD and bidang of an account, for the new-account and the edit form: the OPD only for roles of
 * an OPD, the bidang only for planners. `role`/`opdId` are the form's current values.
 */
export function UserScopeFields({
  opds,
  role,
  opdId,
  fields,
}: {
  opds: OpdOption[];
  role: string;
  opdId: string | null | undefined;
  /** The form's registrations; without `role` the role is not offered (an administrator's own). */
  fields: {
    role?: UseFormRegisterReturn;
    opdId: UseFormRegisterReturn;
    bidangIds: UseFormRegisterReturn;
  };
}) {
  const ofOpd = role === "PERENCANA" || role === "KEPALA";
  const bidang = opds.find((opd) => opd.id === opdId)?.bidang ?? [];
  return (
    <>
      {fields.role && (
        <label className="block text-sm">
          <span className="font-medium">Peran</span>
          <select className={inputClass} {...fields.role}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </select>
        </label>
      )}
      {ofOpd && fields.role && (
        <label className="block text-sm">
          <span className="font-medium">Perangkat daerah</span>
          <select className={inputClass} {...fields.opdId}>
            {opds.map((opd) => (
              <option key={opd.id} value={opd.id}>
                {opd.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {role === "PERENCANA" && bidang.length > 0 && (
        <fieldset className="text-sm">
          <legend className="font-medium">Batasi ke bidang (kosong = seluruh perangkat daerah)</legend>
          {bidang.map((b) => (
            <label key={b.id} className="mr-4 inline-flex items-center gap-1">
              <input type="checkbox" value={b.id} {...fields.bidangIds} /> {b.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
