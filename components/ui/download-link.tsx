"use client";

import type { MouseEvent } from "react";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

const looks = {
  button: buttonClass("primary"),
  link: "text-emerald-800 underline",
};

type State = {
  phase: "idle" | "preparing" | "receiving" | "error";
  received: number;
  /** error: the server's own message (a 503 says why, e.g. a budget exceeded) */
  message?: string;
};

/**
 * A link to a file the server makes on request (the LKIP PDF and Word, the workbooks, the audit
 * export) that says what happens meanwhile: "Menyiapkan berkas…" while the server works, then the bytes
 * received, or why it failed. The file is saved under the name the server gives it. Without script, or
 * opened in a new tab, it is a plain link. A session that ended meanwhile (the request was sent on to
 * /masuk or /akun) reloads the page, whose own sign-in brings the user back to it.
 */
export function DownloadLink({
  href,
  label,
  look = "button",
  testId,
}: {
  href: string;
  label: string;
  look?: keyof typeof looks;
  testId?: string;
}) {
  const [state, setState] = useState<State>({ phase: "idle", received: 0 });
  const busy = state.phase === "preparing" || state.phase === "receiving";
  const download = async () => {
    setState({ phase: "preparing", received: 0 });
    try {
      const response = await fetch(href);
      if (response.redirected) return window.location.reload();
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
      const disposition = response.headers.get("Content-Disposition") ?? "";
      const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
      const name =
        (encoded ? decodeURIComponent(encoded) : undefined) ??
        /filename="([^"]+)"/.exec(disposition)?.[1] ??
        new URL(href, window.location.href).pathname.split("/").pop()!;
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
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window, or "save link as", is the browser's own download.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!busy) void download();
  };
  return (
    <span>
      <a
        href={href}
        onClick={onClick}
        aria-disabled={busy}
        className={busy ? `${looks[look]} cursor-wait opacity-60` : looks[look]}
        data-testid={testId}
      >
        {busy ? "Menyiapkan berkas…" : label}
      </a>
      <span
        role="status"
        aria-live="polite"
        className={`ml-3 text-sm empty:ml-0 ${state.phase === "error" ? "text-red-700" : "text-slate-600"}`}
      >
        {state.phase === "preparing" && "Menyusun berkas di server…"}
        {state.phase === "receiving" &&
          `Menerima ${Math.round(state.received / 1024).toLocaleString("id-ID")} KB…`}
        {state.phase === "error" && (state.message ?? "Berkas gagal diunduh. Coba lagi.")}
      </span>
    </span>
  );
}
