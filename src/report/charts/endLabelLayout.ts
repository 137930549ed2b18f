/**
 * Placing the names at the ends of lines so they never overlap. ECharts' own label layout
 * (`labelLayout.moveOverlap`) does not move line end labels in server-side rendering, so the charts
 * fix their y axis to a known extent and compute each label's vertical offset in pixels here.
 */

/** A "nice" axis extent (steps of 1, 2, 2.5 or 5 × 10^k) containing every value and 0. */
export function niceExtent(values: readonly number[], ticks = 6): { min: number; max: number; step: number } {
  // A loop, not Math.min(...values): spreading a chart of many thousand events overflows the stack.
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const span = hi - lo || 1;
  const raw = span / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

/**
 * Moves label centres (pixels, y down) apart by at least `gap`, each as little as possible, keeping
 * them within [top, bottom] when there is room. Returns the new centres in the input order.
 */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Pushed past the bottom: shift back up, still keeping the gaps.
  const overflow = placed.length > 0 ? placed[placed.length - 1]! - bottom : 0;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
    if (placed[0]! < top) for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, top + k * gap);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/** The vertical offsets (pixels) that move each line's end label clear of the others. */
export function endLabelOffsets(
  ends: readonly number[],
  axis: { readonly min: number; readonly max: number },
  plot: { readonly top: number; readonly height: number },
  gap = 16,
): number[] {
  const toY = (v: number): number => plot.top + ((axis.max - v) / (axis.max - axis.min || 1)) * plot.height;
  const ys = ends.map(toY);
  const spread = spreadLabels(ys, gap, plot.top, plot.top + plot.height);
  return spread.map((y, i) => Math.round((y - ys[i]!) * 10) / 10);
}
