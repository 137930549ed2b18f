/**
 * What an import read from a file, gathered as data (ImportSummary); src/shared/importSummary.ts writes
 * it as the few lines the import command prints.
 */
import { isoDate } from "../../calendar/days.js";
import { DAY_FLAGS } from "../priceBatch.js";
import type { ImportBatch } from "../priceBatch.js";
import type { ImportSummary } from "../../shared/importSummary.js";
import { TICKER_LIST_FORMAT } from "./tickerList.js";

/** What the import read from `batch`, as data: file, format, rows, price series, factors and rows skipped. */
export function importSummary(batch: ImportBatch): ImportSummary {
  const head = { file: batch.file, format: batch.format, rowsRead: batch.rowsRead };
  if (batch.format === TICKER_LIST_FORMAT) return { ...head, tickerList: true, factors: [], skipped: [] };
  let prices: ImportSummary["prices"];
  if (batch.prices.length > 0) {
    let first = Infinity;
    let last = -Infinity;
    let days = 0;
    let rangeMissing = 0;
    let noTrade = 0;
    for (const s of batch.prices) {
      days += s.dates.length;
      if (s.dates.length > 0) {
        first = Math.min(first, s.dates[0]!);
        last = Math.max(last, s.dates.at(-1)!);
      }
      for (const f of s.flags) {
        if (f & DAY_FLAGS.rangeMissing) rangeMissing++;
        if (f & DAY_FLAGS.noTrade) noTrade++;
      }
    }
    const span = Number.isFinite(first) ? { first: isoDate(first), last: isoDate(last) } : {};
    prices = { symbols: batch.prices.map((s) => s.symbol), ...span, days, rangeMissing, noTrade };
  }
  const factors = batch.factors.map((t) => ({
    name: t.name,
    columns: Object.keys(t.columns),
    days: t.dates.length,
    ...(t.dates.length > 0 ? { first: isoDate(t.dates[0]!), last: isoDate(t.dates.at(-1)!) } : {}),
  }));
  const byReason = new Map<string, number[]>();
  for (const s of batch.skipped) {
    let lines = byReason.get(s.reason);
    if (lines === undefined) byReason.set(s.reason, (lines = []));
    lines.push(s.line);
  }
  const skipped = [...byReason].map(([reason, lines]) => ({ reason, lines }));
  return { ...head, tickerList: false, ...(prices === undefined ? {} : { prices }), factors, skipped };
}
