import { describe, expect, it } from "vitest";
import { clauseReading, mayTell } from "../clauseRoles.js";
import { structureOfText } from "../language/sentenceStructure.js";
import { PREDICATE_LEXICON } from "./predicateLexicon.js";

describe("the predicate lexicon's examples", () => {
  for (const entry of PREDICATE_LEXICON) {
    it.each(entry.examples.flatMap((e) => Object.entries(e.roles).map(([name, role]) => [e.text, name, role, e] as const)))(`${entry.name}: %s → %s %s`, (text, name, role, e) => {
      const start = text.indexOf(name);
      expect(start, `${name} is in the example`).toBeGreaterThanOrEqual(0);
      const names = Object.keys(e.roles).map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
      const reading = clauseReading(structureOfText(text, names), { start, end: start + name.length });
      if (role === "mentioned") {
        // It must not fire: this entry gives the name no role (another entry may read it otherwise).
        if (reading?.entry === entry) expect(reading.role).toBe("mentioned");
      } else {
        // An example that fires fires through its own entry, so a reader finds the wording where it is handled.
        expect(reading?.role).toBe(role);
        // The quick look that spares sentences without any of the lexicon's words lets this one through.
        expect(mayTell(text, new Set([entry.event]))).toBe(true);
        expect(reading?.entry.name).toBe(entry.name);
      }
    });
  }
});
