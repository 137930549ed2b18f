/**
 * The OpenAPI 3.1 document of the API, written by hand around JSON Schemas that zod 4 generates from
 * the very schemas the routes validate with (schemas.ts), so the two cannot drift apart.
 */
import { z } from "zod";
import { eventDocumentSchema } from "../pipeline/vocabulary.js";
import {
  errorBodySchema,
  exampleSchema,
  exampleSummarySchema,
  extractRequestSchema,
  extractResponseSchema,
  healthSchema,
  importPathRequestSchema,
  importResponseSchema,
  importUploadSchema,
  MAX_ARTICLE_BYTES,
  securityMatchSchema,
  eventListUploadSchema,
  studyRequestSchema,
  studyResponseSchema,
  studySettingsSchema,
  studyResultSchema,
} from "./schemas.js";

type JsonSchema = Record<string, unknown>;

const ref = (id: string): JsonSchema => ({ $ref: `#/components/schemas/${id}` });

/** Named schemas; requests are described as they are sent (input), responses as they come back (output). */
function components(): Record<string, JsonSchema> {
  const requests = z.registry<{ id: string }>();
  requests.add(eventDocumentSchema, { id: "EventDocument" });
  requests.add(extractRequestSchema, { id: "ExtractRequest" });
  requests.add(importPathRequestSchema, { id: "ImportPathRequest" });
  requests.add(importUploadSchema, { id: "ImportUpload" });
  requests.add(studyRequestSchema, { id: "StudyRequest" });
  requests.add(eventListUploadSchema, { id: "EventListUpload" });
  const responses = z.registry<{ id: string }>();
  responses.add(eventDocumentSchema, { id: "EventDocument" });
  responses.add(errorBodySchema, { id: "Error" });
  responses.add(healthSchema, { id: "Health" });
  responses.add(studySettingsSchema, { id: "StudySettings" });
  responses.add(exampleSummarySchema, { id: "ExampleSummary" });
  responses.add(exampleSchema, { id: "Example" });
  responses.add(extractResponseSchema, { id: "ExtractResponse" });
  responses.add(securityMatchSchema, { id: "SecurityMatch" });
  responses.add(importResponseSchema, { id: "ImportResponse" });
  responses.add(studyResultSchema, { id: "StudyResult" });
  responses.add(studyResponseSchema, { id: "Study" });
  const common = { uri: (id: string) => `#/components/schemas/${id}`, unrepresentable: "any" as const, target: "draft-2020-12" as const };
  const out = z.toJSONSchema(responses, { ...common, io: "output" }).schemas as Record<string, JsonSchema>;
  const input = z.toJSONSchema(requests, { ...common, io: "input" }).schemas as Record<string, JsonSchema>;
  const all: Record<string, JsonSchema> = { ...out, ...input };
  for (const schema of Object.values(all)) {
    // Components are addressed by their place in the document: no $schema, no fragment-only $id.
    delete schema["$schema"];
    delete schema["$id"];
    delete schema["id"];
  }
  return all;
}

const json = (schema: JsonSchema): { content: { "application/json": { schema: JsonSchema } } } => ({
  content: { "application/json": { schema } },
});

const errorResponse = (description: string): JsonSchema => ({ description, ...json(ref("Error")) });

const ERRORS = {
  400: errorResponse("Bad request: the body or query is invalid; `issues` names each field at fault."),
  403: errorResponse("Forbidden: the path is absolute or leaves the data directory."),
  404: errorResponse("Not found."),
  413: errorResponse("Payload too large."),
  415: errorResponse("Unsupported media type."),
  422: errorResponse("The study cannot run: a benchmark has no prices."),
  500: errorResponse("Internal error (details are logged on the server, never sent)."),
};

const pathId = (description: string): JsonSchema => ({ name: "id", in: "path", required: true, description, schema: { type: "string" } });

export function openApiDocument(version: string): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "aftershock API",
      version,
      description: "From a news article to an event study: extract the event and its companies, import prices, run and keep studies.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Is the server up, and which version",
          responses: { 200: { description: "Up.", ...json(ref("Health")) }, 500: ERRORS[500] },
        },
      },
      "/api/examples": {
        get: {
          operationId: "listExamples",
          summary: "Example articles of the news folder (*.txt, *.html)",
          responses: { 200: { description: "The examples.", ...json({ type: "array", items: ref("ExampleSummary") }) }, 500: ERRORS[500] },
        },
      },
      "/api/examples/{id}": {
        get: {
          operationId: "getExample",
          summary: "One example article with its text",
          parameters: [pathId("The example's file name without extension, e.g. xi-meets-tech-bosses.")],
          responses: { 200: { description: "The example.", ...json(ref("Example")) }, 404: ERRORS[404], 500: ERRORS[500] },
        },
      },
      "/api/events/extract": {
        post: {
          operationId: "extractEvent",
          summary: "Extract the event document of an article (or one result per item of a feed)",
          requestBody: { required: true, ...json(ref("ExtractRequest")) },
          responses: {
            200: { description: "The event document, or for a feed an array of documents and item errors.", ...json(ref("ExtractResponse")) },
            400: errorResponse("Invalid body, or an article that cannot be read (empty, binary, no company): code invalid_input."),
            413: errorResponse(`The text is longer than ${MAX_ARTICLE_BYTES} bytes.`),
            500: ERRORS[500],
          },
        },
      },
      "/api/securities": {
        get: {
          operationId: "searchSecurities",
          summary: "Search companies and indices by name, alias, Chinese name, person or symbol",
          parameters: [
            {
              name: "q",
              in: "query",
              required: true,
              description: "Search text, e.g. baidu, 百度, Robin Li, 9888.HK.",
              schema: { type: "string", minLength: 1, maxLength: 200 },
            },
            { name: "limit", in: "query", required: false, description: "Most results.", schema: { type: "integer", minimum: 1, maximum: 100, default: 10 } },
          ],
          responses: {
            200: { description: "Best matches first.", ...json({ type: "array", items: ref("SecurityMatch") }) },
            400: ERRORS[400],
            500: ERRORS[500],
          },
        },
      },
      "/api/prices/import": {
        post: {
          operationId: "importPrices",
          summary: "Import price or factor files: a path inside the server's data directory, or an uploaded file",
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("ImportPathRequest") }, "multipart/form-data": { schema: ref("ImportUpload") } },
          },
          responses: {
            200: { description: "One result per file: its summary and the store's report, or the error that refused it.", ...json(ref("ImportResponse")) },
            400: ERRORS[400],
            403: ERRORS[403],
            404: ERRORS[404],
            413: errorResponse("The upload is larger than the server's limit."),
            415: ERRORS[415],
            500: ERRORS[500],
          },
        },
      },
      "/api/studies": {
        post: {
          operationId: "createStudy",
          summary: "Run an event study of an event document and keep it",
          requestBody: { required: true, ...json(ref("StudyRequest")) },
          responses: {
            201: { description: "The study, saved under its id.", ...json(ref("Study")) },
            400: ERRORS[400],
            413: ERRORS[413],
            422: ERRORS[422],
            500: ERRORS[500],
          },
        },
      },
      "/api/studies/events": {
        post: {
          operationId: "createEventListStudy",
          summary: "Run an event study of an uploaded event list (CSV) with the prices in the store, and keep it",
          requestBody: { required: true, content: { "multipart/form-data": { schema: ref("EventListUpload") } } },
          responses: {
            201: { description: "The study, saved under its id (with `source` instead of `event`).", ...json(ref("Study")) },
            400: errorResponse("The list or the options are wrong: a bad row is named by its line and field in `issues`."),
            413: errorResponse("The upload is larger than the server's limit."),
            415: ERRORS[415],
            500: ERRORS[500],
          },
        },
      },
      "/api/study-settings": {
        get: {
          operationId: "getStudySettings",
          summary: "The models, tests, conventions and adjustments a study may name, with the defaults",
          responses: { 200: { description: "The settings.", ...json(ref("StudySettings")) }, 500: ERRORS[500] },
        },
      },
      "/api/studies/{id}": {
        get: {
          operationId: "getStudy",
          summary: "A saved study, as it was answered when created",
          parameters: [pathId("The study's id.")],
          responses: { 200: { description: "The study.", ...json(ref("Study")) }, 400: ERRORS[400], 404: ERRORS[404], 500: ERRORS[500] },
        },
      },
      "/api/studies/{id}/export": {
        get: {
          operationId: "exportStudy",
          summary: "Download a saved study: its results as CSV (one row per event and window) or the whole study as JSON",
          parameters: [
            pathId("The study's id."),
            { name: "format", in: "query", required: false, schema: { type: "string", enum: ["csv", "json"], default: "json" } },
          ],
          responses: {
            200: {
              description: "An attachment (Content-Disposition).",
              headers: { "Content-Disposition": { schema: { type: "string" }, description: 'attachment; filename="study-ID.csv"' } },
              content: { "text/csv": { schema: { type: "string" } }, "application/json": { schema: ref("Study") } },
            },
            400: ERRORS[400],
            404: ERRORS[404],
            500: ERRORS[500],
          },
        },
      },
      "/api/openapi.json": {
        get: { operationId: "openApi", summary: "This document", responses: { 200: { description: "OpenAPI 3.1.", ...json({ type: "object" }) } } },
      },
    },
    components: { schemas: components() },
  };
}
