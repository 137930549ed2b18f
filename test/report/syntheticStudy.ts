import type { StudyResult } from "../../src/study/results.js";
import type { StudyOptionsInput } from "../../src/study/options.js";
import { runStudy, type StudyEvent } from "../../src/study/runStudy.js";
import type { Series } from "../../src/series.js";

/** A deterministic pseudo-random walk of daily returns (a linear congruential generator). */
function returns(seed: number, n: number, scale = 0.01): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648 - 0.5) * 2 * scale;
  });
}

/** Event ids of the synthetic study, by role; "ghost" names a security with no data (not measured). */
export const SYNTHETIC_GROUPS: Readonly<Record<string, readonly string[]>> = {
  present: ["baidu-hk", "baidu-us", "alibaba"],
  absent: ["tencent", "jd"],
  mentioned: ["netease"],
  target: ["pdd"],
};

/** Display names: Chinese and English, one listing per venue for the cross-listed company. */
export const SYNTHETIC_LABELS: Readonly<Record<string, string>> = {
  "baidu-hk": "百度 Baidu (9888.HK)",
  "baidu-us": "百度 Baidu (BIDU)",
  alibaba: "阿里巴巴 (9988.HK)",
  tencent: "腾讯 Tencent (0700.HK)",
  jd: "JD.com (9618.HK)",
  netease: "网易 NetEase (9999.HK)",
  pdd: "PDD Holdings (PDD)",
};

/**
 * A study built by the engine on generated series: 400 trading days, a market, seven events in four
 * roles (the "present" ones get a +4 % shock on day 0, the "absent" ones -1.5 %), and one event on a
 * security without data so the report shows a reason. Windows [0,0], [-1,+1], [0,+5]; `extra` options on top.
 */
export function syntheticStudy(extra: StudyOptionsInput = {}): StudyResult {
  const N = 400;
  const dates = Int32Array.from({ length: N }, (_, i) => 19000 + i);
  const market: Series = { dates, values: returns(7, N) };
  const securities = new Map<string, Series>();
  const events: StudyEvent[] = [];
  let k = 0;
  for (const [group, ids] of Object.entries(SYNTHETIC_GROUPS)) {
    for (const id of ids) {
      const values = returns(100 + k, N).map((v, t) => v + 0.9 * market.values[t]!);
      const shock = group === "present" ? 0.04 : group === "absent" ? -0.015 : 0.01;
      values[300] = values[300]! + shock;
      values[301] = values[301]! + shock / 4;
      const security = SYNTHETIC_LABELS[id]!.match(/\(([^)]+)\)/)![1]!;
      securities.set(security, { dates, values });
      events.push({ id, security, date: dates[300]!, group });
      k++;
    }
  }
  events.push({ id: "ghost", security: "GHOST", date: dates[300]!, group: "absent" });
  return runStudy({
    securities,
    markets: new Map([["M", market]]),
    defaultMarket: "M",
    events,
    options: {
      windows: [
        [0, 0],
        [-1, 1],
        [0, 5],
      ],
      estimation: [-250, -11],
      ...extra,
    },
  });
}
