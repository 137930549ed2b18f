/**
 * The shapes the page exchanges with the API server. Types only: the page imports nothing at run time
 * from the server's code (../../src), so the bundle carries no Node code.
 */
import type { EChartsOption } from "echarts";
import type { CompanyPlan } from "../../src/pipeline/studyPlan.js";
import type { ExtractRequest as ServerExtractRequest, StudyOptionsRequest } from "../../src/server/schemas.js";
import type { CompanyRole, EventCompany, EventDocument } from "../../src/news/eventDocument.js";
import type { EventWindow } from "../../src/study/eventWindow.js";
import type { ModelName } from "../../src/study/models/returnModel.js";
import type { TestName } from "../../src/study/significance/statistic.js";
import type { ConventionName } from "../../src/study/conventions.js";
import type { Adjustment } from "../../src/study/multipleTesting.js";
import type { EventResult, StudyResult, TestOutcome } from "../../src/study/results.js";

export type {
  Adjustment,
  CompanyRole,
  ConventionName,
  EventCompany,
  EventDocument,
  EventResult,
  EventWindow,
  ModelName,
  StudyResult,
  TestName,
  TestOutcome,
};

/** GET /api/study-settings: the models, tests, conventions and adjustments a study may name, with the defaults. */
export type { StudySettingsCatalogue as StudySettings } from "../../src/pipeline/studySettings.js";

/** POST /api/prices/import: one outcome per file, its summary or the error that refused it. */
export type { ImportResult } from "../../src/pipeline/importUpload.js";

/** GET /api/examples and GET /api/examples/:id */
export type { Example, ExampleSummary } from "../../src/pipeline/examples.js";

/** POST /api/events/extract */
export type ExtractRequest = ServerExtractRequest;

/** GET /api/securities?q=&limit= */
export interface SecurityHit {
  /** The knowledge base's entity; null for a security only the price store knows. */
  readonly entityId: string | null;
  readonly name: string;
  readonly kind: string;
  readonly listings: readonly { readonly symbol: string; readonly from?: string; readonly to?: string }[];
  /** The listings that have prices in the store. */
  readonly stored: readonly string[];
}

/** The `options` of POST /api/studies (the server's schema, with windows the page keeps read-only). */
export type StudyOptions = Omit<StudyOptionsRequest, "windows" | "estimation"> & {
  readonly windows?: readonly EventWindow[];
  readonly estimation?: EventWindow;
};

/** A company of a stored study, with the listings studied and why the others (or it) were not. */
export type StudyCompany = CompanyPlan;

/**
 * POST /api/studies (201) and GET /api/studies/:id. Numbers that are not finite in the result (NaN)
 * arrive as null: the formatters print "–" for them.
 */
export interface StoredStudy {
  /** A positive whole number given by the server's store. */
  readonly id: number;
  readonly createdAt: string;
  readonly headline: string;
  /** The event document of an article's study; absent for an event list's. */
  readonly event?: EventDocument;
  /** The uploaded event list a study was run on (POST /api/studies/events). */
  readonly source?: { readonly file: string; readonly events: number };
  readonly companies: readonly StudyCompany[];
  readonly result: StudyResult;
  readonly charts: { readonly carPaths: EChartsOption; readonly day0: EChartsOption; readonly groupCaar: EChartsOption };
}

/** Every API error body. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly ApiIssue[] };
}

/** A field at fault: a path into the request, and for an uploaded file its line and column. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly field?: string;
}
