/**
 * Nasdaq Trader's symbol directory (`nasdaqlisted.txt`, `otherlisted.txt`; the field definitions are
 * on nasdaqtrader.com, "Symbol Look-Up/Directory Data Fields & Definitions"): pipe-separated, one
 * header line, and a last line "File Creation Time: ...". Test issues and ETFs are left out. Each row
 * becomes a listing in the directory's terms (its README): a Yahoo-style symbol, the exchange's MIC,
 * the company name without the security description, and the security type derived from that
 * description.
 */
import { InputError } from "../inputError.js";
import type { ListedSecurity, SkippedRow } from "./listedSecurity.js";

/** Exchange codes of `otherlisted.txt` and their MICs (Nasdaq-listed rows are XNAS). */
const EXCHANGE_MIC: Readonly<Record<string, string>> = { A: "XASE", N: "XNYS", P: "ARCX", Z: "BATS", V: "IEXG" };

/** Which file a text is, by its header; a header of neither is bad input. */
const NASDAQ_COLUMNS = ["Symbol", "Security Name", "Test Issue", "ETF"] as const;
const OTHER_COLUMNS = ["ACT Symbol", "Security Name", "Exchange", "CQS Symbol", "ETF", "Test Issue"] as const;

/**
 * The listings of one directory file, when Nasdaq made it (its last line, "File Creation Time:
 * MMDDYYYYhh:mm", as YYYY-MM-DD hh:mm), and the rows left out because their symbol has a form with no
 * Yahoo-style spelling here (called, when-distributed, part-paid issues...): reported, not guessed.
 * `file` names the file in errors.
 */
export function parseNasdaqTrader(text: string, file: string): { created: string; securities: ListedSecurity[]; skipped: SkippedRow[] } {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? "").split("|").map((h) => h.trim());
  const nasdaq = NASDAQ_COLUMNS.every((c) => header.includes(c));
  const other = OTHER_COLUMNS.every((c) => header.includes(c));
  if (!nasdaq && !other) {
    throw new InputError({ file, line: 1 }, `not a Nasdaq Trader symbol directory: the header needs ${NASDAQ_COLUMNS.join("|")} (nasdaqlisted.txt) or ${OTHER_COLUMNS.join("|")} (otherlisted.txt)`);
  }
  const at = (name: string): number => header.indexOf(name);
  const out: ListedSecurity[] = [];
  const skipped: SkippedRow[] = [];
  let created: string | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (line.startsWith("File Creation Time")) {
      const m = /^File Creation Time: (\d{2})(\d{2})(\d{4})(\d{2}):(\d{2})/.exec(line);
      if (!m) throw new InputError({ file, line: i + 1 }, `"${line.split("|")[0]}" is not a creation time written MMDDYYYYhh:mm`);
      created = `${m[3]}-${m[1]}-${m[2]} ${m[4]}:${m[5]}`;
      continue;
    }
    const cells = line.split("|");
    if (cells.length !== header.length) throw new InputError({ file, line: i + 1 }, `${cells.length} fields where the header has ${header.length}`);
    const cell = (name: string): string => cells[at(name)]!.trim();
    if (cell("Test Issue") === "Y" || cell("ETF") === "Y") continue;
    const securityName = cell("Security Name");
    if (securityName === "") throw new InputError({ file, line: i + 1, field: "Security Name" }, "empty; every row needs one");
    const { name, description } = splitSecurityName(securityName);
    if (nasdaq) {
      const symbol = cell("Symbol");
      if (!/^[A-Z]{1,5}$/.test(symbol)) {
        skipped.push({ line: i + 1, code: symbol });
        continue;
      }
      out.push({ symbol, exchange: "XNAS", name, localCode: symbol, securityType: securityType(description) });
    } else {
      const code = cell("Exchange");
      const mic = EXCHANGE_MIC[code];
      if (mic === undefined) throw new InputError({ file, line: i + 1, field: "Exchange" }, `"${code}" is not an exchange code (${Object.keys(EXCHANGE_MIC).join(", ")})`);
      const cqs = cell("CQS Symbol");
      const symbol = yahooFromCqs(cqs);
      if (symbol === undefined) {
        skipped.push({ line: i + 1, code: cqs });
        continue;
      }
      out.push({ symbol, exchange: mic, name, localCode: cqs, securityType: securityType(description) });
    }
  }
  if (created === undefined) throw new InputError({ file, line: lines.length }, 'no "File Creation Time" line: the file is cut short');
  return { created, securities: out, skipped };
}

/**
 * The Yahoo-style symbol of a CQS symbol: class `BRK.B` -> `BRK-B`, preferred `ABRpD` -> `ABR-PD`,
 * warrants `AAC.WS` -> `AAC-WT`, units `AAC.U` -> `AAC-U`, rights `XYZr` / `XYZ.RT` -> `XYZ-R`,
 * when issued `XYZw` -> `XYZ-WI`.
 */
export function yahooFromCqs(cqs: string): string | undefined {
  const m = /^([A-Z]{1,6})(?:\.([A-Z])|p([A-Z]?)|\.WS(?:\.([A-Z]))?|\.U|r|\.RT?|w)?$/.exec(cqs);
  if (!m) return undefined;
  const root = m[1]!;
  const suffix = cqs.slice(root.length);
  if (suffix === "") return root;
  if (m[2] !== undefined) return `${root}-${m[2]}`;
  if (suffix.startsWith("p")) return `${root}-P${m[3] ?? ""}`;
  if (suffix.startsWith(".WS")) return `${root}-WT${m[4] ?? ""}`;
  if (suffix === ".U") return `${root}-U`;
  if (suffix === "w") return `${root}-WI`;
  return `${root}-R`;
}

/** Where the description starts in names written without " - " ("Alibaba Group Holding Limited American Depositary Shares..."). */
const DESCRIPTION = /\s+(?:Class [A-Z]\b|New Common|Common Stock|Common Shares|Ordinary Shares|American Depositary|ADS\b|Warrants?\b|Units?\b|Rights?\b|Depositary Shares|Shares of Beneficial|\d[\d.]*%|Series [A-Z]\b|Subordinate|Sponsored ADR)/;

/**
 * The company name and the security description of a Nasdaq Trader "Security Name":
 * "Apple Inc. - Common Stock" is "Apple Inc." and "Common Stock"; "Coca-Cola Company (The) Common
 * Stock" is "The Coca-Cola Company" (the directory's README: company name with the description removed).
 */
export function splitSecurityName(securityName: string): { name: string; description: string } {
  const dash = securityName.indexOf(" - ");
  let name: string, description: string;
  if (dash > 0) {
    name = securityName.slice(0, dash);
    description = securityName.slice(dash + 3);
  } else {
    const m = DESCRIPTION.exec(securityName);
    name = m ? securityName.slice(0, m.index) : securityName;
    description = m ? securityName.slice(m.index + 1) : "";
  }
  name = name.trim().replace(/,$/, "");
  const the = /^(.*\S)\s*\(The\)$/.exec(name);
  if (the) name = `The ${the[1]}`;
  return { name, description: description.trim() };
}

/** The directory's US security type of a description (the README's list; derived, so wrong at the margins). */
export function securityType(description: string): string {
  const d = description;
  if (/Warrant/i.test(d)) return "warrant";
  if (/\bRights?\b/i.test(d)) return "right";
  if (/\bUnits?\b/i.test(d)) return "unit";
  if (/Preferred|Preference/i.test(d)) return "preferred";
  if (/\bNotes?\b|Debentures?|\bBonds?\b/i.test(d)) return "debt";
  if (/American Depositary|\bADS\b|\bADR\b/i.test(d)) return "adr";
  if (/Beneficial Interest|\bTrust\b|\bFund\b|\bETN\b/i.test(d)) return "fund/trust";
  return "common";
}
