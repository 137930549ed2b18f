/**
 * The securities directory as files: `securities.csv`, `names.csv`, `ticker_changes.csv` and
 * `corporate_events.csv` of a folder laid out like `../shared/data/securities` (see its README for
 * the sources and snapshot dates). Cells are read as text (csv-parse without casting, so "00700"
 * stays "00700"); a bad row is an InputError naming the file, the line and the field.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvRecords } from "../csv/csvRecords.js";
import { InputError } from "../inputError.js";

/** One symbol ever listed (securities.csv). Empty cells are empty strings. */
export interface DirectorySecurity {
  readonly symbol: string;
  /** MIC (XNAS, XNYS, XASE, ARCX, XHKG, XSHG, XSHE) or "" when unknown. */
  readonly exchange: string;
  readonly name: string;
  readonly nameZh: string;
  readonly country: string;
  readonly sector: string;
  readonly marketCapUsd: number | undefined;
  /** First and last snapshot that listed it; empty for old mainland stocks known only by their dates. */
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly source: string;
  readonly localCode: string;
  readonly securityType: string;
  readonly industry: string;
  readonly cik: string;
  readonly listDate: string;
  readonly delistDate: string;
  readonly inLatestSnapshot: boolean;
  readonly nameZhFull: string;
  readonly ipoYear: number | undefined;
}

/** One name a symbol carried, first and last seen (names.csv). */
export interface DirectoryName {
  readonly symbol: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly lang: string;
}

/** A symbol change (ticker_changes.csv): it happened after `prevSnapshot` and on or before `date`. */
export interface DirectoryTickerChange {
  readonly date: string;
  readonly oldSymbol: string;
  readonly newSymbol: string;
}

/** A hand-checked corporate event (corporate_events.csv): renames, delistings, ticker changes. */
export interface DirectoryEvent {
  /** The first ten characters of the date cell when they are a date, else "" (ranges are left undated). */
  readonly date: string;
  readonly symbols: string;
  readonly event: string;
}

export interface DirectoryRows {
  readonly securities: readonly DirectorySecurity[];
  readonly names: readonly DirectoryName[];
  readonly tickerChanges: readonly DirectoryTickerChange[];
  readonly events: readonly DirectoryEvent[];
}

/** Whether a folder is a securities directory (it holds securities.csv and names.csv). */
export function isDirectoryFolder(dir: string): boolean {
  return existsSync(join(dir, "securities.csv")) && existsSync(join(dir, "names.csv"));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and checks every file of a directory folder. */
export function readDirectoryFolder(dir: string): DirectoryRows {
  const read = (file: string, required: boolean): string | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (required) throw new InputError({ file: path }, "missing: a securities directory holds securities.csv and names.csv");
      return undefined;
    }
    return readFileSync(path, "utf8");
  };
  const securitiesText = read("securities.csv", true)!;
  const namesText = read("names.csv", true)!;
  return {
    securities: table(securitiesText, join(dir, "securities.csv"), SECURITY_COLUMNS, securityOf),
    names: table(namesText, join(dir, "names.csv"), NAME_COLUMNS, nameOf),
    tickerChanges: table(read("ticker_changes.csv", false) ?? "", join(dir, "ticker_changes.csv"), CHANGE_COLUMNS, changeOf),
    events: table(read("corporate_events.csv", false) ?? "", join(dir, "corporate_events.csv"), EVENT_COLUMNS, eventOf),
  };
}

const SECURITY_COLUMNS = ["symbol", "exchange", "name", "name_zh", "country", "sector", "market_cap_usd", "first_seen", "last_seen", "source", "local_code", "security_type", "industry", "isin", "cik", "list_date", "delist_date", "in_latest_snapshot", "name_zh_full", "ipo_year"] as const;
const NAME_COLUMNS = ["symbol", "name", "from", "to", "source", "lang"] as const;
const CHANGE_COLUMNS = ["date", "prev_snapshot", "old_symbol", "new_symbol", "name", "exchange", "cik", "source"] as const;
const EVENT_COLUMNS = ["date", "date_precision", "symbols", "event", "detail", "evidence_in_this_folder", "external_source"] as const;

/** A row's cells by column name, with the checks that name the file, line and field. */
class Cells<C extends string> {
  constructor(
    private readonly file: string,
    readonly line: number,
    private readonly values: ReadonlyMap<C, string>,
  ) {}

  text(column: C): string {
    return this.values.get(column) ?? "";
  }

  required(column: C): string {
    const v = this.text(column);
    if (v === "") throw new InputError({ file: this.file, line: this.line, field: column }, "empty; every row needs one");
    return v;
  }

  date(column: C, optional = false): string {
    const v = optional ? this.text(column) : this.required(column);
    if (v !== "" && !DATE.test(v)) throw new InputError({ file: this.file, line: this.line, field: column }, `"${v}" is not a date written YYYY-MM-DD`);
    return v;
  }

  number(column: C): number | undefined {
    const v = this.text(column);
    if (v === "") return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new InputError({ file: this.file, line: this.line, field: column }, `"${v}" is not a number`);
    return n;
  }
}

function table<C extends string, T>(text: string, file: string, columns: readonly C[], row: (cells: Cells<C>) => T): T[] {
  if (text.trim() === "") return [];
  const records = csvRecords(text, file);
  const header = records[0]!.cells.map((c) => c.trim());
  for (const c of columns) {
    if (!header.includes(c)) throw new InputError({ file, line: records[0]!.line, field: c }, `column missing from the header (${columns.join(", ")})`);
  }
  const out: T[] = [];
  for (const r of records.slice(1)) {
    if (r.cells.length !== header.length) throw new InputError({ file, line: r.line }, `${r.cells.length} cells where the header has ${header.length}`);
    const values = new Map<C, string>();
    header.forEach((h, i) => values.set(h as C, r.cells[i]!.trim()));
    out.push(row(new Cells(file, r.line, values)));
  }
  return out;
}

function securityOf(c: Cells<(typeof SECURITY_COLUMNS)[number]>): DirectorySecurity {
  return {
    symbol: c.required("symbol"),
    exchange: c.text("exchange"),
    name: c.text("name"),
    nameZh: c.text("name_zh"),
    country: c.text("country"),
    sector: c.text("sector"),
    marketCapUsd: c.number("market_cap_usd"),
    firstSeen: c.date("first_seen", true),
    lastSeen: c.date("last_seen", true),
    source: c.text("source"),
    localCode: c.text("local_code"),
    securityType: c.text("security_type"),
    industry: c.text("industry"),
    cik: c.text("cik"),
    listDate: c.date("list_date", true),
    delistDate: c.date("delist_date", true),
    inLatestSnapshot: c.text("in_latest_snapshot") === "Y",
    nameZhFull: c.text("name_zh_full"),
    ipoYear: c.number("ipo_year"),
  };
}

function nameOf(c: Cells<(typeof NAME_COLUMNS)[number]>): DirectoryName {
  return { symbol: c.required("symbol"), name: c.required("name"), from: c.date("from"), to: c.date("to"), lang: c.required("lang") };
}

function changeOf(c: Cells<(typeof CHANGE_COLUMNS)[number]>): DirectoryTickerChange {
  return { date: c.date("date"), oldSymbol: c.required("old_symbol"), newSymbol: c.required("new_symbol") };
}

function eventOf(c: Cells<(typeof EVENT_COLUMNS)[number]>): DirectoryEvent {
  const head = c.required("date").slice(0, 10);
  const ranged = /\.\.|\//.test(c.text("date"));
  return { date: DATE.test(head) && !ranged ? head : "", symbols: c.required("symbols"), event: c.required("event") };
}
