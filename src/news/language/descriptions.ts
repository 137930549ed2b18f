import type { Token } from "./tokens.js";
import type { VerbGroup } from "./verbGroups.js";

/**
 * A description of a noun phrase inside its sentence: a relative clause ("Tencent, which was fined in
 * 2021, ...", "executives who attended") or an appositive ("Robin Li, a regular at such gatherings,
 * ..."). It keeps its own predicate and time; `antecedent` is the token it describes.
 */
export interface Description {
  readonly kind: "relative" | "appositive";
  /** Token indexes, inclusive, without the commas around it. */
  readonly from: number;
  readonly to: number;
  readonly antecedent: number;
  /** The relative pronoun ("which", "who", "whose"). */
  readonly pronoun?: string;
}

const RELATIVE = new Set(["which", "who", "whose", "whom"]);
const ENDS = new Set([",", ";", ")", ":", "—", "–", "-"]);
const APPOSITIVE_OPENING = new Set(["determiner", "adjective", "number"]);

const nominal = (t: Token | undefined): t is Token => t !== undefined && (t.pos === "name" || t.pos === "noun" || t.pos === "number");

/** The relative clauses and appositives of a sentence. */
export function descriptions(tokens: readonly Token[], groups: readonly VerbGroup[]): Description[] {
  const out: Description[] = [];
  const finiteAt = (i: number): VerbGroup | undefined => groups.find((g) => g.finite && g.from <= i && i <= g.to);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const comma = tokens[i - 1]!.text === ",";
    const antecedent = comma ? tokens[i - 2] : tokens[i - 1];
    if (RELATIVE.has(t.lemma) && nominal(antecedent)) {
      // To the next separator, or, when no comma opened it, before a second finite verb ("executives who attended said").
      let end = i;
      let verbs = 0;
      while (end + 1 < tokens.length && !ENDS.has(tokens[end + 1]!.text)) {
        const g = finiteAt(end + 1);
        if (g !== undefined && g.from === end + 1 && ++verbs > 1 && !comma) break;
        end = g !== undefined && g.from === end + 1 ? g.to : end + 1;
      }
      out.push({ kind: "relative", from: i, to: end, antecedent: antecedent.index, pronoun: t.lemma });
      i = end;
      continue;
    }
    if (comma && nominal(antecedent) && APPOSITIVE_OPENING.has(t.pos) && antecedent.pos === "name") {
      let end = i;
      while (end + 1 < tokens.length && !ENDS.has(tokens[end + 1]!.text)) end++;
      const closed = end + 1 >= tokens.length || tokens[end + 1]!.text === "," || tokens[end + 1]!.text === ";";
      const hasVerb = groups.some((g) => g.finite && g.from >= i && g.from <= end);
      if (closed && !hasVerb) {
        out.push({ kind: "appositive", from: i, to: end, antecedent: antecedent.index });
        i = end;
      }
    }
  }
  return out;
}
