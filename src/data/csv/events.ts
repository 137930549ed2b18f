import { InputError } from "../inputError.js";
import { distinctColumns, findColumn, readText, scanTable } from "./table.js";
import type { CsvOptions } from "./table.js";

/** One event of an event list. */
export interface EventRecord {
  /** From the `id` column, or the 1-based data row number ("1", "2", ...) when absent or empty. */
  readonly id: string;
  readonly security: string;
  /** Event date, days since 1970-01-01. */
  readonly date: number;
  readonly group?: string;
  /** Market (benchmark) series for this event, when the file names one. */
  readonly market?: string;
  /** The numeric columns asked for as covariates (`covariateColumns`); NaN where a cell is missing. */
  readonly covariates?: Readonly<Record<string, number>>;
}

export interface EventsCsvOptions extends CsvOptions {
  readonly idColumn?: string;
  readonly securityColumn?: string;
  readonly dateColumn?: string;
  readonly groupColumn?: string;
  readonly marketColumn?: string;
  /** Numeric columns to keep per event, for the cross-sectional regression of CARs. */
  readonly covariateColumns?: readonly string[];
}

const EVENT_ID_ALIASES: readonly string[] = ["id", "event_id"];
const EVENT_SECURITY_ALIASES: readonly string[] = ["security", "ticker", "name", "symbol"];
const EVENT_DATE_ALIASES: readonly string[] = ["date", "when", "event_date"];
const EVENT_GROUP_ALIASES: readonly string[] = ["group"];
const EVENT_MARKET_ALIASES: readonly string[] = ["market"];

/**
 * Parse an event list held in memory: columns security and date (required), id, group, market
 * (optional; names matched case-insensitively, with aliases such as name for security and when for
 * date), and the numeric `covariateColumns` asked for. Other columns are ignored. Events keep the file's order. Empty group/market cells are left
 * out. Throws {@link InputError} on bad dates, empty securities, duplicate ids, missing columns.
 */
export function parseEventsCsv(text: string, source: string, options: EventsCsvOptions = {}): EventRecord[] {
  const events: EventRecord[] = [];
  const idLine = new Map<string, number>();
  scanTable(text, source, options, (table) => {
    const idCol = findColumn(table, "id", options.idColumn, EVENT_ID_ALIASES, false);
    const secCol = findColumn(table, "security", options.securityColumn, EVENT_SECURITY_ALIASES, true);
    const dateCol = findColumn(table, "date", options.dateColumn, EVENT_DATE_ALIASES, true);
    const groupCol = findColumn(table, "group", options.groupColumn, EVENT_GROUP_ALIASES, false);
    const marketCol = findColumn(table, "market", options.marketColumn, EVENT_MARKET_ALIASES, false);
    distinctColumns(table, { id: idCol, security: secCol, date: dateCol, group: groupCol, market: marketCol });
    const covariateCols = (options.covariateColumns ?? []).map((c) => [c, findColumn(table, c, c, [], true)] as const);
    const name = (col: number): string => table.header[col]!;
    return (row) => {
      const where = (col: number) => ({ file: source, line: row.line, field: name(col) });
      const cell = (col: number): string => (col < 0 ? "" : row.cell(col).trim());
      const given = cell(idCol);
      const id = given === "" ? String(events.length + 1) : given;
      // Without an id column every id is a row number: none can repeat, and none need be remembered.
      if (idCol >= 0) {
        const before = idLine.get(id);
        if (before !== undefined) {
          throw new InputError(where(idCol), `duplicate event id ${JSON.stringify(id)} (also on line ${before})`);
        }
        idLine.set(id, row.line);
      }
      const security = cell(secCol);
      if (security === "") throw new InputError(where(secCol), "empty security name");
      const date = row.day(dateCol, name(dateCol));
      const event: { -readonly [K in keyof EventRecord]: EventRecord[K] } = { id, security, date };
      if (cell(groupCol) !== "") event.group = cell(groupCol);
      if (cell(marketCol) !== "") event.market = cell(marketCol);
      if (covariateCols.length > 0) event.covariates = Object.fromEntries(covariateCols.map(([label, col]) => [label, row.num(col, name(col))]));
      events.push(event);
    };
  });
  return events;
}

/** Read an event list file; see {@link parseEventsCsv}. Errors name the file by `path` as given. */
export async function readEventsCsv(path: string, options: EventsCsvOptions = {}): Promise<EventRecord[]> {
  return parseEventsCsv(await readText(path), path, options);
}
