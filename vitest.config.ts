import { defineConfig } from "vitest/config";

/** `npm test`: everything but the browser tests, which `npm run test:e2e` runs (vitest.e2e.config.ts). */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "seeds/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["test/e2e/**", "**/node_modules/**"],
    env: { TERUKUR_LOG: "0" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
