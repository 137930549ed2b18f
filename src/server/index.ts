/** The HTTP API: `createApp` for tests and embedding, `serve` to listen (the CLI's `serve` command: src/cli/commands/serve.ts). */
export { createApp, type AppDeps } from "./app.js";
export { serve, type RunningServer } from "./serve.js";
