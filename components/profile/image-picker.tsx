"use client";

import { useId, useState } from "react";
import { FieldError } from "@/components/ui/field";
import { formatFileSize, IMAGE_MAX_BYTES } from "@/lib/inputs/image";

async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * A file chooser in Indonesian: the browser's own button says "Choose file / No file chosen", so the
 * native input is hidden behind a label styled as the app's button. Hands the chosen image over as
 * base64 (the form's schema checks its type by its bytes, and its size); a file over the limit is
 * refused here without being read.
 */
export function ImagePicker({
  label,
  error,
  onPick,
  testId,
}: {
  label: string;
  error?: string;
  onPick: (file: { base64: string; name: string } | null, problem?: string) => void;
  testId?: string;
}) {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const choose = async (file: File | undefined) => {
    setName(file?.name ?? null);
    if (!file) return onPick(null);
    if (file.size > IMAGE_MAX_BYTES) {
      return onPick(
        null,
        `Gambar ${formatFileSize(file.size)} terlalu besar; paling besar ${formatFileSize(IMAGE_MAX_BYTES)}`,
      );
    }
    onPick({ base64: await readBase64(file), name: file.name });
  };
  return (
    <div>
      <span className="text-sm font-medium">{label}</span>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <label
          htmlFor={id}
          className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50 focus-within:ring-1 focus-within:ring-emerald-600"
        >
          Pilih gambar…
          <input
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            className="sr-only"
            data-testid={testId}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </label>
        <span className="text-sm text-slate-600" data-testid={testId && `${testId}-name`}>
          {name ?? "Belum ada berkas dipilih"}
        </span>
      </div>
      <p className="mt-1 text-xs text-slate-500">
        PNG atau JPEG, paling besar {formatFileSize(IMAGE_MAX_BYTES)}.
      </p>
      <FieldError message={error} />
    </div>
  );
}
