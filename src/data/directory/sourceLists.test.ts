import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../inputError.js";
import { hkexWorkbook } from "./fixtures/refresh/hkexWorkbook.js";
import { parseHkexList } from "./hkexList.js";
import { parseNasdaqTrader, securityType, splitSecurityName, yahooFromCqs } from "./nasdaqTrader.js";
import { parseSecTickers } from "./secTickers.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/refresh/", import.meta.url));
const fixture = (file: string): string => readFileSync(`${FIXTURE}${file}`, "utf8");

describe("Nasdaq Trader's symbol directory", () => {
  it("reads nasdaqlisted.txt without test issues and ETFs, names without the security description", () => {
    expect(parseNasdaqTrader(fixture("nasdaqlisted.txt"), "nasdaqlisted.txt")).toEqual({
      created: "2026-12-07 21:32",
      securities: [
        { symbol: "CRWV", exchange: "XNAS", name: "CoreWeave, Inc.", localCode: "CRWV", securityType: "common" },
        { symbol: "META", exchange: "XNAS", name: "Meta Platforms, Inc.", localCode: "META", securityType: "common" },
      ],
      skipped: [],
    });
  });

  it("reads otherlisted.txt: MICs, Yahoo-style symbols from CQS symbols, the CQS symbol as local code", () => {
    const rows = parseNasdaqTrader(fixture("otherlisted.txt"), "otherlisted.txt").securities;
    expect(rows.map((r) => [r.symbol, r.exchange, r.name, r.localCode, r.securityType])).toEqual([
      ["BRK-B", "XNYS", "Berkshire Hathaway Inc.", "BRK.B", "common"],
      ["GOTU", "XNYS", "Gaotu Techedu Inc.", "GOTU", "adr"],
      ["KO", "XNYS", "The Coca-Cola Company", "KO", "common"],
      ["TRU", "XNYS", "TransUnion", "TRU", "common"],
      ["TRU-PA", "XNYS", "TransUnion", "TRUpA", "preferred"],
    ]);
  });

  it.each([
    ["BRK.B", "BRK-B"],
    ["ABRpD", "ABR-PD"],
    ["AAC.WS", "AAC-WT"],
    ["AAC.U", "AAC-U"],
    ["XYZr", "XYZ-R"],
    ["XYZw", "XYZ-WI"],
    ["AAPL", "AAPL"],
  ])("CQS %s is %s", (cqs, yahoo) => expect(yahooFromCqs(cqs)).toBe(yahoo));

  it.each([
    ["Apple Inc. - Common Stock", "Apple Inc.", "common"],
    ["Alibaba Group Holding Limited American Depositary Shares each representing eight Ordinary share", "Alibaba Group Holding Limited", "adr"],
    ["Arbor Realty Trust 6.375% Series D Cumulative Redeemable Preferred Stock", "Arbor Realty Trust", "preferred"],
    ["Ares Acquisition Corporation Warrants, each whole warrant exercisable for one Class A", "Ares Acquisition Corporation", "warrant"],
    ["Some Acquisition Corp - Units", "Some Acquisition Corp", "unit"],
  ])("%s: name %s, type %s", (securityName, name, type) => {
    const split = splitSecurityName(securityName);
    expect(split.name).toBe(name);
    expect(securityType(split.description)).toBe(type);
  });

  it("refuses a file cut short (no File Creation Time line), naming the file", () => {
    const cut = fixture("nasdaqlisted.txt").split("\n").slice(0, 3).join("\n");
    expect(() => parseNasdaqTrader(cut, "nasdaqlisted.txt")).toThrow(/nasdaqlisted\.txt.*File Creation Time/);
  });

  it("refuses a row with a field missing, naming its line", () => {
    const bad = fixture("otherlisted.txt").replace("TRU|TransUnion Common Stock|N|TRU|N|100|N|TRU", "TRU|TransUnion Common Stock|N|TRU|N|100|N");
    expect(() => parseNasdaqTrader(bad, "otherlisted.txt")).toThrow(InputError);
    expect(() => parseNasdaqTrader(bad, "otherlisted.txt")).toThrow(/otherlisted\.txt:6/);
  });

  it("leaves out, and reports, a symbol with no Yahoo-style spelling (a called preferred)", () => {
    const text = fixture("otherlisted.txt").replace("File Creation Time", "XYZ$A.CL|XYZ Corp 6% Preferred Stock Called|N|XYZpA.CL|N|100|N|XYZ-A*\nFile Creation Time");
    const parsed = parseNasdaqTrader(text, "otherlisted.txt");
    expect(parsed.skipped).toEqual([{ line: 8, code: "XYZpA.CL" }]);
    expect(parsed.securities).toHaveLength(5);
  });

  it("refuses another file's header", () => {
    expect(() => parseNasdaqTrader("a|b|c\n1|2|3\n", "x.txt")).toThrow(/not a Nasdaq Trader symbol directory/);
  });
});

describe("the SEC's company_tickers_exchange.json", () => {
  it("gives the CIK and name of each ticker", () => {
    const sec = parseSecTickers(fixture("company_tickers_exchange.json"), "cte.json");
    expect(sec.get("BRK-B")).toEqual({ cik: "1067983", name: "BERKSHIRE HATHAWAY INC" });
    expect(sec.get("CRWV")?.cik).toBe("1769628");
    expect(sec.size).toBe(6);
  });

  it("names the entry that is not a CIK", () => {
    expect(() => parseSecTickers('{"fields":["cik","name","ticker","exchange"],"data":[[320193,"Apple Inc.","AAPL","Nasdaq"],["x","B","B",null]]}', "cte.json")).toThrow(/cte\.json.*data\[1\]\.cik/);
  });

  it("refuses a document of another shape", () => {
    expect(() => parseSecTickers('{"0":{"cik_str":320193,"ticker":"AAPL"}}', "cte.json")).toThrow(/"fields" and "data"/);
  });
});

describe("HKEX's List of Securities", () => {
  it("keeps Equity and REIT rows, with the stated date, 5-digit codes and Yahoo symbols", async () => {
    const { updated, securities } = await parseHkexList(await hkexWorkbook(), "ListOfSecurities.xlsx");
    expect(updated).toBe("2026-12-07");
    expect(securities.map((s) => [s.symbol, s.name, s.localCode, s.securityType])).toEqual([
      ["0700.HK", "TENCENT", "00700", "Equity Securities (Main Board)"],
      ["0813.HK", "SHIMAO GROUP", "00813", "Equity Securities (Main Board)"],
      ["0823.HK", "LINK REIT", "00823", "REIT"],
      ["3750.HK", "CATL", "03750", "Equity Securities (Main Board)"],
    ]);
  });

  it("keeps an RMB counter's five digits", async () => {
    const { securities } = await parseHkexList(await hkexWorkbook("07/12/2026", [["80700", "TENCENT-R", "Equity", "Equity Securities (Main Board)", "KYG875721634"]]), "x.xlsx");
    expect(securities[0]!.symbol).toBe("80700.HK");
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(parseHkexList(new TextEncoder().encode("<html>blocked</html>"), "ListOfSecurities.xlsx")).rejects.toThrow(/ListOfSecurities\.xlsx.*not an xlsx workbook/);
  });
});
