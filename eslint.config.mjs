import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: 'Import { z } from "@/lib/inputs/zod": it sets the Indonesian messages.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  { files: ["lib/inputs/zod.ts"], rules: { "@typescript-eslint/no-restricted-imports": "off" } },
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
