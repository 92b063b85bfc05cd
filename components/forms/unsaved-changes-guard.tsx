"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Leaving = { leave: () => void; stay: () => void };

const COPY = "sakipUnsavedGuard";

/** A copy of the current history entry on top of it, marked, so "back" lands on the same page. */
const pushCopy = () =>
  window.history.pushState({ ...window.history.state, [COPY]: true }, "", window.location.href);

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * While `count` inputs are unsaved, every way out of the page asks first: a link of the app (caught on
 * the window before Next.js's router sees the click), the browser's back button (a copy of the current
 * history entry is pushed, so "back" first lands on the same page) and reload or close (the browser's own
 * beforeunload question). "Batal" keeps the planner on the page with everything typed.
 */
export function UnsavedChangesGuard({ count }: { count: number }) {
  const router = useRouter();
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  // Set once the planner chose to leave: the navigation that follows is let through.
  const released = useRef(false);
  const guarding = count > 0;

  useEffect(() => {
    if (!guarding) return;
    released.current = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!released.current) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || !isPlainClick(event) || released.current) return;
      if (link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      // Another site is a page load: beforeunload asks.
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      setLeaving({
        leave: () => router.push(`${url.pathname}${url.search}${url.hash}`),
        stay: () => {},
      });
    };
    if (!window.history.state?.[COPY]) pushCopy();
    const onPopState = () => {
      if (released.current) return;
      setLeaving({ leave: () => window.history.back(), stay: pushCopy });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [guarding, router]);

  if (!leaving) return null;
  return (
    <ConfirmDialog
      title="Tinggalkan halaman tanpa menyimpan?"
      confirmLabel="Ya, tinggalkan"
      danger
      pending={false}
      onConfirm={() => {
        released.current = true;
        setLeaving(null);
        leaving.leave();
      }}
      onClose={() => {
        setLeaving(null);
        leaving.stay();
      }}
    >
      <p className="text-sm text-slate-700">
        {count} isian belum disimpan dan akan hilang. Pilih Batal, lalu Simpan semua, untuk menyimpannya.
      </p>
    </ConfirmDialog>
  );
}
