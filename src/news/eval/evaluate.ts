import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { companyRoleSchema, type EventDocument, type EventTime } from "../eventDocument.js";
import type { SecuritiesDirectory } from "../../data/directory/index.js";
import { nameKey } from "../../data/directory/names.js";
import { extractEvent } from "../extractEvent.js";
import type { KnowledgeBase } from "../gazetteer.js";

/** The evaluation set: articles written for it and their gold annotations (eval/news/). */
export const EVAL_DIR = fileURLToPath(new URL("../../../eval/news/", import.meta.url));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** When in the day the event happened, where the text says: a stated time, or a part of the trading day. */
const goldEventTimeSchema = z.union([
  z.object({ at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/, "a time written YYYY-MM-DDTHH:MM with its offset"), precision: z.enum(["minute", "hour"]) }).strict(),
  z.object({ part: z.enum(["before-open", "during-session", "after-close", "evening", "overnight"]), zone: z.string().min(1) }).strict(),
]);

/** A gold company key: a knowledge-base id, or `$` and the symbol of the listing that traded on the event date. */
const companyKey = z.string().regex(/^(?:[a-z0-9-]+|\$[A-Z0-9.^=-]+)$/, "a knowledge-base id or $SYMBOL");

const goldSchema = z
  .object({
    articles: z.array(
      z
        .object({
          file: z.string().min(1),
          published: isoDate.optional(),
          eventDate: isoDate,
          /** Kept for scoring event times; not scored here. */
          eventTime: goldEventTimeSchema.optional(),
          companies: z.record(companyKey, companyRoleSchema),
          /** Names the page shows that must not become companies of the event (chrome, quoted sources, agencies). */
          notEvent: z.array(z.string().min(1)).default([]),
          /** Written after the knowledge base and the rules were last changed, and not tuned on since: a held-out check. */
          heldOut: z.boolean().default(false),
          /** Companies the article names that the knowledge base lacked when it was annotated. */
          missing: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
  })
  .strict();
export type Gold = z.output<typeof goldSchema>;
type GoldArticle = Gold["articles"][number];

/** Precision, recall and F1 of a set comparison, summed over articles (micro-averaged). */
interface Score {
  readonly truePositives: number;
  readonly predicted: number;
  readonly expected: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

interface ArticleOutcome {
  readonly file: string;
  readonly heldOut: boolean;
  readonly error?: string;
  readonly eventDate?: { readonly expected: string; readonly got: string };
  /** Names of `notEvent` that the extractor linked as companies of the event. */
  readonly notEventLinked: readonly string[];
  /** Differences, for reading: "+x" extra, "-x" missed, "x: got≠expected". */
  readonly differences: readonly string[];
  /** The article's counts, summed into the scores. */
  readonly counts: OutcomeCounts;
}

interface OutcomeCounts {
  readonly predicted: number;
  readonly expected: number;
  readonly linked: number;
  readonly rolesRight: number;
  readonly dateRight: boolean;
  /** Where the gold states a time: whether the extracted time falls in the same part of the trading day. */
  readonly timeRight?: boolean;
  /** A time read where the gold states none. */
  readonly timeExtra: boolean;
  /** Each linked company's role confidence and whether its role was right, for precision by confidence. */
  readonly roleChecks: readonly { readonly confidence: number; readonly right: boolean }[];
}

/** Confidence bands over which role precision is measured: the lower bound of each. */
const CONFIDENCE_BANDS = [0, 0.7, 0.8, 0.9] as const;

/** Role precision among linked companies whose confidence falls in one band. */
interface BandPrecision {
  readonly from: number;
  readonly to: number;
  readonly right: number;
  readonly total: number;
}

export interface Evaluation {
  readonly articles: number;
  readonly linking: Score;
  readonly roles: Score;
  readonly dateAccuracy: number;
  /** Articles whose gold states an event time, and how many of them were read in the right part of the trading day. */
  readonly times: { readonly stated: number; readonly right: number; readonly extra: number };
  /** Links of names the gold lists as not companies of the event (page chrome, quoted sources). */
  readonly notEventLinks: number;
  readonly rolesByConfidence: readonly BandPrecision[];
  readonly outcomes: readonly ArticleOutcome[];
}

function score(tp: number, predicted: number, expected: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = expected === 0 ? 0 : tp / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, predicted, expected, precision, recall, f1 };
}

export function readGold(dir = EVAL_DIR): Gold {
  return goldSchema.parse(parseYaml(readFileSync(join(dir, "gold.yaml"), "utf8")));
}

/**
 * Runs the extractor over every gold article and scores company linking (the set of entity ids),
 * roles (the set of entity-role pairs) and the event date (exact day). An article that fails to
 * extract counts as predicting nothing.
 */
export function evaluate(knowledge: KnowledgeBase, dir = EVAL_DIR, directory?: SecuritiesDirectory): Evaluation {
  const gold = readGold(dir);
  const scope = annotationScope(gold);
  return summarise(gold.articles.map((g) => evaluateArticle(knowledge, dir, g, directory, scope)));
}

/**
 * What a set's annotators were asked to list. Sets written before the securities directory list
 * every company of the knowledge base (`knowledge-base`): a company the extractor finds outside it
 * (through the directory, or unknown to every list) was not theirs to annotate, so it is shown and
 * not scored. Sets that use `$SYMBOL` keys or `notEvent` list every company (`all`).
 */
function annotationScope(gold: Gold): "knowledge-base" | "all" {
  return gold.articles.some((a) => a.notEvent.length > 0 || Object.keys(a.companies).some((k) => k.startsWith("$"))) ? "all" : "knowledge-base";
}

/**
 * The gold key an extracted company stands for: its own id when the gold uses it, else the `$SYMBOL`
 * key of one of its listings trading on the event date, else its id.
 */
function goldKeyOf(c: EventDocument["companies"][number], expected: ReadonlyMap<string, unknown>): string {
  if (expected.has(c.entityId)) return c.entityId;
  return c.listings.map((s) => `$${s}`).find((k) => expected.has(k)) ?? c.entityId;
}

function evaluateArticle(knowledge: KnowledgeBase, dir: string, g: GoldArticle, directory: SecuritiesDirectory | undefined, scope: "knowledge-base" | "all"): ArticleOutcome {
  const expected = new Map(Object.entries(g.companies));
  const input = readFileSync(join(dir, "articles", g.file), "utf8");
  let doc: EventDocument;
  try {
    const result = extractEvent(input, { knowledge, format: g.file.endsWith(".html") ? "html" : "text", source: g.file, ...(g.published ? { published: g.published } : {}), ...(directory ? { directory } : {}) });
    if (Array.isArray(result)) throw new Error("a feed result for a single article");
    doc = result;
  } catch (e) {
    const counts = { predicted: 0, expected: expected.size, linked: 0, rolesRight: 0, dateRight: false, ...(g.eventTime ? { timeRight: false } : {}), timeExtra: false, roleChecks: [] };
    return { file: g.file, heldOut: g.heldOut, error: e instanceof Error ? e.message : String(e), differences: [], notEventLinked: [], counts };
  }
  // A company the annotator named as missing from the knowledge base, found since: no gold role to score.
  const missing = new Set(g.missing.map(foldName));
  for (const m of g.missing) missing.add(nameKey(m));
  const keyed = doc.companies.map((c) => ({ c, key: goldKeyOf(c, expected) }));
  const outside = (id: string): boolean => scope === "knowledge-base" && !knowledge.entities.some((e) => e.id === id);
  const unannotated = keyed
    .filter(({ c, key }) => !expected.has(key) && (outside(c.entityId) || [c.name, ...namesOf(knowledge, c.entityId)].some((n) => missing.has(foldName(n)) || missing.has(nameKey(n)))))
    .map(({ c }) => c);
  const notEvent = new Set(g.notEvent.map((n) => nameKey(n)));
  const notEventLinked = keyed.filter(({ c, key }) => !expected.has(key) && [c.name, ...namesOf(knowledge, c.entityId)].some((n) => notEvent.has(nameKey(n)))).map(({ c }) => c.name);
  const scored = keyed.filter(({ c }) => !unannotated.includes(c));
  const got = new Map(scored.map(({ c, key }) => [key, c.role]));
  const roleChecks = scored.filter(({ key }) => expected.has(key)).map(({ c, key }) => ({ confidence: c.confidence, right: expected.get(key) === c.role }));
  const differences: string[] = unannotated.map((c) => `~${c.entityId}:${c.role} (${outside(c.entityId) ? "outside the knowledge base this set was annotated against" : "named as missing from the knowledge base"}; not scored)`);
  let linked = 0, rolesRight = 0;
  for (const [id, role] of got) {
    const want = expected.get(id);
    if (want === undefined) differences.push(`+${id}:${role}`);
    else {
      linked++;
      if (want === role) rolesRight++;
      else differences.push(`${id}: ${role}≠${want}`);
    }
  }
  for (const [id, role] of expected) if (!got.has(id)) differences.push(`-${id}:${role}`);
  const dateRight = doc.eventDate === g.eventDate;
  if (!dateRight) differences.push(`date: ${doc.eventDate}≠${g.eventDate}`);
  for (const n of notEventLinked) differences.push(`!${n} (not a company of the event: chrome or a quoted source)`);
  const timeRight = g.eventTime === undefined ? undefined : doc.eventTime !== undefined && sessionPart(g.eventTime) === sessionPart(doc.eventTime);
  if (timeRight === false) differences.push(`time: ${doc.eventTime === undefined ? "none" : sessionPart(doc.eventTime)}≠${sessionPart(g.eventTime!)}`);
  const counts = { predicted: got.size, expected: expected.size, linked, rolesRight, dateRight, ...(timeRight === undefined ? {} : { timeRight }), timeExtra: g.eventTime === undefined && doc.eventTime !== undefined, roleChecks };
  return { file: g.file, heldOut: g.heldOut, eventDate: { expected: g.eventDate, got: doc.eventDate }, differences, notEventLinked, counts };
}

function foldName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function namesOf(knowledge: KnowledgeBase, id: string): string[] {
  const e = knowledge.entities.find((x) => x.id === id);
  return e === undefined ? [] : [e.name, e.shortName, ...e.aliases];
}

/** The scores of a set of article outcomes (micro-averaged over the articles). */
function summarise(outcomes: readonly ArticleOutcome[]): Evaluation {
  const sum = (f: (c: OutcomeCounts) => number): number => outcomes.reduce((n, o) => n + f(o.counts), 0);
  const predicted = sum((c) => c.predicted);
  const expected = sum((c) => c.expected);
  const dates = sum((c) => (c.dateRight ? 1 : 0));
  return {
    articles: outcomes.length,
    linking: score(sum((c) => c.linked), predicted, expected),
    roles: score(sum((c) => c.rolesRight), predicted, expected),
    dateAccuracy: outcomes.length === 0 ? 0 : dates / outcomes.length,
    notEventLinks: outcomes.reduce((n, o) => n + o.notEventLinked.length, 0),
    times: {
      stated: outcomes.filter((o) => o.counts.timeRight !== undefined).length,
      right: outcomes.filter((o) => o.counts.timeRight === true).length,
      extra: outcomes.filter((o) => o.counts.timeExtra).length,
    },
    rolesByConfidence: CONFIDENCE_BANDS.map((from, i) => {
      const to = CONFIDENCE_BANDS[i + 1] ?? 1.0001;
      const inBand = outcomes.flatMap((o) => o.counts.roleChecks).filter((c) => c.confidence >= from && c.confidence < to);
      return { from, to: Math.min(to, 1), right: inBand.filter((c) => c.right).length, total: inBand.length };
    }),
    outcomes,
  };
}

/** The scores of the held-out articles only (gold `heldOut: true`). */
export function heldOutPart(e: Evaluation): Evaluation {
  return summarise(e.outcomes.filter((o) => o.heldOut));
}

/** The figures as text: one line per measure, then the articles with differences. */
export function evaluationText(e: Evaluation, label = ""): string {
  const line = (name: string, s: Score): string =>
    `${name.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.truePositives} right of ${s.predicted} found, ${s.expected} expected)`;
  const out = [`News → event evaluation on ${e.articles} ${label === "" ? "" : `${label} `}articles`, line("company linking", e.linking), line("roles", e.roles), `event date       accuracy ${e.dateAccuracy.toFixed(3)}`];
  if (e.times.stated > 0) {
    out.push(`event time       ${e.times.right} of ${e.times.stated} stated times in the right part of the trading day${e.times.stated > 0 ? ` (${(e.times.right / e.times.stated).toFixed(3)})` : ""}; ${e.times.extra} read where the gold states none`);
  }
  const bands = e.rolesByConfidence.filter((b) => b.total > 0).map((b) => `${b.from.toFixed(2)}-${b.to.toFixed(2)}: ${(b.right / b.total).toFixed(2)} (${b.right}/${b.total})`);
  out.push(`roles by confidence  ${bands.join(" · ")}`);
  out.push(`chrome/source links ${e.notEventLinks} (names the gold lists under notEvent, linked as companies)`);
  const wrong = e.outcomes.filter((o) => o.error !== undefined || o.differences.length > 0);
  if (wrong.length > 0) out.push("", "Differences:", ...wrong.map((o) => `  ${o.file}: ${o.error ?? o.differences.join(", ")}`));
  return out.join("\n");
}

type GoldEventTime = z.output<typeof goldEventTimeSchema>;

/**
 * The part of the trading day a time falls in, on its own clock: what decides day 0 on an exchange.
 * Evening, night and overnight count as after the close; a clock time is placed by the hours 09:30 and
 * 16:00 of the main sessions of New York and Hong Kong.
 */
function sessionPart(t: GoldEventTime | EventTime): "before-open" | "during-session" | "after-close" {
  if ("part" in t) return t.part === "before-open" || t.part === "during-session" ? t.part : "after-close";
  if ("dayPart" in t) return t.dayPart === "early morning" ? "before-open" : t.dayPart === "evening" || t.dayPart === "night" ? "after-close" : "during-session";
  const clock = ("at" in t ? t.at : t.dateTime).slice(11, 16);
  return clock < "09:30" ? "before-open" : clock < "16:00" ? "during-session" : "after-close";
}
