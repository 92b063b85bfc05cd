import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./build-stamp";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "sakip-stamp-"));
  write("app/page.tsx", "export default function Page() {}");
  write("lib/calc/rollup.ts", "export const x = 1;");
  write("package-lock.json", '{"lockfileVersion":3}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the build stamp", () => {
  it("changes with a source, the lockfile or a public variable, not with tests or generated code", () => {
    const first = sourceHash(root, {});
    expect(sourceHash(root, {})).toBe(first);
    write("lib/calc/rollup.test.ts", "test");
    write("lib/generated/prisma/client.ts", "generated");
    write("docs/notes.md", "notes");
    expect(sourceHash(root, { PORT: "3001" })).toBe(first);

    write("lib/calc/rollup.ts", "export const x = 2;");
    const edited = sourceHash(root, {});
    expect(edited).not.toBe(first);
    write("package-lock.json", '{"lockfileVersion":3,"packages":{}}');
    expect(sourceHash(root, {})).not.toBe(edited);
    expect(sourceHash(root, { NEXT_PUBLIC_X: "1" })).not.toBe(sourceHash(root, {}));
    write("app/new/page.tsx", "export default function Page() {}");
    expect(sourceHash(root, {})).not.toBe(edited);
  });

  it("counts a build current only when it finished from the same sources", () => {
    const hash = sourceHash(root, {});
    expect(buildIsCurrent(root, hash)).toBe(false);
    write(".next/BUILD_ID", "abc");
    expect(buildIsCurrent(root, hash)).toBe(false);
    writeBuildStamp(root, hash);
    expect(buildIsCurrent(root, hash)).toBe(true);
    write("app/page.tsx", "export default function Page() { return null; }");
    expect(buildIsCurrent(root, sourceHash(root, {}))).toBe(false);
  });
});
