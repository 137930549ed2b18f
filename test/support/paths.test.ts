import { afterEach, describe, expect, it } from "vitest";
import { present } from "./paths.js";

const ci = process.env["CI"];
afterEach(() => {
  if (ci === undefined) delete process.env["CI"];
  else process.env["CI"] = ci;
});

describe("present", () => {
  it("lets a test be skipped on a developer's machine when what it needs is missing", () => {
    delete process.env["CI"];
    expect(present(false, "../shared")).toBe(false);
    expect(present(true, "../shared")).toBe(true);
  });

  it("fails the run with CI=true instead of skipping", () => {
    process.env["CI"] = "true";
    expect(() => present(false, "Chromium (/usr/bin/chromium)")).toThrow("Chromium (/usr/bin/chromium) is missing, and CI=true");
    expect(present(true, "../shared")).toBe(true);
  });
});
