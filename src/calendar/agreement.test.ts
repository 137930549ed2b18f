/**
 * Agreement of the calendars with session lists they did not produce: the trading days of the sample
 * data in ../shared/data (skipped when absent). Every disagreement must be in KNOWN_QUIRKS, and every
 * quirk must still be a disagreement.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { present, shared } from "../../test/support/paths.js";
import { dayNumber, isoDate } from "./days.js";
import { type Mic, compareWithObserved, getCalendar } from "./index.js";
import { KNOWN_QUIRKS } from "./knownDataQuirks.js";

const DATA = `${shared("data")}/`;

/** Dates of a `date,...` CSV whose second column is filled (empty rows are holidays the feed kept). */
function filledDates(path: string, headerRows: number): number[] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .slice(headerRows)
    .map((line) => line.split(","))
    .filter((cells) => cells[0] !== "" && cells[1] !== undefined && cells[1] !== "")
    .map((cells) => dayNumber(cells[0]!));
}

/**
 * Days any Hong Kong stock traded: rows after the three header rows are `Date,Close,High,Low,Open,Volume`;
 * a zero-volume row whose close repeats the previous close is filler for a day nothing traded
 * (the feed writes such rows on typhoon closures), while half-days have zero volume but a moving close.
 */
function hkTradedDates(dir: string): number[] {
  const days = new Set<number>();
  for (const file of readdirSync(dir).filter((f) => /^\d{4}\.HK\.csv$/.test(f))) {
    let previousClose = "";
    for (const line of readFileSync(`${dir}/${file}`, "utf8").split(/\r?\n/).slice(3)) {
      const [date, close, , , , volume] = line.split(",");
      if (date === undefined || date === "" || close === undefined || close === "") continue;
      if (Number(volume) > 0 || close !== previousClose) days.add(dayNumber(date));
      previousClose = close;
    }
  }
  return [...days];
}

interface Source {
  readonly label: string;
  readonly mic: Mic;
  readonly path: string;
  readonly quirks: string;
  readonly dates: () => number[];
}

const SOURCES: readonly Source[] = [
  { label: "HSI index", mic: "XHKG", path: "indices/HSI.csv", quirks: "hk", dates: () => filledDates(`${DATA}indices/HSI.csv`, 1) },
  { label: "96 HK stocks", mic: "XHKG", path: "hk", quirks: "hk", dates: () => hkTradedDates(`${DATA}hk`) },
  { label: "S&P 500 index", mic: "XNYS", path: "indices/GSPC.csv", quirks: "us", dates: () => filledDates(`${DATA}indices/GSPC.csv`, 1) },
  { label: "SPY", mic: "XNYS", path: "us/SPY.csv", quirks: "us", dates: () => filledDates(`${DATA}us/SPY.csv`, 1) },
  { label: "CSI 300 index", mic: "XSHG", path: "indices/CSI_300.csv", quirks: "csi", dates: () => filledDates(`${DATA}indices/CSI_300.csv`, 1) },
];

describe("agreement with observed trading days", () => {
  for (const source of SOURCES) {
    it.skipIf(!present(existsSync(`${DATA}${source.path}`), `${DATA}${source.path}`))(`${source.mic} vs ${source.label}`, () => {
      const calendar = getCalendar(source.mic);
      const report = compareWithObserved(calendar, Int32Array.from(source.dates()));
      const found = [...report.missingInData.map((x) => `${isoDate(x)} missing in data`), ...report.extraInData.map((x) => `${isoDate(x)} extra in data`)];
      const quirks = KNOWN_QUIRKS[source.quirks] ?? {};
      console.log(
        `${source.mic} vs ${source.label}, ${isoDate(report.from)}..${isoDate(report.to)}: ${report.sessions} sessions, ${found.length} disagreements${found.length ? `: ${found.join(", ")}` : ""}`,
      );
      expect(report.sessions).toBeGreaterThan(1000);
      expect(found.filter((f) => quirks[f.slice(0, 10)] === undefined)).toEqual([]);
      expect(report.extraInData).toEqual([]);
      expect(report.missingInData.map(isoDate)).toEqual(Object.keys(quirks).filter((iso) => dayNumber(iso) >= report.from && dayNumber(iso) <= report.to));
    });
  }
});
