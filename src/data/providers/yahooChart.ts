/**
 * Yahoo Finance's chart API (unofficial, undocumented; the format below is what it serves):
 *
 *     GET https://query1.finance.yahoo.com/v8/finance/chart/{symbol}?period1=..&period2=..&interval=1d&events=div,splits
 *
 * `period1`/`period2` are Unix seconds, `period2` exclusive. The answer is JSON:
 *
 *     { "chart": { "result": [ {
 *         "meta": { "symbol": "0700.HK", "gmtoffset": 28800, "exchangeTimezoneName": "Asia/Hong_Kong", ... },
 *         "timestamp": [1715529600, ...],                       // Unix seconds, one per bar
 *         "events": { "dividends": { "1715875200": { "amount": 3.4, "date": 1715875200 } }, "splits": {...} },
 *         "indicators": {
 *           "quote": [ { "open": [...], "high": [...], "low": [...], "close": [...], "volume": [...] } ],
 *           "adjclose": [ { "adjclose": [...] } ] } } ],
 *       "error": null } }
 *
 * with `null` where a value is missing, or `{"chart": {"result": null, "error": {"code": "Not Found",
 * "description": "No data found, symbol may be delisted"}}}` (HTTP 404) for an unknown symbol.
 * Without bars in the range, `timestamp` is absent and `quote` is `[{}]`.
 *
 * The series' close is `adjclose` (adjusted for splits and dividends, which is why `events=div,splits`
 * is asked; the events themselves have no place in an ImportBatch and are not read); open, high and
 * low stay as Yahoo gives them (raw), and flat zero-volume bars are judged against the raw close.
 * Each bar's date is read in the exchange's time zone (see exchangeDate.ts).
 */
import { z } from "zod";
import type { ImportBatch } from "../priceBatch.js";
import { checkedPrice, checkedVolume } from "./barValues.js";
import { BatchBuilder } from "./batchBuilder.js";
import { ProviderDataError, ProviderHttpError } from "./errors.js";
import { exchangeDayReader } from "./exchangeDate.js";
import { HttpClient, bodyExcerpt } from "./http.js";
import type { HttpOptions, HttpResponse } from "./http.js";
import { checkRange } from "./provider.js";
import type { BarRequest, FetchDailyOptions, Provider } from "./provider.js";

export const YAHOO_CHART = "yahoo-chart";

const CHART_ENDPOINT = "https://query1.finance.yahoo.com/v8/finance/chart/";

/** Default spacing of requests: Yahoo starts answering 429 to bursts. */
const MIN_INTERVAL_MS = 500;

/** Reason given for a bar left out because a later bar of the same date follows. */
export const SUPERSEDED_BAR = "another bar of the same date follows (Yahoo's live bar); the later one is kept";

const values = z.array(z.number().nullable());

const chartErrorSchema = z.object({ code: z.string(), description: z.string().nullish() });

/** Just the error, so that it is read even when the rest of the answer has another shape. */
const errorAnswerSchema = z.object({ chart: z.object({ error: chartErrorSchema }) });

const chartSchema = z.object({
  chart: z.object({
    result: z
      .array(
        z.object({
          meta: z.object({ gmtoffset: z.number(), exchangeTimezoneName: z.string().optional() }),
          timestamp: z.array(z.number().int()).optional(),
          indicators: z.object({
            quote: z.array(
              z.object({ open: values.optional(), high: values.optional(), low: values.optional(), close: values.optional(), volume: values.optional() }),
            ),
            adjclose: z.array(z.object({ adjclose: values })).optional(),
          }),
        }),
      )
      .nullable(),
    error: chartErrorSchema.nullable(),
  }),
});

type ChartResult = NonNullable<z.infer<typeof chartSchema>["chart"]["result"]>[number];

/** Yahoo's spelling of a project symbol: a US share class is written with a dash (BRK.B → BRK-B). */
export function yahooSymbol(symbol: string): string {
  return symbol.replace(/^([A-Z]{1,5})\.([A-Z])$/, "$1-$2");
}

/**
 * The chart URL for exchange-local dates `from`..`to`. The Unix-time window is a day wider on each
 * side, since a bar's instant can fall on another UTC date than its local date (UTC-12 to UTC+14);
 * the extra bars are dropped by date when the answer is read.
 */
export function yahooChartUrl(symbol: string, from: number, to: number): string {
  const query = new URLSearchParams({
    period1: String((from - 1) * 86_400),
    period2: String((to + 2) * 86_400),
    interval: "1d",
    events: "div,splits",
  });
  return `${CHART_ENDPOINT}${encodeURIComponent(yahooSymbol(symbol))}?${query.toString()}`;
}

/**
 * The batch in a chart answer: one series (none when there are no bars in the range), bars dated
 * from `request.from` to `request.to`. Throws a {@link ProviderDataError} for `chart.error` or an
 * answer of another shape, a {@link ProviderHttpError} for another status than 200 without
 * `chart.error`, and an InputError for a bad value in a bar.
 */
export function readYahooChart(response: HttpResponse, request: BarRequest): ImportBatch {
  const json = parseJson(response.body);
  const failed = errorAnswerSchema.safeParse(json);
  if (failed.success) {
    const { code, description } = failed.data.chart.error;
    throw new ProviderDataError(YAHOO_CHART, `Yahoo Finance has no chart for ${request.symbol}: ${code}${description ? `: ${description}` : ""}`);
  }
  if (response.status !== 200) {
    throw new ProviderHttpError(YAHOO_CHART, request.source, response.status, `unexpected answer${bodyExcerpt(response.body)}`);
  }
  const parsed = chartSchema.safeParse(json);
  if (!parsed.success) {
    throw new ProviderDataError(YAHOO_CHART, `${request.source}: not a Yahoo chart answer: ${issues(parsed.error)}`);
  }
  const result = parsed.data.chart.result?.[0];
  if (result === undefined) throw new ProviderDataError(YAHOO_CHART, `${request.source}: a chart answer with neither result nor error`);
  return batchOf(result, request);
}

/** `chart.result.0.meta.gmtoffset: Invalid input: expected number, received undefined; ...` */
function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`).join("; ");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function batchOf(result: ChartResult, request: BarRequest): ImportBatch {
  const { source, symbol, from, to } = request;
  const stamps = result.timestamp ?? [];
  const quote = result.indicators.quote[0] ?? {};
  const adjusted = result.indicators.adjclose?.[0]?.adjclose;
  const closes = adjusted ?? quote.close;
  const n = stamps.length;
  if (n > 0 && closes === undefined) throw new ProviderDataError(YAHOO_CHART, `${source}: bars without close or adjclose`);
  for (const [name, column] of Object.entries({ ...quote, adjclose: adjusted })) {
    if (column !== undefined && column.length !== n) {
      throw new ProviderDataError(YAHOO_CHART, `${source}: ${n} timestamps but ${column.length} values of ${name}`);
    }
  }
  const present = { open: quote.open !== undefined, high: quote.high !== undefined, low: quote.low !== undefined, volume: quote.volume !== undefined };
  const batch = new BatchBuilder(source, YAHOO_CHART, symbol, present, "timestamp");
  const dayOf = exchangeDayReader(result.meta.exchangeTimezoneName, result.meta.gmtoffset);
  const days = stamps.map(dayOf);
  for (let i = 0; i < n; i++) {
    const day = days[i]!;
    if (day < from || day > to) continue;
    const line = i + 1;
    if (days[i + 1] === day) {
      batch.skip(line, SUPERSEDED_BAR);
      continue;
    }
    const close = checkedPrice(closes?.[i], source, line, adjusted ? "adjclose" : "close");
    const rawClose = checkedPrice(quote.close?.[i], source, line, "close");
    batch.add(
      line,
      day,
      checkedPrice(quote.open?.[i], source, line, "open"),
      checkedPrice(quote.high?.[i], source, line, "high"),
      checkedPrice(quote.low?.[i], source, line, "low"),
      close,
      checkedVolume(quote.volume?.[i], source, line, "volume"),
      rawClose,
    );
  }
  return batch.finish();
}

/** The Yahoo chart provider; `options` tune its HTTP access (fetch, retries, rate limit, timeout). */
export function yahooChart(options: HttpOptions = {}): Provider {
  const http = new HttpClient(YAHOO_CHART, MIN_INTERVAL_MS, options);
  return {
    name: YAHOO_CHART,
    async fetchDaily(symbol: string, from: number, to: number, fetchOptions: FetchDailyOptions = {}): Promise<ImportBatch> {
      checkRange(from, to);
      const url = yahooChartUrl(symbol, from, to);
      const response = await http.getText(url, fetchOptions.signal);
      return readYahooChart(response, { symbol, from, to, source: url });
    },
  };
}
