"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

const formats = {
  pdf: { label: "PDF", testId: "download-lkip" },
  docx: { label: "Word", testId: "download-lkip-docx" },
};

/**
 * Downloads the LKIP (the PDF, or the editable Word file) and shows its progress: "menyiapkan" while
 * the server generates it, then the bytes received. The file is saved under the name the server gives it.
 */
export function DownloadLkipButton({
  href,
  format = "pdf",
}: {
  href: string;
  format?: keyof typeof formats;
}) {
  const { label, testId } = formats[format];
  const [state, setState] = useState<{
    phase: "idle" | "preparing" | "receiving" | "error";
    received: number;
    /** error: the server's own message (a 503 says why, e.g. a budget exceeded) */
    message?: string;
  }>({
    phase: "idle",
    received: 0,
  });
  const download = async () => {
    setState({ phase: "preparing", received: 0 });
    try {
      const response = await fetch(href);
      if (response.status === 503) {
        setState({ phase: "error", received: 0, message: await response.text() });
        return;
      }
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ phase: "receiving", received });
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `LKIP.${format}`;
      const type = response.headers.get("Content-Type") ?? "application/octet-stream";
      const url = URL.createObjectURL(new Blob(chunks, { type }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
      setState({ phase: "idle", received: 0 });
    } catch {
      setState({ phase: "error", received: 0 });
    }
  };
  const busy = state.phase === "preparing" || state.phase === "receiving";
  return (
    <div className="flex items-center gap-3">
      <Button type="button" onClick={download} disabled={busy} data-testid={testId} className="shrink-0">
        {busy ? `Menyiapkan ${label}…` : `Unduh ${label}`}
      </Button>
      <span
        role="status"
        aria-live="polite"
        className={state.phase === "error" ? "text-sm text-red-700" : "text-sm text-slate-600"}
      >
        {state.phase === "preparing" && "Menyusun dokumen di server…"}
        {state.phase === "receiving" &&
          `Menerima ${Math.round(state.received / 1024).toLocaleString("id-ID")} KB…`}
        {state.phase === "error" && (state.message ?? `${label} gagal diunduh. Coba lagi.`)}
      </span>
    </div>
  );
}
