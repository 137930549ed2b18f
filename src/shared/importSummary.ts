/**
 * What an import read from one file, as data (src/data/importers/summarize.ts gathers it), and the few
 * lines the import command prints and the API's `summary` carries, written here once.
 */

export interface ImportSummary {
  readonly file: string;
  /** The format the file was read as (e.g. "yahoo-three-header", "fama-french"). */
  readonly format: string;
  readonly rowsRead: number;
  /** A list of tickers, not a price file: nothing was imported. */
  readonly tickerList: boolean;
  /** The price series read, when any: symbols, first and last date (YYYY-MM-DD), days, and days flagged. */
  readonly prices?: {
    readonly symbols: readonly string[];
    readonly first?: string;
    readonly last?: string;
    readonly days: number;
    /** Days with a close but no intraday range (half-days). */
    readonly rangeMissing: number;
    /** Days without trade (close missing, suspensions). */
    readonly noTrade: number;
  };
  readonly factors: readonly {
    readonly name: string;
    readonly columns: readonly string[];
    readonly days: number;
    readonly first?: string;
    readonly last?: string;
  }[];
  /** Rows skipped, grouped by reason, with their 1-based lines. */
  readonly skipped: readonly { readonly reason: string; readonly lines: readonly number[] }[];
}

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function range(first: string | undefined, last: string | undefined): string {
  if (first === undefined || last === undefined) return "";
  return first === last ? `, ${first}` : `, ${first} .. ${last}`;
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
export function importSummaryText(s: ImportSummary): string {
  const out = [`${s.file} (${s.format}): ${count(s.rowsRead, "row")} read`];
  if (s.tickerList) {
    out.push(`  a list of ${count(s.rowsRead, "ticker")}, not a price file: nothing imported`);
    return out.join("\n");
  }
  const p = s.prices;
  if (p !== undefined) {
    out.push(`  ${count(p.symbols.length, "security", "securities")}: ${names(p.symbols)}${range(p.first, p.last)}; ${count(p.days, "day")} of prices`);
    if (p.rangeMissing + p.noTrade > 0) {
      out.push(
        `  flagged: ${count(p.rangeMissing, "day")} with a close but no intraday range (e.g. half-days), ` +
          `${count(p.noTrade, "day")} without trade (close missing, e.g. suspensions)`,
      );
    }
  }
  for (const t of s.factors) out.push(`  factors ${t.name}: ${t.columns.join(", ")}; ${count(t.days, "day")}${range(t.first, t.last)}`);
  if (p === undefined && s.factors.length === 0) out.push("  no series");
  const skipped = s.skipped.reduce((n, g) => n + g.lines.length, 0);
  if (skipped === 0) {
    out.push("  skipped 0 rows");
  } else {
    out.push(`  skipped ${count(skipped, "row")}:`);
    for (const g of s.skipped) out.push(`    ${g.lines.length} ${g.reason} (line ${lineList(g.lines)})`);
  }
  return out.join("\n");
}
