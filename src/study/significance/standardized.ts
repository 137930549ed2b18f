import { column, windowOffsets, type CrossSection } from "../crossSection.js";

/** Standardized ARs of one span day: SAR_it = AR_it / √Var(AR_it). */
export function standardizedDay(cs: CrossSection, day: number): Float64Array {
  return column(cs.sar, cs.n, cs.grid.spanLength, day);
}

/**
 * Standardized CAR of each event over a window of L days: SCAR_i = Σ_t SAR_it / √L
 * (Patell 1976; Boehmer, Musumeci & Poulsen 1991).
 */
export function standardizedWindow(cs: CrossSection, w: number): Float64Array {
  const [a, b] = windowOffsets(cs, cs.windows[w]!);
  const span = cs.grid.spanLength;
  const out = new Float64Array(cs.n);
  for (let i = 0; i < cs.n; i++) {
    let s = 0;
    for (let d = a; d <= b; d++) s += cs.sar[i * span + d]!;
    out[i] = s / Math.sqrt(b - a + 1);
  }
  return out;
}
