/**
 * The closed classes of English that the linguistic layer (src/news/language) reads clauses with:
 * prepositions, connectives, auxiliaries, modals, negation, the verbs that take another verb
 * ("plans to acquire", "declined to attend") and the verbs that report speech. Each list is data;
 * the layer's tests (src/news/language/*.test.ts) show them at work on newsroom sentences.
 */

/** Prepositions: each opens an attachment of its clause's predicate ("fined X on Monday", "met with X"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "about", "above", "across", "after", "against", "alongside", "amid", "among", "amongst", "around", "at", "before",
  "behind", "below", "beside", "besides", "between", "beyond", "by", "despite", "during", "except", "for", "from", "in",
  "including", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per",
  "since", "than", "through", "throughout", "to", "toward", "towards", "under", "unlike", "until", "upon", "versus",
  "via", "with", "within", "without",
]);

/** Prepositions written in several words, read as one ("according to X", "on behalf of X"). */
export const COMPOUND_PREPOSITIONS: readonly (readonly string[])[] = [
  ["according", "to"], ["on", "behalf", "of"], ["in", "addition", "to"], ["along", "with"], ["together", "with"],
  ["as", "well", "as"], ["ahead", "of"], ["such", "as"], ["instead", "of"], ["in", "place", "of"], ["because", "of"],
  ["out", "of"], ["in", "front", "of"], ["next", "to"], ["as", "part", "of"],
];

/** Prepositions that continue the phrase before them rather than open an attachment ("shares of X", "Apple's"). */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(["of"]);

/** Prepositions that continue a common noun's phrase ("executives from Meta", "engineers at Nvidia"). */
export const NOUN_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(["from", "at"]);

/** Words that open a clause of their own and join it to the one before ("..., while Y was absent"). */
export const CLAUSE_CONNECTIVES: ReadonlySet<string> = new Set([
  "while", "whereas", "but", "although", "though", "because", "yet", "unless", "if", "once",
]);

/** Prepositions that open a clause when a finite verb follows ("after Apple said", not "after the meeting"). */
export const TIME_CONNECTIVES: ReadonlySet<string> = new Set(["after", "before", "since", "when", "following", "until", "as"]);

/** Relative pronouns: after a noun phrase and a comma they open a relative clause ("X, which was fined, ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "who", "whose", "whom", "that", "where"]);

/** Forms of "be", the passive's and the copula's verb. */
export const BE_FORMS: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re"]);

/** Forms of "get", a passive's other auxiliary ("got fined"). */
export const GET_FORMS: ReadonlySet<string> = new Set(["get", "gets", "got", "gotten", "getting"]);

/** Forms of "have", the perfect's auxiliary. */
export const HAVE_FORMS: ReadonlySet<string> = new Set(["have", "has", "had", "having", "'ve"]);

/** Forms of "do", the auxiliary of negation and questions ("did not attend"). */
export const DO_FORMS: ReadonlySet<string> = new Set(["do", "does", "did"]);

/** What a modal says of its clause: only possible, conditional, owed, or simply to come. */
export type Modality = "possible" | "conditional" | "obliged" | "intended" | "expected";

/** Modal verbs and the modality they give; "will" and "shall" make the future and give none. */
export const MODALS: ReadonlyMap<string, Modality | "future"> = new Map([
  ["may", "possible"], ["might", "possible"], ["could", "possible"], ["can", "possible"],
  ["would", "conditional"], ["should", "obliged"], ["must", "obliged"],
  ["will", "future"], ["shall", "future"], ["'ll", "future"], ["wo", "future"],
]);

/** Words that negate their verb group. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never", "no longer"]);

/**
 * Verbs that take another verb after "to" and what they make of it: "declined to attend" negates,
 * "plans to acquire" intends, "is expected to join" expects, "agreed to buy" and "moved to ban" tell it.
 */
export const CATENATIVES: ReadonlyMap<string, Modality | "negated" | "told"> = new Map([
  ["decline", "negated"], ["fail", "negated"], ["refuse", "negated"], ["choose not", "negated"],
  ["plan", "intended"], ["intend", "intended"], ["aim", "intended"], ["seek", "intended"], ["hope", "intended"],
  ["want", "intended"], ["propose", "intended"], ["threaten", "possible"], ["consider", "possible"],
  ["expect", "expected"], ["set", "expected"], ["due", "expected"], ["likely", "expected"], ["poise", "expected"],
  ["agree", "told"], ["move", "told"], ["vow", "intended"], ["pledge", "intended"], ["decide", "told"], ["begin", "told"],
  ["start", "told"], ["continue", "told"], ["try", "intended"], ["prepare", "intended"], ["get", "told"],
]);

/** Verbs that report speech: their subject is the speaker, their complement what is reported. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "announce", "state", "add", "confirm", "disclose", "report", "write", "note", "explain", "claim",
  "allege", "argue", "reveal", "warn", "acknowledge", "admit", "deny", "insist", "estimate", "predict", "show",
]);

/** Prepositions that attribute what their clause says to a source ("according to people familiar"). */
export const ATTRIBUTING_PREPOSITIONS: ReadonlySet<string> = new Set(["according to", "citing"]);
