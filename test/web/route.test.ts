import { describe, expect, it } from "vitest";
import { exportPath, parseRoute, studyPath } from "../../web/src/route.js";

describe("the page's routes", () => {
  it("reads study URLs and sends anything else home", () => {
    expect(parseRoute("/studies/12")).toEqual({ page: "study", id: "12" });
    expect(parseRoute("/studies/12/")).toEqual({ page: "study", id: "12" });
    expect(parseRoute("/")).toEqual({ page: "home" });
    expect(parseRoute("/studies/")).toEqual({ page: "home" });
    expect(parseRoute("/studies/1/2")).toEqual({ page: "home" });
    expect(parseRoute("/studies/%E0%A4%A")).toEqual({ page: "home" });
  });

  it("writes the study and export URLs", () => {
    expect(studyPath(12)).toBe("/studies/12");
    expect(parseRoute(studyPath(12))).toEqual({ page: "study", id: "12" });
    expect(exportPath(12, "csv")).toBe("/api/studies/12/export?format=csv");
  });
});
