/** Control characters (C0, DEL, C1) and the bidi controls that can make "exe.pdf" read as "fdp.exe". */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const MAX_LENGTH = 200;

/**
 * The name an uploaded file is stored and downloaded under: its base name only (a browser may send a path,
 * and "../../etc/passwd.pdf" becomes "passwd.pdf"), without control or bidi characters, at most 200
 * characters (the extension kept). Empty when nothing usable remains.
 */
export function cleanFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE, "").trim().replace(/^\.+/, "");
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}
