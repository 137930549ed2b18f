/**
 * The SEC's `company_tickers_exchange.json`: `{"fields": ["cik", "name", "ticker", "exchange"],
 * "data": [[320193, "Apple Inc.", "AAPL", "Nasdaq"], ...]}`. Tickers are written as the directory
 * writes US symbols (`BRK-B`); the CIK is kept as text without leading zeros.
 */
import { InputError } from "../inputError.js";
import type { SecTicker } from "./listedSecurity.js";

/** CIK and name by ticker; `file` names the document in errors. */
export function parseSecTickers(text: string, file: string): Map<string, SecTicker> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file }, `not JSON (${(e as Error).message})`);
  }
  const fields = (doc as { fields?: unknown }).fields;
  const data = (doc as { data?: unknown }).data;
  if (!Array.isArray(fields) || !Array.isArray(data)) throw new InputError({ file }, 'not the SEC\'s company_tickers_exchange.json: it has "fields" and "data" arrays');
  const cik = fields.indexOf("cik"), name = fields.indexOf("name"), ticker = fields.indexOf("ticker");
  for (const [f, i] of [["cik", cik], ["name", name], ["ticker", ticker]] as const) {
    if (i < 0) throw new InputError({ file, field: f }, `missing from "fields" (${fields.join(", ")})`);
  }
  const out = new Map<string, SecTicker>();
  data.forEach((row: unknown, i) => {
    const path = `data[${i}]`;
    if (!Array.isArray(row)) throw new InputError({ file, field: path }, "not an array");
    const c: unknown = row[cik], t: unknown = row[ticker], n: unknown = row[name];
    if (typeof c !== "number" || !Number.isInteger(c) || c <= 0) throw new InputError({ file, field: `${path}.cik` }, `${JSON.stringify(c)} is not a CIK`);
    if (typeof t !== "string" || t === "") throw new InputError({ file, field: `${path}.ticker` }, `${JSON.stringify(t)} is not a ticker`);
    // A ticker listed twice keeps its first row: the SEC orders the file by company size.
    if (!out.has(t)) out.set(t, { cik: String(c), name: typeof n === "string" ? n : "" });
  });
  return out;
}
