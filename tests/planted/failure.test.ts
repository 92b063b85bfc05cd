import { expect, it } from "vitest";

// Run by tests/integration/suite-exit-code.test.ts with SAKIP_PLANT_FAILURE=1 to prove that a red test makes
// its tier exit non-zero; skipped in every ordinary run.
it.runIf(process.env.SAKIP_PLANT_FAILURE === "1")("fails on purpose", () => {
  expect(1).toBe(2);
});
