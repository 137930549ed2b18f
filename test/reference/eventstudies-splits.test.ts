/**
 * Reference case: the stock splits of the R package eventstudies 1.2.2 (vignette "eventstudies";
 * ../shared/reference/cases/eventstudies-splits, README there): 22 split dates of Indian stocks,
 * daily returns in percent from 2010-07-01, raw returns over days -5..+5. The package measures
 * events 6, 9, 16, 20, 21 and 22 and reports the other 16 with a reason (the first four wdatamissing,
 * wrongspan, wrongspan, wrongspan); for event 6 its cumulative return from day -4 (forced to 0) is
 * 0, -1.37, -3.1, -1.68, -1.13 %.
 *
 * Raw returns are the market-adjusted model against a market that returns 0 every day (AR_t = R_t).
 * The engine asks for an estimation window even so (the AR's variance comes from it): days -30..-20,
 * far enough back not to refuse an event the package measures for want of it.
 *
 * One difference, a convention: event 20 (Sun Pharmaceutical, 2010-11-25) has no return on
 * 2010-11-17, day -6. The engine reads a return after a missing day as spanning it (as a return from
 * two closes would), so day -5's return covers day -6 too and the event is refused with
 * gap-in-event-window; the package takes each row as one day's return and measures it.
 * Tolerance for event 6: 0.005 percentage points (the package's figures are printed to 2 decimals).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/calendar/days.js";
import { readWideCsv } from "../../src/data/csv/index.js";
import { runStudy } from "../../src/study/runStudy.js";
import { hasShared, shared } from "../support/paths.js";

const CASE = "reference/cases/eventstudies-splits";
/** 1-based rows of SplitDates.csv the package measures. */
const PACKAGE_MEASURES = [6, 9, 16, 20, 21, 22];
/** Event 6's cumulative return from day -4 (0 there) to day 0, in percent, as the package prints it. */
const EVENT_6_PATH = [0, -1.37, -3.1, -1.68, -1.13];

describe.skipIf(!hasShared)("eventstudies 1.2.2 stock splits reference case", () => {
  it("reports the events the package cannot measure with their reasons, and event 6's cumulative path", async () => {
    const returns = await readWideCsv(shared(CASE, "StockPriceReturns.csv"));
    const splits = (await readFile(shared(CASE, "SplitDates.csv"), "utf8"))
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","));
    expect(splits).toHaveLength(22);
    const securities = new Map([...returns].map(([name, s]) => [name, { dates: s.dates, values: s.values.map((v) => v / 100) }]));
    const dates = securities.get("NTPC")!.dates;
    const result = runStudy({
      securities,
      markets: new Map([["zero", { dates, values: new Float64Array(dates.length) }]]),
      defaultMarket: "zero",
      events: splits.map(([name, when], i) => ({ id: String(i + 1), security: name!, date: dayNumber(when!) })),
      options: {
        model: "market-adjusted",
        estimation: [-30, -20],
        minEstimationDays: 3,
        // The event window, then the package's cumulative path from day -4: windows [-3, k] for k = -3..0.
        windows: [
          [-5, 5],
          [-3, -3],
          [-3, -2],
          [-3, -1],
          [-3, 0],
        ],
        suspectReturns: "keep",
      },
    });
    const byRow = (row: number) => result.events.find((e) => e.id === String(row))!;

    // The 16 events the package cannot measure: each refused here too, with a reason naming the dates.
    const unmeasurable = splits.map((_, i) => i + 1).filter((row) => !PACKAGE_MEASURES.includes(row));
    expect(unmeasurable).toHaveLength(16);
    for (const row of unmeasurable) {
      const e = byRow(row);
      expect(e.status, `event ${row}`).not.toBe("ok");
      expect(e.reason, `event ${row}`).toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    // The first four as the package names them: data missing inside the window, then three windows outside the data.
    expect([1, 2, 3, 4].map((row) => byRow(row).status)).toEqual(["gap-in-event-window", "not-yet-listed", "not-yet-listed", "not-yet-listed"]);
    expect(byRow(1).reason).toMatch(/2011-10-07/);

    // The package's measured events, but for event 20 (see above).
    expect(PACKAGE_MEASURES.filter((row) => byRow(row).status === "ok")).toEqual([6, 9, 16, 21, 22]);
    expect(byRow(20)).toMatchObject({ status: "gap-in-event-window" });
    expect(byRow(20).reason).toMatch(/2010-11-18/);

    // Event 6 (HDFC Bank, 2011-07-14): the cumulative return from day -4, which the package sets to 0.
    const path = [
      0,
      ...byRow(6)
        .windows.slice(1)
        .map((w) => w.car * 100),
    ];
    path.forEach((got, k) => expect(Math.abs(got - EVENT_6_PATH[k]!), `day ${k - 4}: ${got} vs ${EVENT_6_PATH[k]}`).toBeLessThanOrEqual(0.005));
  });
});
