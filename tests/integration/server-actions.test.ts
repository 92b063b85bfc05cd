import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mutations } from "@/lib/server/mutations/registry";

// Server actions: each exported action hands a registry mutation to runAsCurrentUser, nothing else.

const root = path.resolve(import.meta.dirname, "../..");

type ActionInfo = { name: string; mutation: string | null };

/** Exported async functions of a server-action module and the first argument of their runAsCurrentUser call. */
function exportedActions(source: string): ActionInfo[] {
  const starts = [...source.matchAll(/export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=\s*async\b)/g)];
  return starts.map((start, i) => {
    const body = source.slice(start.index, starts[i + 1]?.index ?? source.length);
    const call = /runAsCurrentUser\s*\(\s*([\w$.]+(?:\[\s*["'][\w.]+["']\s*\])?)/.exec(body);
    return { name: start[1] ?? start[2]!, mutation: call?.[1] ?? null };
  });
}

/** Whether `expression` in a module at `file` names a use case of the registry. */
async function isRegistryMutation(expression: string, source: string, file: string): Promise<boolean> {
  const viaRegistry = /^mutations(?:\.(\w+)|\[\s*["']([\w.]+)["']\s*\])$/.exec(expression);
  if (viaRegistry) return (viaRegistry[1] ?? viaRegistry[2]!) in mutations;
  for (const [, names, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const specifier of names!.split(",")) {
      const [imported, local = imported] = specifier
        .replace(/^\s*type\s+/, "")
        .trim()
        .split(/\s+as\s+/);
      if (local !== expression || !imported) continue;
      const modulePath = from!.startsWith("@/")
        ? path.join(root, from!.slice(2))
        : path.resolve(path.dirname(file), from!);
      const imported_ = (await import(/* @vite-ignore */ modulePath)) as Record<string, unknown>;
      return Object.values(mutations).includes(imported_[imported] as never);
    }
  }
  return false;
}

/**
 * Server-action modules that need not go through the registry, with the actions they may export:
 * signing in and out change no reported data.
 */
const outsideRegistry: Record<string, string[]> = { "lib/actions/session.ts": ["signIn", "signOut"] };

describe("server actions", () => {
  const appDir = path.join(root, "app");
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

  it("the checker recognises a compliant action and a bypass", async () => {
    const file = path.join(appDir, "example/actions.ts");
    const source = `"use server";
      import { saveRealisasiAnggaran as save } from "@/lib/server/realisasi/save-realisasi-anggaran";
      import { runAsCurrentUser } from "@/lib/server/mutations/run-as-current-user";
      import { db } from "@/lib/server/db";
      export async function simpan(input: unknown) { return runAsCurrentUser(save, input); }
      export const lewat = async (input: { id: string }) => db.user.delete({ where: { id: input.id } });
      export async function viaRegistry(input: unknown) { return runAsCurrentUser(mutations["user.create"], input); }`;
    const actions = exportedActions(source);
    expect(actions).toEqual([
      { name: "simpan", mutation: "save" },
      { name: "lewat", mutation: null },
      { name: "viaRegistry", mutation: 'mutations["user.create"]' },
    ]);
    expect(await isRegistryMutation("save", source, file)).toBe(true);
    expect(await isRegistryMutation('mutations["user.create"]', source, file)).toBe(true);
    expect(await isRegistryMutation("db", source, file)).toBe(false);
  });

  it("finds the server-action modules of the app", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const exempt of Object.keys(outsideRegistry)) expect(files).toContain(exempt);
  });

  it.each(files)(
    "%s: every exported action runs a registry mutation through runAsCurrentUser",
    async (relative) => {
      const file = path.join(root, relative);
      const source = readFileSync(file, "utf8");
      expect(source, "no direct database access or executeMutation in a server action").not.toMatch(
        /from\s+["']@\/lib\/server\/db["']|\bexecuteMutation\s*\(|\.run\s*\(\s*\{/,
      );
      const exempt = outsideRegistry[relative] ?? [];
      for (const action of exportedActions(source).filter((a) => !exempt.includes(a.name))) {
        expect(
          action.mutation,
          `${action.name} does not call runAsCurrentUser(<mutation>, ...)`,
        ).not.toBeNull();
        expect(
          await isRegistryMutation(action.mutation!, source, file),
          `${action.name}: ${action.mutation} is not a mutation of the registry`,
        ).toBe(true);
      }
    },
  );
});
