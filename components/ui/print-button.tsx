"use client";

import { Button } from "./button";

/** Prints the page; not part of the printout itself. */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" className="print:hidden" onClick={() => window.print()}>
      Cetak
    </Button>
  );
}
