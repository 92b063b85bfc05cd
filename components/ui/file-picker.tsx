"use client";

import { useId, useState } from "react";

/**
 * The one file chooser of the app, in Indonesian: the browser's own input says "Choose File / No file
 * chosen", so it is hidden behind a label styled as a button ("Pilih berkas") with the chosen file's
 * name beside it. `name` submits the file with a plain form; `onChoose` hands it to a script. A parent
 * that starts over gives the picker a new `key`.
 */
export function FilePicker({
  label,
  accept,
  name,
  hint,
  testId,
  onChoose,
}: {
  label: string;
  accept: string;
  name?: string;
  hint?: string;
  testId?: string;
  onChoose?: (file: File | undefined) => void;
}) {
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <div>
      <span id={`${id}-label`} className="block text-sm font-medium">
        {label}
      </span>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <label
          htmlFor={id}
          className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50 focus-within:ring-2 focus-within:ring-emerald-600"
        >
          Pilih berkas
          <input
            id={id}
            type="file"
            name={name}
            accept={accept}
            className="sr-only"
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-name`}
            data-testid={testId}
            onChange={(event) => {
              const file = event.target.files?.[0];
              setFileName(file?.name ?? null);
              onChoose?.(file);
            }}
          />
        </label>
        <span
          id={`${id}-name`}
          className="min-w-0 break-all text-sm text-slate-600"
          data-testid={testId && `${testId}-name`}
        >
          {fileName ?? "Belum ada berkas dipilih"}
        </span>
      </div>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
}

/** A chosen file's bytes as base64, for a server action's input. */
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
