/** Event windows as the reader types them, and the default list (pure: unit-tested). */
import type { EventWindow } from "./types.js";

export { DEFAULT_ESTIMATION, DEFAULT_WINDOWS } from "@aftershock/shared/defaultWindows.js";

/** How far from day 0 a window may reach (a year of trading days each way). */
const MAX_WINDOW_DAY = 250;

export type WindowParse = { readonly ok: true; readonly window: EventWindow } | { readonly ok: false; readonly message: string };

const DASHES = /[\u2212\u2012\u2013\u2014]/g;

/**
 * Reads a window the way people write one: "0", "-1,1", "[-1, +1]", "(-1; 1)", "-1 1", "-1 to 1",
 * "-1..1", with a true minus sign or dash accepted. Both ends are trading days relative to day 0,
 * integers, the first not after the second.
 */
export function parseWindow(text: string): WindowParse {
  const s = text.trim().replace(DASHES, "-");
  if (s === "") return { ok: false, message: "Write a window like 0,0 or -1,1." };
  const inner = s.replace(/^[[(]\s*/, "").replace(/\s*[\])]$/, "");
  const single = /^([+-]?\d+)$/.exec(inner);
  const pair = /^([+-]?\d+)\s*(?:,|;|\.\.|to|\s)\s*([+-]?\d+)$/i.exec(inner);
  let from: number;
  let to: number;
  if (single) {
    from = to = Number(single[1]);
  } else if (pair) {
    from = Number(pair[1]);
    to = Number(pair[2]);
  } else {
    return { ok: false, message: `“${text.trim()}” is not a window: write two whole days like -1,1.` };
  }
  if (from > to) return { ok: false, message: `The window starts after it ends (${from} > ${to}).` };
  if (Math.abs(from) > MAX_WINDOW_DAY || Math.abs(to) > MAX_WINDOW_DAY) {
    return { ok: false, message: `Keep windows within ${MAX_WINDOW_DAY} trading days of day 0.` };
  }
  return { ok: true, window: [from === 0 ? 0 : from, to === 0 ? 0 : to] };
}

/** A window as text for an input: [-1, 1] → "-1,1". */
export function windowText(w: EventWindow): string {
  return `${w[0]},${w[1]}`;
}

/** Parses every window; the first problem names its position. Duplicates are an error too. */
export function parseWindows(texts: readonly string[]): { ok: true; windows: EventWindow[] } | { ok: false; index: number; message: string } {
  if (texts.length === 0) return { ok: false, index: -1, message: "Add at least one event window." };
  const windows: EventWindow[] = [];
  for (const [index, text] of texts.entries()) {
    const parsed = parseWindow(text);
    if (!parsed.ok) return { ok: false, index, message: parsed.message };
    if (windows.some((w) => w[0] === parsed.window[0] && w[1] === parsed.window[1])) {
      return { ok: false, index, message: `The window ${text.trim()} is listed twice.` };
    }
    windows.push(parsed.window);
  }
  return { ok: true, windows };
}

/**
 * Checks the estimation window against the event windows: it must end before the earliest window
 * starts, or the event would be part of its own benchmark.
 */
export function checkEstimation(estimation: EventWindow, windows: readonly EventWindow[]): string | undefined {
  if (estimation[0] >= estimation[1]) return "The estimation window must start before it ends.";
  const first = Math.min(...windows.map((w) => w[0]));
  if (windows.length > 0 && estimation[1] >= first) {
    return `The estimation window must end before the first event window starts (day ${first}).`;
  }
  return undefined;
}
