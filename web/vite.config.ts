import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The browser app, built by `vite build web` into web/dist and served by the API server at `/` (with
 * index.html for client routes such as /studies/:id). Vite's Oxc transform compiles the TSX; React's
 * automatic runtime means no `import React` in components.
 */
export default defineConfig({
  base: "/",
  oxc: { jsx: { runtime: "automatic" } },
  resolve: {
    // The one folder of the program the page bundles: pure modules shared with the report (src/shared).
    alias: { "@aftershock/shared": fileURLToPath(new URL("../src/shared", import.meta.url)) },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // ECharts is one large module; the warning says nothing useful for a single-page app.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    // `npx vite web` proxies the API to `aftershock serve` (port 8470) during development.
    proxy: { "/api": { target: "http://127.0.0.1:8470", changeOrigin: false } },
  },
});
