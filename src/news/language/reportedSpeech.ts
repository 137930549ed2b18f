import { ATTRIBUTING_PREPOSITIONS, REPORTING_VERBS } from "../wording/grammarWords.js";
import type { Clause } from "./clauses.js";

/**
 * Speech reported in a sentence and whom it is attributed to: "Alibaba said it would acquire X",
 * "X was fined, the regulator said", "according to people familiar with the matter". The speaker
 * is the reporting clause's subject (or its object in "said Tencent"); `content` are the indexes of
 * the clauses reported.
 */
export interface Attribution {
  /** The reporting verb's lemma, or the attributing preposition ("according to"). */
  readonly verb: string;
  /** Index of the clause that attributes. */
  readonly clause: number;
  readonly speaker?: { readonly from: number; readonly to: number };
  readonly content: readonly number[];
}

export function reportedSpeech(clauses: readonly Clause[]): Attribution[] {
  const out: Attribution[] = [];
  clauses.forEach((c, i) => {
    for (const a of c.arguments) {
      if (a.position === "attachment" && a.preposition !== undefined && ATTRIBUTING_PREPOSITIONS.has(a.preposition)) {
        out.push({ verb: a.preposition, clause: i, speaker: { from: a.from, to: a.to }, content: [i] });
      }
    }
    const p = c.predicate;
    if (p === undefined || !p.finite || !REPORTING_VERBS.has(p.lemma) || c.kind === "relative" || c.kind === "appositive") return;
    const subject = c.arguments.find((x) => x.position === "subject");
    const object = c.arguments.find((x) => x.position === "object");
    const speaker = subject ?? object;
    const after: number[] = [];
    for (let k = i + 1; k < clauses.length && clauses[k]!.kind !== "main"; k++) if (clauses[k]!.kind === "complement" || after.length > 0) after.push(k);
    // Told at the end ("..., the company said."): what comes before is reported.
    const before =
      after.length === 0 && i > 0
        ? clauses
            .slice(0, i)
            .map((_, k) => k)
            .filter((k) => clauses[k]!.kind !== "relative" && clauses[k]!.kind !== "appositive")
        : [];
    const content = after.length > 0 ? after : before;
    if (content.length > 0)
      out.push({ verb: p.lemma, clause: i, ...(speaker !== undefined ? { speaker: { from: speaker.from, to: speaker.to } } : {}), content });
  });
  return out;
}
