/** The HTTP API: `createApp` for tests and embedding, `serve` to listen, `serveCommand` for the CLI. */
export { createApp, DEFAULT_UPLOAD_LIMIT_BYTES, JSON_BODY_LIMIT_BYTES, type AppDeps } from "./app.js";
export { ApiError, type ApiErrorBody, type ApiIssue } from "./errors.js";
export { openApiDocument } from "./openapi.js";
export { serve, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from "./serve.js";
export { serveCommand } from "./serveCommand.js";
