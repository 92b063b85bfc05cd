"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Leaving = { leave: () => void; stay: () => void };

const COPY = "sakipUnsavedGuard";

/** A copy of the current history entry on top of it, marked, so "back" lands on the same page. */
const pushCopy = () =>
  window.history.pushState({ ...window.history.state, [COPY]: true }, "", window.location.href);

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** Where a search form (method get) of the page would go, as a path with its query. */
const searchTarget = (form: HTMLFormElement, submitter: HTMLElement | null) => {
  const url = new URL(form.action);
  url.search = new URLSearchParams(
    [...new FormData(form, submitter).entries()].map(([name, value]) => [name, String(value)]),
  ).toString();
  return `${url.pathname}${url.search}${url.hash}`;
};

/**
 * While `count` inputs are unsaved, every way out of the page asks first: a link of the app or a search
 * form (caught on the window before Next.js's router or the browser sees them), the browser's back button
 * (a copy of the current history entry is pushed, so "back" first lands on the same page) and reload or
 * close (the browser's own beforeunload question). "Batal" keeps the planner on the page with everything
 * typed. Once nothing is unsaved any more the copy is taken off again, so "back" leaves the page at once.
 */
export function UnsavedChangesGuard({ count }: { count: number }) {
  const router = useRouter();
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  // Set once the planner chose to leave: the navigation that follows is let through.
  const released = useRef(false);
  const guarding = count > 0;
  const wasGuarding = useRef(false);
  // Leaving from the copy replaces it, so "back" on the next page returns here in one press.
  const go = useCallback(
    (target: string) => (window.history.state?.[COPY] ? router.replace(target) : router.push(target)),
    [router],
  );

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
      setLeaving({ leave: () => go(`${url.pathname}${url.search}${url.hash}`), stay: () => {} });
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      const search = form instanceof HTMLFormElement && form.getAttribute("method")?.toLowerCase() === "get";
      if (!search || released.current) return;
      event.preventDefault();
      event.stopPropagation();
      const target = searchTarget(form, event.submitter);
      setLeaving({ leave: () => go(target), stay: () => {} });
    };
    if (!window.history.state?.[COPY]) pushCopy();
    const onPopState = () => {
      if (released.current) return;
      setLeaving({ leave: () => window.history.back(), stay: pushCopy });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [guarding, go]);

  // Saved (or emptied) while still on the page: step off the copy, so "back" is one press again.
  useEffect(() => {
    const saved = wasGuarding.current && !guarding;
    wasGuarding.current = guarding;
    if (saved && !released.current && window.history.state?.[COPY]) window.history.back();
  }, [guarding]);

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
