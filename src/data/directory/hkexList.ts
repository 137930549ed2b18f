/**
 * HKEX's "List of Securities" (`ListOfSecurities.xlsx`, English): a title, an "Updated as at
 * DD/MM/YYYY" line, then a header row with "Stock Code", "Name of Securities", "Category",
 * "Sub-Category". The directory keeps Category "Equity" and "Real Estate Investment Trusts"
 * (its README), the short name as published, the 5-digit code as `local_code`, and the Yahoo-style
 * symbol: the code without its leading zero (`00700` -> `0700.HK`; 8xxxx RMB counters keep 5 digits).
 */
import ExcelJS from "exceljs";
import { InputError } from "../inputError.js";
import type { ListedSecurity } from "./listedSecurity.js";

const COLUMNS = ["Stock Code", "Name of Securities", "Category", "Sub-Category"] as const;

/** The Equity and REIT rows of the list, and the date it states ("" when it has none). */
export async function parseHkexList(bytes: Uint8Array, file: string): Promise<{ updated: string; securities: ListedSecurity[] }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new InputError({ file }, `not an xlsx workbook (${(e as Error).message})`);
  }
  const sheet = book.worksheets[0];
  if (sheet === undefined) throw new InputError({ file }, "the workbook has no sheet");
  const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? "" : typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : String(v)).trim();
  let updated = "";
  let header: Map<string, number> | undefined;
  const out: ListedSecurity[] = [];
  sheet.eachRow((row, line) => {
    // row.values is sparse (index 0 and empty cells are holes): Array.from fills them.
    const cells = Array.from(row.values as ExcelJS.CellValue[], (v) => text(v));
    if (header === undefined) {
      const stated = /Updated as at (\d{2})\/(\d{2})\/(\d{4})/.exec(cells.join(" "));
      if (stated) updated = `${stated[3]}-${stated[2]}-${stated[1]}`;
      if (cells.includes("Stock Code")) {
        header = new Map(cells.map((c, i) => [c, i]));
        for (const c of COLUMNS) if (!header.has(c)) throw new InputError({ file, line, field: c }, `column missing from the header (${COLUMNS.join(", ")})`);
      }
      return;
    }
    const cell = (c: (typeof COLUMNS)[number]): string => cells[header!.get(c)!] ?? "";
    const category = cell("Category");
    if (category !== "Equity" && category !== "Real Estate Investment Trusts") return;
    const code = cell("Stock Code").padStart(5, "0");
    if (!/^\d{5}$/.test(code)) throw new InputError({ file, line, field: "Stock Code" }, `"${cell("Stock Code")}" is not an HKEX stock code`);
    const name = cell("Name of Securities");
    if (name === "") throw new InputError({ file, line, field: "Name of Securities" }, "empty; every row needs one");
    const symbol = `${code.startsWith("0") ? code.slice(1) : code}.HK`;
    const securityType = category === "Equity" ? cell("Sub-Category") : "REIT";
    out.push({ symbol, exchange: "XHKG", name, localCode: code, securityType });
  });
  if (header === undefined) throw new InputError({ file }, 'no header row with "Stock Code": not HKEX\'s List of Securities');
  return { updated, securities: out };
}
