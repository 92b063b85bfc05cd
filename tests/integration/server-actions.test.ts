import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mutations } from "@/lib/server/mutations/registry";
import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { mutationOf, serverAction } from "@/lib/server/mutations/server-action";

// Server actions: every export of a "use server" module is serverAction(<a mutation of the registry>),
// so the permission matrix, which walks the registry, covers every write the browser can ask for.

const root = path.resolve(import.meta.dirname, "../..");

/** Signing in and out change no reported data: the only actions outside the registry. */
const outsideRegistry: Record<string, string[]> = { "lib/actions/session.ts": ["signIn", "signOut"] };

const registered = new Set<unknown>(Object.values(mutations));

/** The exports of a module that are not serverAction(<registry mutation>), by name. */
function strayExports(exports: Record<string, unknown>, exempt: string[] = []): string[] {
  return Object.entries(exports)
    .filter(([name, value]) => !exempt.includes(name) && !registered.has(mutationOf(value)))
    .map(([name]) => name);
}

describe("server actions", () => {
  // Every lib/actions module, and any other module of app/, components/ or lib/ that declares "use server".
  const files = ["app", "components", "lib"]
    .flatMap((dir) =>
      (readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }) as string[]).map((file) =>
        path.join(root, dir, file),
      ),
    )
    .filter((file) => /\.tsx?$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`))
    .filter(
      (file) =>
        file.includes(`lib${path.sep}actions${path.sep}`) ||
        /^(?:\s|\/\/.*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(readFileSync(file, "utf8")),
    )
    .map((file) => path.relative(root, file).split(path.sep).join("/"))
    .sort();

  it("the check tells a registry action from a bypass", () => {
    const unregistered = { ...saveNarrative, name: "bypass" };
    expect(
      strayExports({
        compliant: serverAction(saveNarrative),
        handWritten: async (input: unknown) => input,
        unregistered: serverAction(unregistered),
        notAFunction: 42,
      }),
    ).toEqual(["handWritten", "unregistered", "notAFunction"]);
  });

  it("finds the server-action modules of the app", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const exempt of Object.keys(outsideRegistry)) expect(files).toContain(exempt);
  });

  it.each(files)("%s: every export is serverAction(<a registry mutation>)", async (relative) => {
    const exports = (await import(/* @vite-ignore */ path.join(root, relative))) as Record<string, unknown>;
    expect(Object.keys(exports).length).toBeGreaterThan(0);
    expect(strayExports(exports, outsideRegistry[relative])).toEqual([]);
  });
});
