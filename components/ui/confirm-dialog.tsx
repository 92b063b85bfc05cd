"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { Button } from "./button";

/**
 * The one confirmation before an action that cannot simply be undone (a workflow move, resetting a
 * password, deactivating an account): a modal dialog with the question as its title, what will happen,
 * "Batal" and the confirming button. It is open while it is rendered; closing it (Batal, Esc) calls
 * `onClose`, which stops rendering it, and does nothing else.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  danger = false,
  pending,
  confirmDisabled = false,
  onConfirm,
  onClose,
  children,
}: {
  /** The question, naming what it acts on: "Nonaktifkan Budi Santoso (budi@…)?" */
  title: string;
  /** "Ya, nonaktifkan". */
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[calc(100%-2rem)] max-w-2xl rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      onClose={onClose}
    >
      <form
        method="dialog"
        className="space-y-4 p-6"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId} className="break-words text-lg font-semibold">
          {title}
        </h2>
        {children}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending || confirmDisabled}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
