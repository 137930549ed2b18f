import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // As in web/vite.config.ts: the page's tests load its modules with the shared ones they bundle.
    alias: { "@aftershock/shared": fileURLToPath(new URL("./src/shared", import.meta.url)) },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 60_000,
  },
});
