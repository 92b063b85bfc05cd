"use client";

import { ActionError } from "@/components/forms/action-error";
import { useMutationAction } from "@/components/forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { deleteAttachmentAction } from "@/lib/actions/profile";
import { formatFileSize } from "@/lib/inputs/image";
import type { OpdProfileView } from "@/lib/views/opd-profile";

/** Uploaded images with their captions as the LKIP prints them; editors may remove one. */
export function AttachmentGallery({
  base,
  attachments,
  canEdit,
  emptyText,
}: {
  /** /opd/<slug>/<tahun>: the image route lives under it. */
  base: string;
  attachments: OpdProfileView["attachments"];
  canEdit: boolean;
  emptyText: string;
}) {
  const { run, pending, error } = useMutationAction(deleteAttachmentAction);
  if (attachments.length === 0) return <p className="text-sm text-slate-500">{emptyText}</p>;
  return (
    <div className="space-y-2">
      <ActionError error={error} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {attachments.map((attachment) => (
          <li
            key={attachment.id}
            className="rounded-md border border-slate-200 bg-white p-2"
            data-testid="attachment"
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- served from the database by our route */}
            <img
              src={`${base}/gambar/${attachment.id}`}
              alt={attachment.caption}
              className="max-h-64 w-full object-contain"
            />
            <p className="mt-2 text-sm">{attachment.caption}</p>
            <p className="text-xs text-slate-500">
              {attachment.ownerCode && <>{attachment.ownerCode} · </>}
              {formatFileSize(attachment.size)}
            </p>
            {canEdit && (
              <Button
                type="button"
                variant="link"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(`Hapus gambar "${attachment.caption}"?`))
                    void run({ attachmentId: attachment.id });
                }}
              >
                Hapus
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
