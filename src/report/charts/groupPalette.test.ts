import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../study/results.js";
import { groupColors, OTHER_GROUP_COLORS, ROLE_COLORS, UNGROUPED, UNGROUPED_COLOR } from "./groupPalette.js";

function resultWith(groups: readonly (string | undefined)[]): StudyResult {
  const labels = [...new Set(groups.filter((g): g is string => g !== undefined))];
  return {
    events: groups.map((group, i) => ({
      id: String(i),
      security: `S${i}`,
      eventDate: "2024-01-02",
      status: "ok",
      reason: "measured",
      days: [],
      windows: [],
      ...(group ? { group } : {}),
    })),
    groups: [{ group: "all" }, ...labels.map((group) => ({ group }))],
  } as unknown as StudyResult;
}

describe("groupColors", () => {
  it("gives known roles their fixed colours whatever their order or case", () => {
    const colors = groupColors(resultWith(["Absent", "present", "target", "mentioned"]));
    expect(colors.get("present")).toBe(ROLE_COLORS.present);
    expect(colors.get("Absent")).toBe(ROLE_COLORS.absent);
    expect([...colors.keys()]).toEqual(["present", "target", "mentioned", "Absent"]);
  });

  it("hands other labels the fallback palette in order, and greys ungrouped events", () => {
    const colors = groupColors(resultWith(["treated", "present", "control", undefined]));
    expect(colors.get("treated")).toBe(OTHER_GROUP_COLORS[0]);
    expect(colors.get("control")).toBe(OTHER_GROUP_COLORS[1]);
    expect(colors.get(UNGROUPED)).toBe(UNGROUPED_COLOR);
  });
});
