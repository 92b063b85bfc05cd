import type { ComponentProps } from "react";

const variants = {
  /** The one action of a form or panel: Simpan, Ajukan, Impor. */
  primary:
    "rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-50",
  /** Batal, Cetak, Muat ulang and other actions beside the primary one. */
  secondary:
    "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50",
  /** A small action inside a table row: Ubah, Hapus, + Kegiatan. */
  link: "rounded px-1.5 py-0.5 text-xs font-medium text-emerald-800 hover:bg-emerald-50 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-transparent",
  /** Confirms a deletion. */
  danger:
    "rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50",
};

/** A button's look, for a link that acts as one (a download). */
export const buttonClass = (variant: keyof typeof variants) => variants[variant];

/**
 * The app's button. Like `<button>` (without `type` it submits its form); `className` adds layout
 * (margins, print:hidden), never a colour of its own.
 */
export function Button({
  variant = "primary",
  className,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof variants }) {
  return (
    <button className={className ? `${variants[variant]} ${className}` : variants[variant]} {...props} />
  );
}
