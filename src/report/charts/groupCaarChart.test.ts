import type { LineSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import { syntheticStudy } from "../../../test/report/syntheticStudy.js";
import type { EventResult } from "../../study/results.js";
import { caarBand } from "./eventPaths.js";
import { BAND_MIN_EVENTS, CAAR_BAND_NAME, caarBandLowerId, caarBandWidthId, caarSeriesId, groupCaarChartOptions } from "./groupCaarChart.js";
import { ALL_COLOR, ROLE_COLORS } from "./groupPalette.js";

const result = syntheticStudy();
const options = groupCaarChartOptions(result);
const series = options.series as LineSeriesOption[];
const lines = series.filter((s) => String(s.id).startsWith("caar:"));

describe("groupCaarChartOptions", () => {
  it("draws one line per group with measured events, the all-events line first in near-black", () => {
    expect(lines.map((s) => s.id)).toEqual(result.groups.map((g) => caarSeriesId(g.group)));
    expect(lines[0]!.color).toBe(ALL_COLOR);
    expect(lines[0]!.name).toBe("all events (n=7)");
    for (const s of lines.slice(1)) expect(s.color).toBe(ROLE_COLORS[String(s.id).slice("caar:".length)]);
  });

  it("cumulates the group's AARs from the first day of the window that ends last, in percent, so its values are the table's CAARs", () => {
    const g = result.groups.find((x) => x.group === "present")!;
    const data = (series.find((s) => s.id === caarSeriesId("present"))!.data as unknown[]).map((v) =>
      typeof v === "number" ? v : (v as { value: number }).value,
    );
    expect(data[0]).toBe(0); // day -1, before the window [0,+5]
    let sum = 0;
    g.days.slice(1).forEach((d, k) => {
      sum += d.aar;
      expect(data[k + 1]).toBeCloseTo(sum * 100, 3);
    });
    // Under the textbook convention the CAAR is the sum of the window's AARs.
    const caar = (a: number, b: number) => g.windows.find((x) => x.window[0] === a && x.window[1] === b)!.caar * 100;
    expect(data[1]).toBeCloseTo(caar(0, 0), 3);
    expect(data[data.length - 1]).toBeCloseTo(caar(0, 5), 3);
  });
});

/** t(df, 0.975) from scipy.stats.t.ppf (scipy 1.17), the independent check of the band's quantile. */
const T_975: Readonly<Record<number, number>> = { 2: 4.302652729749462, 6: 2.4469118511449786 };

describe("the group CAAR chart's 95 % band", () => {
  const from = 0;
  const valuesOf = (id: string): (number | null)[] => (series.find((s) => s.id === id)!.data as (number | null)[]).map((v) => v);

  it("is the cross-sectional t interval of the CARs to each day: se at the last day is CAAR[0,+5] over the window's cross-sectional t", () => {
    for (const g of result.groups.filter((x) => x.measured >= BAND_MIN_EVENTS)) {
      const band = caarBand(result, g, from)!;
      const last = band.days.length - 1;
      const w = g.windows.find((x) => x.window[0] === 0 && x.window[1] === 5)!;
      const t = w.tests["cross-sectional-t"]!;
      // Relative tolerance 1e-12: the same doubles summed in another order.
      expect(band.se[last]! / (w.caar / t.statistic)).toBeCloseTo(1, 12);
      expect(band.n[last]).toBe(g.measured);
      expect(band.halfWidth[last]! / band.se[last]!).toBeCloseTo(T_975[g.measured - 1]!, 12);
    }
  });

  it("is drawn around each group of three or more events, its lower edge and width stacked, under one legend entry", () => {
    const banded = result.groups.filter((g) => g.measured >= BAND_MIN_EVENTS).map((g) => g.group);
    expect(banded).toEqual(["all", "present"]);
    const bandIds = series.filter((s) => s.name === CAAR_BAND_NAME).map((s) => s.id);
    expect(bandIds).toEqual(banded.flatMap((g) => [caarBandLowerId(g), caarBandWidthId(g)]));
    for (const g of result.groups.filter((x) => banded.includes(x.group))) {
      const band = caarBand(result, g, from)!;
      const lower = valuesOf(caarBandLowerId(g.group));
      const width = valuesOf(caarBandWidthId(g.group));
      band.days.forEach((_, i) => {
        expect(lower[i]).toBeCloseTo((band.caar[i]! - band.halfWidth[i]!) * 100, 3);
        expect(width[i]).toBeCloseTo(2 * band.halfWidth[i]! * 100, 3);
      });
    }
    const legend = (options.legend as { data: (string | { name: string })[] }).data;
    expect(legend.map((d) => (typeof d === "string" ? d : d.name)).at(-1)).toBe(CAAR_BAND_NAME);
    const title = options.title as { subtext: string };
    expect(title.subtext).toContain("95 % band");
  });

  it("has no band, and the legend no band entry, when no group has three measured events", () => {
    const small = { ...result, groups: result.groups.filter((g) => g.group === "absent") };
    const o = groupCaarChartOptions(small);
    expect((o.series as LineSeriesOption[]).some((s) => s.name === CAAR_BAND_NAME)).toBe(false);
    expect(JSON.stringify(o.legend)).not.toContain(CAAR_BAND_NAME);
  });
});

describe("the band of the main job's venue groups", () => {
  // As the main job labels a venue's groups ("present · HK", "all · HK"), with a second listing
  // measured outside the groups: the band is the one of the same events unlabelled.
  const venue = (g: string): string => `${g} · HK`;
  const alibaba = result.events.find((e) => e.id === "alibaba")!;
  const ungrouped: EventResult = {
    id: "alibaba-second",
    security: "BABA",
    eventDate: alibaba.eventDate,
    status: "ok",
    reason: alibaba.reason,
    days: result.events.find((e) => e.id === "jd")!.days,
    windows: alibaba.windows,
  };
  const labelled = {
    ...result,
    events: [...result.events.map((e) => (e.group === undefined ? e : { ...e, group: venue(e.group) })), ungrouped],
    groups: result.groups.map((g) => ({ ...g, group: venue(g.group) })),
  };

  it("finds each group's events, 'all · HK' its venue's grouped ones, and draws the same band", () => {
    for (const g of result.groups) {
      const band = caarBand(
        labelled,
        labelled.groups.find((x) => x.group === venue(g.group))!,
        0,
      );
      expect(band, g.group).toEqual(caarBand(result, g, 0));
    }
    // One venue (no suffix): "all" is every grouped event, the second listing left out.
    const single = { ...result, events: [...result.events, ungrouped] };
    expect(caarBand(single, result.groups[0]!, 0)).toEqual(caarBand(result, result.groups[0]!, 0));
    const o = groupCaarChartOptions(labelled);
    expect((o.series as LineSeriesOption[]).filter((s) => s.name === CAAR_BAND_NAME).map((s) => s.id)).toEqual(
      [venue("all"), venue("present")].flatMap((g) => [caarBandLowerId(g), caarBandWidthId(g)]),
    );
  });

  it("draws no band for a group whose events cannot be told from its AARs", () => {
    const moved = {
      ...labelled,
      groups: labelled.groups.map((g) => (g.group === venue("present") ? { ...g, days: g.days.map((d) => ({ ...d, aar: d.aar + 0.001 })) } : g)),
    };
    expect(
      caarBand(
        moved,
        moved.groups.find((g) => g.group === venue("present"))!,
        0,
      ),
    ).toBeUndefined();
  });
});
