import { describe, expect, it } from "vitest";
import { checkEstimation, DEFAULT_WINDOWS, parseWindow, parseWindows, windowText } from "../../web/src/windows.js";

describe("event windows as typed", () => {
  it.each([
    ["0,0", [0, 0]],
    ["-1,1", [-1, 1]],
    [" [-1, +1] ", [-1, 1]],
    ["(0; 5)", [0, 5]],
    ["-2 2", [-2, 2]],
    ["-1..1", [-1, 1]],
    ["-3 to 3", [-3, 3]],
    ["[−1, +1]", [-1, 1]],
    ["–5,–1", [-5, -1]],
    ["0", [0, 0]],
    ["+2", [2, 2]],
    ["-0,0", [0, 0]],
  ])("reads %j", (text, window) => {
    expect(parseWindow(text)).toEqual({ ok: true, window });
  });

  it.each(["", "1,0", "a,b", "0.5,1", "1,2,3", "[0,", "-300,0", "0,251"])("refuses %j with a message", (text) => {
    const parsed = parseWindow(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(10);
  });

  it("round-trips the defaults through the inputs' text", () => {
    expect(DEFAULT_WINDOWS.map(windowText)).toEqual(["0,0", "-1,1", "0,5"]);
    expect(parseWindows(DEFAULT_WINDOWS.map(windowText))).toEqual({ ok: true, windows: DEFAULT_WINDOWS });
  });

  it("names the first bad window, duplicates included", () => {
    expect(parseWindows(["0,0", "x", "1,0"])).toMatchObject({ ok: false, index: 1 });
    expect(parseWindows(["0,0", "[0, 0]"])).toMatchObject({ ok: false, index: 1, message: expect.stringContaining("twice") });
    expect(parseWindows([])).toMatchObject({ ok: false, index: -1 });
  });

  it("keeps the estimation window before the event windows", () => {
    expect(checkEstimation([-250, -11], DEFAULT_WINDOWS)).toBeUndefined();
    expect(checkEstimation([-250, -1], DEFAULT_WINDOWS)).toMatch(/before the first event window/);
    expect(checkEstimation([-10, -20], DEFAULT_WINDOWS)).toMatch(/start before it ends/);
  });
});
