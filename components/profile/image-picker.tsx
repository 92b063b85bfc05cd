"use client";

import { FilePicker, readFileBase64 } from "@/components/ui/file-picker";
import { FieldError } from "@/components/ui/field";
import { formatFileSize, IMAGE_MAX_BYTES } from "@/lib/inputs/image";

/**
 * The file chooser for an image. Hands the chosen image over as base64 (the form's schema checks its
 * type by its bytes, and its size); a file over the limit is refused here without being read.
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
  const choose = async (file: File | undefined) => {
    if (!file) return onPick(null);
    if (file.size > IMAGE_MAX_BYTES) {
      return onPick(
        null,
        `Gambar ${formatFileSize(file.size)} terlalu besar; paling besar ${formatFileSize(IMAGE_MAX_BYTES)}`,
      );
    }
    onPick({ base64: await readFileBase64(file), name: file.name });
  };
  return (
    <div>
      <FilePicker
        label={label}
        accept="image/png,image/jpeg"
        hint={`PNG atau JPEG, paling besar ${formatFileSize(IMAGE_MAX_BYTES)}.`}
        testId={testId}
        onChoose={(file) => void choose(file)}
      />
      <FieldError message={error} />
    </div>
  );
}
