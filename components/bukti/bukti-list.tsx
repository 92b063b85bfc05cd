"use client";

import { useState } from "react";
import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DownloadLink } from "@/components/ui/download-link";
import { deleteBuktiAction } from "@/lib/actions/bukti";
import { formatDateTime } from "@/lib/format";
import { formatFileSize } from "@/lib/inputs/image";
import type { BuktiGroup, BuktiItem } from "@/lib/views/bukti";

/** The evidence of each target: file name (downloads it), size, who and when; planners may delete. */
export function BuktiList({
  base,
  groups,
  canDelete,
}: {
  /** /opd/<slug>/<tahun> */
  base: string;
  groups: BuktiGroup[];
  canDelete: boolean;
}) {
  const [asking, setAsking] = useState<BuktiItem | null>(null);
  const { run, pending, error } = useMutationAction(deleteBuktiAction, {
    onSuccess: () => setAsking(null),
  });
  if (groups.length === 0) return <p className="text-sm text-slate-600">Belum ada bukti dukung.</p>;
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <section
          key={group.key}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid="bukti-group"
        >
          <h3 className="break-words font-medium">{group.label}</h3>
          <ul className="mt-2 divide-y divide-slate-100">
            {group.items.map((item) => (
              <li
                key={item.id}
                className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2"
                data-testid="bukti-item"
              >
                <span className="min-w-0 break-all">
                  <DownloadLink href={`${base}/bukti/${item.id}`} label={item.fileName} look="link" />
                </span>
                <span className="text-xs text-slate-600">
                  {formatFileSize(item.size)} · {item.uploadedBy ?? "—"} · {formatDateTime(item.uploadedAt)}{" "}
                  WIB · SHA-256 <span title={item.sha256}>{item.sha256.slice(0, 12)}…</span>
                </span>
                {canDelete && (
                  <Button type="button" variant="link" onClick={() => setAsking(item)}>
                    Hapus
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {asking && (
        <ConfirmDialog
          title={`Hapus bukti dukung "${asking.fileName}"?`}
          confirmLabel="Ya, hapus"
          danger
          pending={pending}
          onConfirm={() => void run({ attachmentId: asking.id })}
          onClose={() => setAsking(null)}
        >
          <p className="text-sm text-slate-700">
            Berkas dihapus dari penyimpanan; jejak audit mencatat nama, ukuran dan SHA-256-nya.
          </p>
          <ActionError error={error} />
        </ConfirmDialog>
      )}
    </div>
  );
}
