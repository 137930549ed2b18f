/**
 * A few lines describing an import, for the import command to print.
 */
import { isoDate } from "../../calendar/days.js";
import { DAY_FLAGS } from "../priceBatch.js";
import type { ImportBatch } from "../priceBatch.js";
import { TICKER_LIST_FORMAT } from "./tickerList.js";

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function range(first: number, last: number): string {
  return first === last ? isoDate(first) : `${isoDate(first)} .. ${isoDate(last)}`;
}

function names(list: readonly string[], shown = 5): string {
  const head = list.slice(0, shown).join(", ");
  return list.length > shown ? `${head}, ... (${list.length - shown} more)` : head;
}

/** Lines like "line 3, 5, 9 and 12 more". */
function lineList(lines: readonly number[], shown = 5): string {
  const head = lines.slice(0, shown).join(", ");
  return lines.length > shown ? `${head} and ${lines.length - shown} more` : head;
}

/**
 * A short text: file and format, rows read, securities (or factor columns), date range, days
 * flagged as half-days / no trade, and rows skipped grouped by reason.
 *
 *     hk/9988.HK.csv (yahoo-three-header): 1,426 rows read
 *       1 security: 9988.HK, 2019-11-26 .. 2025-10-30
 *       flagged: 7 days with a close but no range (half-days), 0 days without trade (close missing)
 *       skipped 0 rows
 */
export function summarizeBatch(batch: ImportBatch): string {
  const out = [`${batch.file} (${batch.format}): ${count(batch.rowsRead, "row")} read`];
  if (batch.format === TICKER_LIST_FORMAT) {
    out.push(`  a list of ${count(batch.rowsRead, "ticker")}, not a price file: nothing imported`);
    return out.join("\n");
  }
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
    const span = Number.isFinite(first) ? `, ${range(first, last)}` : "";
    const symbols = batch.prices.map((s) => s.symbol);
    out.push(`  ${count(symbols.length, "security", "securities")}: ${names(symbols)}${span}; ${count(days, "day")} of prices`);
    if (rangeMissing + noTrade > 0) {
      out.push(
        `  flagged: ${count(rangeMissing, "day")} with a close but no intraday range (e.g. half-days), ` +
          `${count(noTrade, "day")} without trade (close missing, e.g. suspensions)`,
      );
    }
  }
  for (const t of batch.factors) {
    const cols = Object.keys(t.columns);
    const span = t.dates.length > 0 ? `, ${range(t.dates[0]!, t.dates.at(-1)!)}` : "";
    out.push(`  factors ${t.name}: ${cols.join(", ")}; ${count(t.dates.length, "day")}${span}`);
  }
  if (batch.prices.length === 0 && batch.factors.length === 0) out.push("  no series");
  if (batch.skipped.length === 0) {
    out.push("  skipped 0 rows");
  } else {
    out.push(`  skipped ${count(batch.skipped.length, "row")}:`);
    const byReason = new Map<string, number[]>();
    for (const s of batch.skipped) {
      let lines = byReason.get(s.reason);
      if (lines === undefined) byReason.set(s.reason, (lines = []));
      lines.push(s.line);
    }
    for (const [reason, lines] of byReason) out.push(`    ${lines.length} ${reason} (line ${lineList(lines)})`);
  }
  return out.join("\n");
}
