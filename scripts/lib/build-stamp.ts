import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What `next build` reads: the app's sources, its static files, the configs and the locked packages. */
const sourceEntries = [
  "app",
  "assets",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
];
/** Generated from prisma/schema.prisma (hashed above) or read only by the test runner. */
const skipped = (relative: string) =>
  relative === path.join("lib", "generated") || /\.test\.tsx?$/.test(relative);

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full) || skipped(relative)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) return filesUnder(root, child);
    return entry.isFile() && !skipped(child) ? [child] : [];
  });
}

/**
 * One hash of every file a build depends on (path and content), the Node.js version and the `NEXT_PUBLIC_`
 * variables Next.js inlines at build time. Reading about 400 files takes a few milliseconds.
 */
export function sourceHash(
  root: string,
  environment: Record<string, string | undefined> = process.env,
): string {
  const hash = createHash("sha256");
  hash.update(`node ${process.version}\n`);
  for (const [name, value] of Object.entries(environment).sort(([a], [b]) => a.localeCompare(b))) {
    if (name.startsWith("NEXT_PUBLIC_")) hash.update(`env ${name}=${value}\n`);
  }
  for (const entry of sourceEntries) {
    const full = path.join(root, entry);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? filesUnder(root, entry) : [entry];
    for (const file of files.sort()) {
      hash.update(`file ${file.split(path.sep).join("/")}\n`);
      hash.update(readFileSync(path.join(root, file)));
    }
  }
  return hash.digest("hex");
}

/** Written next to the build once `next build` succeeded: the source hash it was built from. */
const stampFile = (root: string) => path.join(root, ".next", "sakip-source-hash");

/** Whether `.next` holds a finished build of exactly the current sources. */
export function buildIsCurrent(root: string, hash = sourceHash(root)): boolean {
  const stamp = stampFile(root);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === hash;
}

export function writeBuildStamp(root: string, hash: string): void {
  writeFileSync(stampFile(root), `${hash}\n`);
}
