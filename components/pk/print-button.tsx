"use client";

import { secondaryButtonClass } from "../forms/field-error";

export function PrintButton() {
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
      Cetak
    </button>
  );
}
