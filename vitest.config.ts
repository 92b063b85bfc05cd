import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server-only modules are plain modules outside a React server bundle.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // A ceiling for a busy 2-core machine, not a speed goal (the default 5 s failed there).
          testTimeout: 30_000,
          include: [
            "lib/**/*.test.ts",
            "prisma/**/*.test.ts",
            "components/**/*.test.ts",
            "scripts/**/*.test.ts",
            // Skipped unless tests/integration/suite-exit-code.test.ts plants its failure.
            "tests/planted/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/planted/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/per-file-database.ts"],
          testTimeout: 60_000,
          // Files wait mostly on PostgreSQL: more workers than cores keep both busy.
          maxWorkers: 3,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
