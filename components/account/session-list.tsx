"use client";

import { endSessionAction } from "@/lib/actions/account";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";

export type SessionRow = {
  id: string;
  current: boolean;
  browser: string;
  clientAddress: string;
  createdAt: string;
  lastSeenAt: string;
};

/** The user's open sessions; every one but the current can be ended here. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const { run, pending, error } = useMutationAction(endSessionAction);
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="sessions">
        {sessions.map((session) => (
          <li
            key={session.id}
            className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm"
          >
            <span className="min-w-0 break-words">
              <span className="font-medium">{session.browser}</span>
              {session.current && (
                <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">
                  sesi ini
                </span>
              )}
              <span className="block text-slate-600">
                {session.clientAddress} · masuk {session.createdAt} WIB · terakhir aktif {session.lastSeenAt}{" "}
                WIB
              </span>
            </span>
            {!session.current && (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => run({ sessionId: session.id })}
              >
                Akhiri sesi
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ActionError error={error} />
    </div>
  );
}
