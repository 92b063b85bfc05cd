import { z } from "zod";

// Every message zod writes itself ("Terlalu besar: …") is in Bahasa Indonesia. Import `z` from here,
// never from "zod" (ESLint enforces it), so the locale is set wherever a schema runs: server and browser.
z.config(z.locales.id());
// zod would compile parsers with `new Function`, which the Content-Security-Policy forbids (and reports).
z.config({ jitless: true });

export { z };
