/**
 * The yardstick: the protocol's arithmetic as a plain JavaScript loop, written the way one would in C.
 * Per security, returns and the aligned market returns in contiguous arrays with prefix sums of x, y,
 * x², y², xy (shifted by their means); per event an O(1) market-model fit over days -250..-11, the 11
 * ARs of days -5..+5 with their prediction-error variances, CAR[-5,+5] and CAR[0,0]; across events
 * AAR, CAAR, the cross-sectional t, Patell's Z and BMP's t. No statuses, conventions or options.
 */
import type { Series } from "../src/series.js";
import type { ProtocolEvents } from "./protocol.js";

interface Aligned {
  readonly dates: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Prefix sums, 6 per row: count, Σx, Σy, Σx², Σy², Σxy of rows before it. */
  readonly sums: Float64Array;
  readonly xShift: number;
  readonly yShift: number;
}

function align(security: Series, market: Series): Aligned {
  const n = security.dates.length;
  const dates = new Int32Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let k = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const v = security.values[i]!;
    if (!Number.isFinite(v)) continue;
    while (j < market.dates.length && market.dates[j]! < security.dates[i]!) j++;
    dates[k] = security.dates[i]!;
    y[k] = v;
    x[k] = j < market.dates.length && market.dates[j] === security.dates[i] ? market.values[j]! : Number.NaN;
    k++;
  }
  let xShift = 0;
  let yShift = 0;
  let c = 0;
  for (let i = 0; i < k; i++) {
    if (Number.isFinite(x[i]!)) {
      xShift += x[i]!;
      yShift += y[i]!;
      c++;
    }
  }
  xShift /= c;
  yShift /= c;
  const sums = new Float64Array((k + 1) * 6);
  for (let i = 0; i < k; i++) {
    const ok = Number.isFinite(x[i]!);
    const a = ok ? x[i]! - xShift : 0;
    const b = ok ? y[i]! - yShift : 0;
    const o = i * 6;
    sums[o + 6] = sums[o]! + (ok ? 1 : 0);
    sums[o + 7] = sums[o + 1]! + a;
    sums[o + 8] = sums[o + 2]! + b;
    sums[o + 9] = sums[o + 3]! + a * a;
    sums[o + 10] = sums[o + 4]! + b * b;
    sums[o + 11] = sums[o + 5]! + a * b;
  }
  return { dates: dates.subarray(0, k), x: x.subarray(0, k), y: y.subarray(0, k), sums, xShift, yShift };
}

export interface PlainLoopResult {
  readonly measured: number;
  readonly caar: Float64Array;
  readonly t: Float64Array;
  readonly patell: Float64Array;
  readonly bmp: Float64Array;
}

export function alignAll(securities: ReadonlyMap<string, Series>, market: Series): Map<string, Aligned> {
  const out = new Map<string, Aligned>();
  for (const [name, s] of securities) out.set(name, align(s, market));
  return out;
}

export function plainLoop(aligned: ReadonlyMap<string, Aligned>, events: ProtocolEvents): PlainLoopResult {
  const n = events.date.length;
  const span = 11;
  const ar = new Float64Array(n * span);
  const sar = new Float64Array(n * span);
  const car = new Float64Array(n * 2);
  const scar = new Float64Array(n * 2);
  const dfs = new Float64Array(n);
  let measured = 0;
  for (let e = 0; e < n; e++) {
    const s = aligned.get(events.security[e]!)!;
    const dates = s.dates;
    let lo = 0;
    let hi = dates.length;
    const day = events.date[e]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dates[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    const row = lo;
    const from = row - 250;
    const to = row - 10;
    if (from < 0 || row + 5 >= dates.length) continue;
    const p = s.sums;
    const m = p[to * 6]! - p[from * 6]!;
    const sx = p[to * 6 + 1]! - p[from * 6 + 1]!;
    const sy = p[to * 6 + 2]! - p[from * 6 + 2]!;
    const sxx = p[to * 6 + 3]! - p[from * 6 + 3]! - (sx * sx) / m;
    const syy = p[to * 6 + 4]! - p[from * 6 + 4]! - (sy * sy) / m;
    const sxy = p[to * 6 + 5]! - p[from * 6 + 5]! - (sx * sy) / m;
    const beta = sxy / sxx;
    const xMean = sx / m + s.xShift;
    const alpha = sy / m + s.yShift - beta * xMean;
    const s2 = (syy - beta * sxy) / (m - 1);
    let c1 = 0;
    let sc1 = 0;
    for (let d = 0; d < span; d++) {
      const i = row - 5 + d;
      const a = s.y[i]! - alpha - beta * s.x[i]!;
      const dx = s.x[i]! - xMean;
      const v = s2 * (1 + 1 / m + (dx * dx) / sxx);
      ar[e * span + d] = a;
      sar[e * span + d] = a / Math.sqrt(v);
      c1 += a;
      sc1 += sar[e * span + d]!;
    }
    car[e * 2] = c1;
    car[e * 2 + 1] = ar[e * span + 5]!;
    scar[e * 2] = sc1 / Math.sqrt(span);
    scar[e * 2 + 1] = sar[e * span + 5]!;
    dfs[e] = m - 2;
    measured++;
  }
  // Across events (all events are measured under the protocol's draw): AAR, CAAR and the three tests.
  const columns = span + 2;
  const caar = new Float64Array(2);
  const t = new Float64Array(columns);
  const patell = new Float64Array(columns);
  const bmp = new Float64Array(columns);
  let patellVariance = 0;
  for (let e = 0; e < n; e++) patellVariance += dfs[e]! / (dfs[e]! - 2);
  for (let c = 0; c < columns; c++) {
    const x = c < span ? ar : car;
    const z = c < span ? sar : scar;
    const width = c < span ? span : 2;
    const col = c < span ? c : c - span;
    let sum = 0;
    let sumZ = 0;
    for (let e = 0; e < n; e++) {
      sum += x[e * width + col]!;
      sumZ += z[e * width + col]!;
    }
    const mean = sum / n;
    const meanZ = sumZ / n;
    let ss = 0;
    let ssZ = 0;
    for (let e = 0; e < n; e++) {
      ss += (x[e * width + col]! - mean) ** 2;
      ssZ += (z[e * width + col]! - meanZ) ** 2;
    }
    t[c] = mean / Math.sqrt(ss / (n - 1) / n);
    bmp[c] = meanZ / Math.sqrt(ssZ / (n - 1) / n);
    patell[c] = sumZ / Math.sqrt(patellVariance);
    if (c >= span) caar[c - span] = mean;
  }
  return { measured, caar, t, patell, bmp };
}
