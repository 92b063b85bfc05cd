import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** DejaVu Sans Condensed, bundled in assets/fonts (Bitstream Vera licence) and embedded in every PDF. */
export const FONT_FAMILY = "DejaVu Sans Condensed";

let registered = false;

/** Registers the bundled fonts by absolute path (relative paths fail under Next.js). Idempotent. */
export function registerLkipFonts(): void {
  if (registered) return;
  const file = (name: string) => path.join(process.cwd(), "assets", "fonts", name);
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: file("DejaVuSansCondensed.ttf") },
      { src: file("DejaVuSansCondensed-Bold.ttf"), fontWeight: "bold" },
      { src: file("DejaVuSansCondensed-Oblique.ttf"), fontStyle: "italic" },
    ],
  });
  // Indonesian words are not hyphenated; a long kode breaks where it must.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
