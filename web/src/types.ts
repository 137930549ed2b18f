/**
 * The shapes the page exchanges with the API server, derived from the server's zod schemas
 * (src/server/schemas.ts), so that a number the JSON may carry as null is typed `number | null`.
 * Types only: the page imports nothing at run time from the server's code (../../src), so the bundle
 * carries no Node code.
 */
import type { EChartsOption } from "echarts";
import type {
  ApiErrorBody,
  CompanyPlanJson,
  Example,
  ExampleSummary,
  ExtractRequest as ServerExtractRequest,
  ImportResponse,
  SecurityMatch,
  StudyOptionsRequest,
  StudyResponse,
  StudyResultJson,
  StudySettings,
} from "../../src/server/schemas.js";
import type { CompanyRole, EventCompany, EventDocument } from "../../src/news/eventDocument.js";
import type { EventWindow } from "../../src/study/eventWindow.js";
import type { ModelName } from "../../src/study/models/returnModel.js";
import type { TestName } from "../../src/study/significance/statistic.js";
import type { ConventionName } from "../../src/study/conventions.js";
import type { Adjustment } from "../../src/study/multipleTesting.js";

export type {
  Adjustment,
  ApiErrorBody,
  CompanyRole,
  ConventionName,
  EventCompany,
  EventDocument,
  EventWindow,
  Example,
  ExampleSummary,
  ModelName,
  StudySettings,
  TestName,
};

/** A study's numbers (GET /api/studies/:id `result`): NaN and infinities arrive as null. */
export type StudyResult = StudyResultJson;
export type EventResult = StudyResult["events"][number];
type GroupResult = StudyResult["groups"][number];
type GroupWindowResult = GroupResult["windows"][number];
/** One test's verdict; statistic and p-value are null when the test has none (its `reason` says why). */
export type TestOutcome = NonNullable<GroupWindowResult["tests"][TestName]>;

/** POST /api/prices/import: one outcome per file, its summary or the error that refused it. */
export type ImportResult = ImportResponse["results"][number];

/** POST /api/events/extract */
export type ExtractRequest = ServerExtractRequest;

/** GET /api/securities?q=&limit= */
export type SecurityHit = SecurityMatch;

/** The `options` of POST /api/studies (the server's schema, with windows the page keeps read-only). */
export type StudyOptions = Omit<StudyOptionsRequest, "windows" | "estimation"> & {
  readonly windows?: readonly EventWindow[];
  readonly estimation?: EventWindow;
};

/** A company of a stored study, with the listings studied and why the others (or it) were not. */
export type StudyCompany = CompanyPlanJson;

/** POST /api/studies (201) and GET /api/studies/:id; the charts are ECharts options as the server built them. */
export type StoredStudy = Omit<StudyResponse, "charts"> & {
  readonly charts: { readonly carPaths: EChartsOption; readonly day0: EChartsOption; readonly groupCaar: EChartsOption };
};

/** A field at fault: a path into the request, and for an uploaded file its line and column. */
export type ApiIssue = NonNullable<ApiErrorBody["error"]["issues"]>[number];
