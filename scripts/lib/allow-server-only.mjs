// For commands that render with @react-pdf/renderer: its reconciler needs React's full build, which the
// react-server condition (the usual way a script may import server-only modules) replaces. Instead, this
// hook resolves the `server-only` marker to an empty module, as the test runner does.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`),
);
