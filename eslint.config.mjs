import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of docs/architecture.md, enforced: dependencies point down, never up.

const zod = {
  name: "zod",
  message: 'Import { z } from "@/lib/inputs/zod": it sets the Indonesian messages.',
  allowTypeImports: true,
};

/** An import of a folder of the project, by its alias or by a relative path ("@/lib/server/db", "../server/db"). */
const importOf = (folder, message) => {
  const [top, ...rest] = folder.split("/");
  const path =
    top === "lib" ? `(?:@/lib/|(?:\\.\\./)+(?:lib/)?)${rest.join("/")}` : `(?:@/|(?:\\.\\./)+)${folder}`;
  return { regex: `^${path}(?:/|$)`, message };
};

const prismaClient = {
  regex: "^(?:@prisma/client|(?:@/lib/|(?:\\.\\./)+(?:lib/)?)generated/prisma/client)(?:/|$)",
  message: "Only lib/server talks to the database; use the plain types of lib/generated/prisma/enums.",
};
const server = importOf(
  "lib/server",
  "Server code stays behind lib/actions and the pages: pass data as props, share types from a plain module.",
);
const actions = importOf("lib/actions", "Domain code calls no server action: components do.");
const routes = importOf("app", "Nothing imports a route: move what is shared into lib/ or components/.");
const components = importOf("components", "Domain code renders nothing: it gives components plain data.");

const restrictImports = (patterns, { zodAllowed = false } = {}) => [
  "error",
  { paths: zodAllowed ? [] : [zod], patterns },
];

/** Plain TypeScript under lib/: everything but the server use cases, the server actions and generated code. */
const domain = ["lib/**/*.{ts,tsx}"];
const notDomain = ["lib/server/**", "lib/actions/**", "lib/generated/**"];
const domainPatterns = [server, actions, routes, components, prismaClient];

// A later object setting the same rule replaces the earlier one's options for the files it matches:
// each object below repeats the whole list that holds for its files.
const config = [
  ...nextVitals,
  ...nextTypescript,
  { rules: { "@typescript-eslint/no-restricted-imports": restrictImports([]) } },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": restrictImports([server, routes, prismaClient]) },
  },
  {
    files: ["lib/server/**/*.{ts,tsx}", "lib/actions/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": restrictImports([routes, components]) },
  },
  {
    files: domain,
    ignores: notDomain,
    rules: { "@typescript-eslint/no-restricted-imports": restrictImports(domainPatterns) },
  },
  {
    files: ["lib/calc/**/*.{ts,tsx}"],
    // A test may take its figures from the LKIP fixture of the demo year.
    ignores: ["lib/calc/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports([
        ...domainPatterns,
        importOf(
          "lib/narrative",
          "The calculation engine is below the narrative: narrative code reads lib/calc.",
        ),
        importOf("lib/lkip", "The calculation engine is below the LKIP: lib/lkip reads lib/calc."),
      ]),
    },
  },
  {
    files: ["lib/inputs/zod.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(domainPatterns, { zodAllowed: true }),
    },
  },
  {
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: 'Read configuration from `env` ("@/lib/env").' },
      ],
    },
  },
  {
    // The one reader, and the tools that hand the environment to the processes they start.
    files: ["lib/env.ts", "prisma.config.ts", "scripts/**", "tests/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
