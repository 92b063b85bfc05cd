"use client";

import { signPerjanjianKinerjaAction } from "@/lib/actions/perjanjian-kinerja";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";

/**
 * The head signs the year's Perjanjian Kinerja and with it its rencana aksi, which is locked from then on
 * (once; the server checks who and whether).
 */
export function SignButton({
  perjanjianKinerjaId,
  version,
}: {
  perjanjianKinerjaId: string;
  version: number;
}) {
  const { run, pending, error, reload } = useMutationAction(signPerjanjianKinerjaAction);
  return (
    <div className="space-y-2">
      <Button type="button" disabled={pending} onClick={() => run({ perjanjianKinerjaId, version })}>
        Tandatangani Perjanjian Kinerja dan Rencana Aksi
      </Button>
      <ActionError error={error} onReload={reload} />
    </div>
  );
}
