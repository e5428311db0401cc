import { defineConfig } from "vitest/config";

/** `npm run test:e2e`: the end-to-end tests in headless Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    env: { TERUKUR_LOG: "0" },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
