import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, limitsFromEnv, limitVariable, studyLimitIssues } from "./limits.js";

describe("limits", () => {
  it("are the defaults unless an environment variable sets one; a bad setting is an error naming it", () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitVariable("articleBytes")).toBe("AFTERSHOCK_LIMIT_ARTICLE_BYTES");
    expect(limitVariable("jobMemoryMb")).toBe("AFTERSHOCK_LIMIT_JOB_MEMORY_MB");
    expect(limitsFromEnv({ AFTERSHOCK_LIMIT_PERMUTATION_DRAWS: "5000" }).permutationDraws).toBe(5000);
    for (const bad of ["0", "-1", "1e6", "lots", "1.5"]) {
      expect(() => limitsFromEnv({ AFTERSHOCK_LIMIT_WINDOW_DAYS: bad }), bad).toThrow(
        `AFTERSHOCK_LIMIT_WINDOW_DAYS=${JSON.stringify(bad)} is not a positive whole number`,
      );
    }
  });

  it("name each part of a study that asks for too much, by its path", () => {
    expect(
      studyLimitIssues(
        {
          estimation: [-250, -11],
          windows: [
            [0, 0],
            [-1, 1],
          ],
          permutation: { draws: 100_000 },
          events: 10,
        },
        DEFAULT_LIMITS,
      ),
    ).toEqual([]);
    const issues = studyLimitIssues(
      { estimation: [-10_000_000, -11], windows: [[0, 300]], permutation: { draws: 1e9, exactLimit: 2 ** 26 }, events: 100_001 },
      DEFAULT_LIMITS,
    );
    expect(issues.map((i) => i.path)).toEqual([
      "options.estimation",
      "options.estimation",
      "options.windows.0",
      "options.permutation.draws",
      "options.permutation.exactLimit",
      "events",
    ]);
    expect(issues[0]!.message).toBe("is 9999990 trading days long; at most 1000 (AFTERSHOCK_LIMIT_ESTIMATION_DAYS)");
    expect(issues[1]!.message).toBe("reaches day -10000000; at most 2520 trading days from day 0 (AFTERSHOCK_LIMIT_RELATIVE_DAYS)");
    // Far from day 0 even when short.
    expect(studyLimitIssues({ windows: [[5000, 5001]] }, DEFAULT_LIMITS).map((i) => i.path)).toEqual(["options.windows.0"]);
    expect(studyLimitIssues({ windows: Array.from({ length: 21 }, () => [0, 0] as const) }, DEFAULT_LIMITS).map((i) => i.path)).toEqual(["options.windows"]);
  });
});
