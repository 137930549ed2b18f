/**
 * Stooq's CSV download of daily bars:
 *
 *     GET https://stooq.com/q/d/l/?s={stooq symbol}&i=d&d1=YYYYMMDD&d2=YYYYMMDD[&apikey=KEY]
 *
 *     Date,Open,High,Low,Close,Volume
 *     2024-03-07,104.11,105.49,103.05,104.95,2953419
 *
 * `i=d` asks for daily bars, `d1`/`d2` bound the dates (inclusive); dates are the exchange's own.
 * A series without volume has no Volume column. An unknown symbol, or a range without trading,
 * gets the body `No data`; a used-up daily quota gets `Exceeded the daily hits limit`. Stooq now
 * hands out an API key (`apikey`) through a form on its site; pass it as `apiKey` when it asks.
 *
 * The series' close is Stooq's one close column (its history is adjusted for splits, and Stooq
 * does not say whether for dividends); symbols are mapped as described in stooqSymbol.ts.
 */
import { dayNumber, isoDate } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import type { ImportBatch } from "../priceBatch.js";
import { checkedPrice, checkedVolume } from "./barValues.js";
import { BatchBuilder } from "./batchBuilder.js";
import { ProviderDataError, ProviderHttpError } from "./errors.js";
import { HttpClient, bodyExcerpt } from "./http.js";
import type { HttpOptions, HttpResponse } from "./http.js";
import { checkRange } from "./provider.js";
import type { BarRequest, FetchDailyOptions, Provider } from "./provider.js";
import { stooqSymbol } from "./stooqSymbol.js";

export const STOOQ_DAILY = "stooq-daily";

const ENDPOINT = "https://stooq.com/q/d/l/";

/** Default spacing of requests: Stooq counts downloads against a small daily quota. */
const MIN_INTERVAL_MS = 1000;

export interface StooqOptions extends HttpOptions {
  /** Stooq's API key, sent as `apikey` (never shown in the batch or in messages). */
  readonly apiKey?: string;
}

/** The download URL for `stooq` (a Stooq symbol) and dates `from`..`to`, without the API key. */
export function stooqDailyUrl(stooq: string, from: number, to: number): string {
  const query = new URLSearchParams({ s: stooq, i: "d", d1: compactDate(from), d2: compactDate(to) });
  return `${ENDPOINT}?${query.toString()}`;
}

function compactDate(day: number): string {
  return isoDate(day).replaceAll("-", "");
}

/**
 * The batch in a Stooq answer: one series, bars dated `request.from` to `request.to`. Throws a
 * {@link ProviderDataError} for `No data`, the quota message or a body that is not the CSV above,
 * a {@link ProviderHttpError} for another status than 200, and an {@link InputError} for a bad row.
 */
export function readStooqCsv(response: HttpResponse, request: BarRequest, stooq: string): ImportBatch {
  const { source, symbol, from, to } = request;
  if (response.status !== 200) throw new ProviderHttpError(STOOQ_DAILY, source, response.status, `unexpected answer${bodyExcerpt(response.body)}`);
  const text = response.body.trim();
  if (text === "No data") {
    throw new ProviderDataError(
      STOOQ_DAILY,
      `Stooq has no data for ${stooq} (${symbol}) from ${isoDate(from)} to ${isoDate(to)}: an unknown symbol, or no trading in that range`,
    );
  }
  if (text.startsWith("Exceeded the daily hits limit")) {
    throw new ProviderDataError(STOOQ_DAILY, "Stooq's daily download limit is used up: try again tomorrow, or use the yahoo-chart provider");
  }
  const lines = response.body.trimEnd().split(/\r?\n/);
  const header = lines[0]!.split(",").map((c) => c.trim());
  if (header[0] !== "Date" || ["Open", "High", "Low", "Close"].some((name) => !header.includes(name))) {
    throw new ProviderDataError(STOOQ_DAILY, `${source}: not Stooq's Date,Open,High,Low,Close,Volume CSV${bodyExcerpt(text)}`);
  }
  const at = (name: string): number => header.indexOf(name);
  const [open, high, low, close, volume] = [at("Open"), at("High"), at("Low"), at("Close"), at("Volume")];
  const batch = new BatchBuilder(source, STOOQ_DAILY, symbol, { open: true, high: true, low: true, volume: volume >= 0 }, "Date");
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "") continue;
    const line = i + 1;
    const cells = raw.split(",");
    if (cells.length !== header.length) {
      throw new InputError({ file: source, line }, `${cells.length} fields where the header has ${header.length}`);
    }
    const day = dayNumber(cells[0]!.trim());
    if (Number.isNaN(day)) throw new InputError({ file: source, line, field: "Date" }, `${JSON.stringify(cells[0])} is not a date (YYYY-MM-DD)`);
    if (day < from || day > to) continue;
    const num = (col: number): number => numberCell(cells[col]!, source, line, header[col]!);
    batch.add(
      line,
      day,
      checkedPrice(num(open), source, line, "Open"),
      checkedPrice(num(high), source, line, "High"),
      checkedPrice(num(low), source, line, "Low"),
      checkedPrice(num(close), source, line, "Close"),
      volume >= 0 ? checkedVolume(num(volume), source, line, "Volume") : Number.NaN,
    );
  }
  return batch.finish();
}

/** A CSV number; an empty cell is NaN. */
function numberCell(cell: string, source: string, line: number, field: string): number {
  const text = cell.trim();
  if (text === "") return Number.NaN;
  const x = Number(text);
  if (Number.isNaN(x)) throw new InputError({ file: source, line, field }, `${JSON.stringify(text)} is not a number`);
  return x;
}

/** The Stooq provider; `options` tune its HTTP access and may carry the API key. */
export function stooqDaily(options: StooqOptions = {}): Provider {
  const http = new HttpClient(STOOQ_DAILY, MIN_INTERVAL_MS, options);
  return {
    name: STOOQ_DAILY,
    async fetchDaily(symbol: string, from: number, to: number, fetchOptions: FetchDailyOptions = {}): Promise<ImportBatch> {
      checkRange(from, to);
      const stooq = stooqSymbol(symbol, STOOQ_DAILY);
      const source = stooqDailyUrl(stooq, from, to);
      const url = options.apiKey === undefined ? source : `${source}&${new URLSearchParams({ apikey: options.apiKey }).toString()}`;
      const response = await http.getText(url, fetchOptions.signal);
      return readStooqCsv(response, { symbol, from, to, source }, stooq);
    },
  };
}
