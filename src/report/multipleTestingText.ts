import type { StudyConventions } from "../study/results.js";

const ADJUSTMENT_TEXT: Readonly<Record<string, string>> = {
  holm: "Holm (1979) step-down, family-wise error rate",
  "benjamini-hochberg": "Benjamini-Hochberg (1995) step-up, false discovery rate",
};

/** The adjustments applied and their family, in words. */
export function multipleTestingText(m: NonNullable<StudyConventions["multipleTesting"]>): string {
  return `adjusted p-values beside the raw ones: ${m.methods.map((x) => ADJUSTMENT_TEXT[x]).join("; ")}; family: ${m.family}`;
}
