import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules of eslint.config.mjs (docs/architecture.md), checked on snippets linted as if they
// were files of the project: removing or loosening a rule fails here, not only in review.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

const layerRules = new Set(["@typescript-eslint/no-restricted-imports", "no-restricted-properties"]);

/** The layer violations ESLint reports for `code` as the file `filePath`, one source per line. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId !== null && layerRules.has(message.ruleId))
    .map((message) => code.split("\n")[message.line - 1]!.trim());
}

// Loading the project's ESLint config (TypeScript parser, Next plugins) takes seconds on a busy machine.
describe("layer rules", { timeout: 120_000 }, () => {
  it("keep server code out of components", async () => {
    const code = [
      'import { db } from "@/lib/server/db";',
      'import type { LaporanDetail } from "../lib/server/laporan/get-laporan";',
      'import { saveNarrativeAction } from "@/lib/actions/narrative";',
      'import type { MutationResult } from "@/lib/errors";',
      "export const used = [db, saveNarrativeAction] as unknown as [LaporanDetail, MutationResult<null>];",
    ].join("\n");
    expect(await violations("components/x.tsx", code)).toEqual([
      'import { db } from "@/lib/server/db";',
      'import type { LaporanDetail } from "../lib/server/laporan/get-laporan";',
    ]);
  });

  it("keep the calculation engine below the narrative and the LKIP", async () => {
    const code = [
      'import { renderNarrative } from "@/lib/narrative/render-narrative";',
      'import * as lkip from "../lkip/assemble-lkip";',
      'import { rollupBudget } from "./budget";',
      "export const used = [renderNarrative, lkip, rollupBudget];",
    ].join("\n");
    expect(await violations("lib/calc/x.ts", code)).toEqual([
      'import { renderNarrative } from "@/lib/narrative/render-narrative";',
      'import * as lkip from "../lkip/assemble-lkip";',
    ]);
    const above = 'import { rollupBudget } from "@/lib/calc/budget";\nexport const used = rollupBudget;';
    expect(await violations("lib/narrative/x.ts", above)).toEqual([]);
  });

  it("keep domain code off the database, the routes, the components and the server actions", async () => {
    const code = [
      'import { db } from "../server/db";',
      'import { PrismaClient } from "@/lib/generated/prisma/client";',
      'import type { Role } from "@/lib/generated/prisma/enums";',
      'import Page from "@/app/page";',
      'import { ActionError } from "@/components/forms/action-error";',
      'import { saveNarrativeAction } from "@/lib/actions/narrative";',
      "export const used = [db, PrismaClient, Page, ActionError, saveNarrativeAction] as unknown as Role;",
    ].join("\n");
    expect(await violations("lib/views/x.ts", code)).toEqual([
      'import { db } from "../server/db";',
      'import { PrismaClient } from "@/lib/generated/prisma/client";',
      'import Page from "@/app/page";',
      'import { ActionError } from "@/components/forms/action-error";',
      'import { saveNarrativeAction } from "@/lib/actions/narrative";',
    ]);
  });

  it("let only lib/env.ts read process.env", async () => {
    const code = "export const port = process.env.PORT;";
    expect(await violations("lib/server/x.ts", code)).toEqual([code]);
    expect(await violations("components/x.tsx", code)).toEqual([code]);
    expect(await violations("lib/env.ts", code)).toEqual([]);
  });

  it("still send zod through lib/inputs/zod, in every layer", async () => {
    const code = 'import { z } from "zod";\nexport const schema = z.string();';
    for (const file of ["lib/calc/x.ts", "components/x.tsx", "lib/server/x.ts"]) {
      expect(await violations(file, code), file).toEqual(['import { z } from "zod";']);
    }
    expect(await violations("lib/inputs/zod.ts", code)).toEqual([]);
  });
});
