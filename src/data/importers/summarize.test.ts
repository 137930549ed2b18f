import { describe, expect, it } from "vitest";
import { importText } from "./importFile.js";
import { importSummaryText } from "../../shared/importSummary.js";
import { importSummary } from "./summarize.js";

const summarizeBatch = (batch: Parameters<typeof importSummary>[0]): string => importSummaryText(importSummary(batch));

describe("importSummary written by importSummaryText", () => {
  it("gives rows, securities, the date range, flagged days and skipped rows grouped by reason", () => {
    const text =
      "Price,Close,High,Low,Open,Volume\nTicker,9988.HK,9988.HK,9988.HK,9988.HK,9988.HK\nDate,,,,,\n" +
      "2020-12-23,246.77,248.16,243.59,247.56,15189316\n2020-12-24,227.10,227.10,227.10,227.10,0\n" +
      "2020-12-26,,,,,0\n2020-12-28,227.10,227.10,227.10,227.10,0\n2020-12-29,,,,,0\n";
    expect(summarizeBatch(importText(text, "hk/9988.HK.csv"))).toBe(
      [
        "hk/9988.HK.csv (yahoo-three-header): 5 rows read",
        "  1 security: 9988.HK, 2020-12-23 .. 2020-12-28; 3 days of prices",
        "  flagged: 1 day with a close but no intraday range (e.g. half-days), 1 day without trade (close missing, e.g. suspensions)",
        "  skipped 2 rows:",
        "    2 no values (holiday row) (line 6, 8)",
      ].join("\n"),
    );
  });

  it("describes factor tables and ticker lists", () => {
    const ff = importText("Prose.\n\n,Mkt-RF,RF\n19260701, 0.09, 0.01\n19260702, 0.45, 0.01\n\nCopyright\n", "F-F.csv");
    expect(summarizeBatch(ff)).toBe(
      [
        "F-F.csv (fama-french): 2 rows read",
        "  factors F-F: Mkt-RF, RF; 2 days, 1926-07-01 .. 1926-07-02",
        "  skipped 1 row:",
        "    1 text after the data block (footer or a further section), ignored (line 7)",
      ].join("\n"),
    );
    expect(summarizeBatch(importText("ticker\nA\nB\n", "u.csv"))).toBe(
      "u.csv (ticker-list): 2 rows read\n  a list of 2 tickers, not a price file: nothing imported",
    );
  });

  it("shortens long lists of symbols and lines", () => {
    const rows = Array.from({ length: 8 }, (_, i) => `S${i},2020-01-0${i + 1},${i + 1}`);
    const empty = Array.from({ length: 7 }, (_, i) => `S0,2020-02-0${i + 1},`);
    const text = `security,date,close\n${[...rows, ...empty].join("\n")}\n`;
    const s = summarizeBatch(importText(text, "l.csv"));
    expect(s).toContain("8 securities: S0, S1, S2, S3, S4, ... (3 more), 2020-01-01 .. 2020-01-08; 8 days of prices");
    expect(s).toContain("7 no values (holiday row) (line 10, 11, 12, 13, 14 and 2 more)");
  });
});
