"use client";

import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";

/** Marks one notification read, or (without an id) all of the user's. */
export function MarkReadButton({ notificationId, label }: { notificationId?: string; label: string }) {
  const { run, pending, error } = useMutationAction(markNotificationsReadAction);
  return (
    <div>
      <Button
        type="button"
        variant={notificationId ? "link" : "secondary"}
        disabled={pending}
        onClick={() => run(notificationId ? { notificationId } : {})}
      >
        {label}
      </Button>
      <ActionError error={error} />
    </div>
  );
}
