/**
 * Where a name stands in its sentence, read from the words before it: a party of the sentence's
 * predicate (its subject or object: "Gaming rules hit Tencent", "Xiaomi launched ...") or a
 * circumstance introduced by a preposition ("priced below Tesla's Model 3", "controlled by Tencent",
 * "its reliance on Qualcomm", "rivals including ByteDance"). The event frame promotes only parties.
 *
 * Reading back from the name, up to `MAX_DESCRIPTOR_WORDS` words of a description ("the Israeli chip
 * designer") are passed over; a verb, the start of the sentence or a word of `OBLIQUE_WORDS` decides
 * (a party, a party, a circumstance); a word of `LIST_WORDS` or a comma joins the name to the company
 * named just before it, whose position it shares; "shares of" is part of the name's phrase.
 * Each example is a test (wording.test.ts).
 */
export interface PositionExample {
  readonly text: string;
  readonly name: string;
  readonly position: "party" | "circumstance";
}

/** Prepositions and comparison words after which a company is a circumstance, not a party. */
export const OBLIQUE_WORDS: ReadonlySet<string> = new Set([
  "about", "above", "across", "after", "alongside", "amid", "among", "around", "as", "at", "before", "behind", "below",
  "beneath", "beside", "besides", "between", "beyond", "by", "despite", "during", "except", "for", "from", "in",
  "including", "inside", "like", "near", "of", "off", "on", "onto", "outside", "over", "past", "per", "than",
  "through", "throughout", "to", "toward", "towards", "under", "unlike", "until", "versus", "via", "vs", "with",
  "within", "without", "rivals", "rival", "competitors", "peers", "outpaced", "outsold", "overtook",
]);

/** Words that join a name to the one before it: the list shares its head's position. */
export const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or", "&", "as well as", "plus"]);

/** Nouns of a company's securities: "shares of X" names X as a party ("Shares of Peloton slid"). */
export const SECURITY_NOUNS: ReadonlySet<string> = new Set(["shares", "share", "stock", "stocks", "bonds", "units", "securities"]);

/** How many words of a description ("Israeli chip designer", "U.S. chipmaker") may stand before a name. */
export const MAX_DESCRIPTOR_WORDS = 4;

export const POSITION_EXAMPLES: readonly PositionExample[] = [
  { text: "Gaming rules hit Tencent and NetEase shares", name: "Tencent", position: "party" },
  { text: "Gaming rules hit Tencent and NetEase shares", name: "NetEase", position: "party" },
  { text: "Xiaomi launched its SU7 sedan on Thursday, pricing it below Tesla's Model 3.", name: "Xiaomi", position: "party" },
  { text: "Xiaomi launched its SU7 sedan on Thursday, pricing it below Tesla's Model 3.", name: "Tesla", position: "circumstance" },
  { text: "Tencent Music, the streaming company controlled by Tencent Holdings, said its profit rose.", name: "Tencent Holdings", position: "circumstance" },
  { text: "It opened an investigation into Qualcomm over its purchase of Israeli chip designer Autotalks.", name: "Autotalks", position: "circumstance" },
  { text: "The phone marks the debut of its own modem, ending its reliance on Qualcomm.", name: "Qualcomm", position: "circumstance" },
  { text: "It stepped up spending to compete with rivals including ByteDance and DeepSeek.", name: "DeepSeek", position: "circumstance" },
  { text: "Shares of Peloton slid after the company recalled its treadmills.", name: "Peloton", position: "party" },
  { text: "Segway recalls about 220,000 Ninebot scooters after injuries", name: "Ninebot", position: "party" },
  { text: "After regulators fined Tencent, its shares fell.", name: "Tencent", position: "party" },
  { text: "Moody's cut its outlooks on Tencent, Alibaba and three other groups.", name: "Alibaba", position: "circumstance" },
  { text: "The FDA ordered Juul to pull its e-cigarettes, a blow to Altria.", name: "Juul", position: "party" },
  { text: "Regulators fined the U.S. chipmaker Qualcomm on Friday.", name: "Qualcomm", position: "party" },
];
