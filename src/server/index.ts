/** The HTTP API: `createApp` for tests and embedding, `serve` to listen (the CLI's `serve` command: src/cli/commands/serve.ts). */
export { createApp, DEFAULT_UPLOAD_LIMIT_BYTES, JSON_BODY_LIMIT_BYTES, type AppDeps } from "./app.js";
export { ApiError, type ApiErrorBody, type ApiIssue } from "./errors.js";
export { openApiDocument } from "./openapi.js";
export { serve, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from "./serve.js";
