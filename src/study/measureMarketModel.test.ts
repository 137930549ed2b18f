import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Series } from "../series.js";
import { CONVENTIONS } from "./conventions.js";
import { OK } from "./eventStatus.js";
import { eventGrid, type EventWindow } from "./eventWindow.js";
import { measureEvent } from "./fixtures/measureOne.js";
import { fitLinear } from "./models/linearFit.js";
import { marketModel } from "./models/marketModel.js";
import { buildPanel } from "./panel.js";
import { computeStudy, type StudyEvent } from "./runStudy.js";
import { seededUniform } from "../../test/support/seededUniform.js";

const ESTIMATION: EventWindow = [-120, -6];
const WINDOWS: readonly EventWindow[] = [
  [-3, 3],
  [0, 0],
  [0, 4],
];

/** A market and securities with missing days (gaps the market traded through) and late listings. */
function sample(seed: number, securities: number, days: number) {
  const u = seededUniform(seed);
  const marketDates = Int32Array.from({ length: days }, (_, i) => 16_000 + i + Math.floor(i / 5) * 2);
  const rm = Float64Array.from(marketDates, () => (u() - 0.5) * 0.03);
  const series = new Map<string, Series>();
  for (let s = 0; s < securities; s++) {
    const start = Math.floor(u() * 40);
    const keep: number[] = [];
    for (let i = start; i < days; i++) if (u() > 0.02) keep.push(i);
    const beta = 0.4 + 1.2 * u();
    series.set(`S${s}`, {
      dates: Int32Array.from(keep, (i) => marketDates[i]!),
      values: Float64Array.from(keep, (i) => 0.0004 * s + beta * rm[i]! + (u() - 0.5) * 0.02),
    });
  }
  return { market: { dates: marketDates, values: rm }, securities: series, marketDates };
}

/** The market model fitted in two passes (fitLinear) and every figure of the event computed directly from it. */
function direct(security: Series, market: Series, date: number) {
  const panel = buildPanel(security, market);
  const row = panel.dates.indexOf(date);
  const y = Float64Array.from(panel.r, (v, i) => (panel.bridged[i] ? Number.NaN : v));
  const from = Math.max(0, row + ESTIMATION[0]);
  const fit = fitLinear(y, [panel.rm], from, row + ESTIMATION[1] + 1);
  const s2 = (fit.s2 * fit.df) / (fit.m - 1);
  const [alpha, beta] = [fit.coef[0]!, fit.coef[1]!];
  const xMean = fit.xMean[0]!;
  const ar: number[] = [];
  const arVariance: number[] = [];
  for (let d = -3; d <= 4; d++) {
    const x = panel.rm[row + d]!;
    ar.push(panel.r[row + d]! - alpha - beta * x);
    arVariance.push(s2 * (1 + 1 / fit.m + (x - xMean) ** 2 * fit.sInv[0]!));
  }
  const car = WINDOWS.map(([a, b]) => ar.slice(a + 3, b + 4).reduce((s, v) => s + v, 0));
  const carVariance = WINDOWS.map(([a, b]) => {
    let dx = 0;
    for (let d = a; d <= b; d++) dx += panel.rm[row + d]! - xMean;
    const len = b - a + 1;
    return s2 * (len + (len * len) / fit.m + dx * dx * fit.sInv[0]!);
  });
  return { alpha, beta, s2, ar, arVariance, car, carVariance, panel, row, y };
}

const close = (a: number, b: number, scale: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), scale);

describe("the market model's hot loop", () => {
  it("agrees with a direct two-pass computation to 1e-12 (relative, ARs and CARs against a 1 % return) on random panels", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }), (seed, securities, n) => {
        const { market, securities: series } = sample(seed, securities, 400);
        const u = seededUniform(seed + 1);
        const events: StudyEvent[] = Array.from({ length: n }, (_, k) => {
          const name = `S${Math.floor(u() * securities)}`;
          const dates = series.get(name)!.dates;
          return { id: String(k), security: name, date: dates[Math.floor(u() * dates.length)]! };
        });
        const c = computeStudy({
          securities: series,
          markets: new Map([["M", market]]),
          defaultMarket: "M",
          events,
          options: { estimation: ESTIMATION, windows: WINDOWS, minEstimationDays: 60, tests: ["patell"] },
        });
        const t = c.table;
        const span = t.grid.spanLength;
        let measured = 0;
        events.forEach((e, k) => {
          if (t.status[k] !== 0) return;
          measured++;
          const want = direct(series.get(e.security)!, market, e.date);
          expect(close(t.coef[2 * k]!, want.alpha, 1e-2)).toBe(true);
          expect(close(t.coef[2 * k + 1]!, want.beta, 1)).toBe(true);
          expect(close(t.s2[k]!, want.s2, 0)).toBe(true);
          for (let d = 0; d < span; d++) {
            expect(close(t.ar[k * span + d]!, want.ar[d]!, 1e-2), `AR day ${d - 3}`).toBe(true);
            expect(close(t.arVariance[k * span + d]!, want.arVariance[d]!, 0)).toBe(true);
          }
          WINDOWS.forEach((_, w) => {
            expect(close(t.car[k * WINDOWS.length + w]!, want.car[w]!, 1e-2)).toBe(true);
            expect(close(t.carVariance[k * WINDOWS.length + w]!, want.carVariance[w]!, 0)).toBe(true);
          });
        });
        return measured >= 0;
      }),
      { numRuns: 60 },
    );
  });

  it("gives, event by event, exactly what the general measurement gives, statuses included", () => {
    const { market, securities } = sample(7, 5, 400);
    const events: StudyEvent[] = [];
    for (const [name, s] of securities) for (let i = 0; i < s.dates.length; i += 3) events.push({ id: `${name}-${i}`, security: name, date: s.dates[i]! });
    for (const convention of ["textbook", "eventstudy-py"] as const) {
      const c = computeStudy({
        securities,
        markets: new Map([["M", market]]),
        defaultMarket: "M",
        events,
        options: { convention, estimation: ESTIMATION, windows: WINDOWS, minEstimationDays: 60 },
      });
      const grid = eventGrid(ESTIMATION, WINDOWS);
      const cols = grid.days.length;
      const statuses = new Set<number>();
      events.forEach((e, k) => {
        const panel = buildPanel(securities.get(e.security)!, market);
        const design = { ...marketModel.design(panel), y: Float64Array.from(panel.r, (v, i) => (panel.bridged[i] ? Number.NaN : v)) };
        const one = measureEvent(panel, marketModel, design, panel.dates.indexOf(e.date), {
          grid,
          windows: WINDOWS,
          minEstimationDays: 60,
          convention: CONVENTIONS[convention],
          returnType: "simple",
        });
        statuses.add(c.table.status[k]!);
        expect(c.table.unmeasured[k] ?? OK).toEqual(one.status);
        if (c.table.status[k] !== 0) return;
        expect(Array.from(c.table.ar.subarray(k * cols, (k + 1) * cols))).toEqual(Array.from(one.ar));
        expect(Array.from(c.table.arVariance.subarray(k * grid.spanLength, (k + 1) * grid.spanLength))).toEqual(Array.from(one.arVariance));
        expect(Array.from(c.table.car.subarray(k * 3, k * 3 + 3))).toEqual(Array.from(one.car));
        expect(Array.from(c.table.carVariance.subarray(k * 3, k * 3 + 3))).toEqual(Array.from(one.carVariance));
        expect(Array.from(c.table.bhar.subarray(k * 3, k * 3 + 3))).toEqual(Array.from(one.bhar));
        expect([c.table.s2[k], c.table.m[k], c.table.estimationFirst[k], c.table.estimationLast[k]]).toEqual([one.s2, one.m, ...one.estimationDates!]);
      });
      // Measured events and some with a status (too few estimation days, a gap, a window past the data).
      expect(statuses.size).toBeGreaterThan(2);
    }
  });
});
