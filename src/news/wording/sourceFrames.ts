/**
 * How an article quotes a firm as a source of views or data rather than as a party to the event:
 * "Barclays analyst Jane Doe said", "analysts at Jefferies", "according to data from FactSet",
 * "wrote in a note", rating agencies commenting. `before` ends right before the firm's name, `after`
 * starts right after it.
 * Each example is a test (sourceFrames.test.ts): the frame must match the example's firm.
 */
export interface SourceFrame {
  /** `sentence`: the whole sentence, for the firms `firm` matches (rating agencies). */
  readonly side: "before" | "after" | "sentence";
  readonly pattern: RegExp;
  readonly firm?: RegExp;
  readonly reason: string;
  readonly examples: readonly (readonly [text: string, firm: string])[];
}

const SOURCE = "quoted only as a source (an analyst's firm, a data provider, a rating agency commenting)";

export const SOURCE_FRAMES: readonly SourceFrame[] = [
  {
    side: "sentence",
    reason: SOURCE,
    firm: /^(?:Moody['’]?s|Fitch|S&P|Standard\s*&\s*Poor['’]?s|China\s+Chengxin|Dagong|Kroll|DBRS|Morningstar\s+DBRS)/,
    pattern: /\b(?:rating|ratings|rated|downgrad\w*|upgrad\w*|outlook|default|junk|credit\s*watch|investment\s+grade|credit(?:\s+|-)(?:impact|negative|positive|profile|quality|risk|metrics))\b/i,
    examples: [
      ["Moody's cut Shimao's rating to Caa1.", "Moody's"],
      ["Fitch Ratings said the missed payment was a default.", "Fitch Ratings"],
      ['Moody\'s said the negotiations would have a "manageable" credit impact on most of the companies.', "Moody's"],
    ],
  },
  {
    side: "before",
    reason: "a former name of a company named beside it",
    pattern: /\b(?:formerly(?:\s+known\s+as)?|previously\s+(?:known\s+as|called)|once\s+known\s+as|renamed\s+from|then\s+called|then\s+known\s+as)\s+$/i,
    examples: [["Wolfspeed, formerly Cree, said", "Cree"], ["Gaotu Techedu, previously known as GSX Techedu, fell", "GSX Techedu"]],
  },
  {
    side: "before",
    reason: SOURCE,
    pattern: /\b(?:analysts?|strategists?|economists?|researchers?|traders?|an?\s+(?:senior\s+|equity\s+|research\s+)?(?:analyst|strategist|economist|researcher|portfolio\s+manager|fund\s+manager))\s+(?:at|with|from)\s+(?:the\s+)?$/i,
    examples: [["said analysts at Jefferies in a note", "Jefferies"], ["said Jane Doe, an analyst at Morningstar.", "Morningstar"]],
  },
  {
    side: "before",
    reason: SOURCE,
    pattern: /\baccording\s+to\s+(?:(?:data|figures|estimates|calculations|research|a\s+(?:note|report|survey|tally))\s+(?:from|by|compiled\s+by)\s+)?(?:the\s+)?$/i,
    examples: [["according to data from FactSet", "FactSet"], ["according to CITIC Securities", "CITIC Securities"]],
  },
  {
    side: "before",
    reason: SOURCE,
    pattern: /\b(?:data|figures|estimates|prices|quotes)\s+(?:from|compiled\s+by|provided\s+by)\s+(?:the\s+)?$/i,
    examples: [["Data from Wind showed", "Wind"], ["Market data provided by ICE Data Services", "ICE Data Services"]],
  },
  {
    side: "after",
    reason: SOURCE,
    pattern: /^\s+(?:senior\s+|lead\s+|equity\s+|credit\s+|research\s+|chief\s+)?(?:analysts?|strategists?|economists?|researchers?)\b/i,
    examples: [["Barclays analyst Jane Doe wrote", "Barclays"], ["Wedbush Securities analysts said", "Wedbush Securities"]],
  },
  {
    side: "after",
    reason: SOURCE,
    pattern: /^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:analysts?|strategists?|economists?|research|data|estimates|tally)\b/i,
    examples: [["Morningstar's senior analyst said", "Morningstar"]],
  },
  {
    side: "after",
    reason: SOURCE,
    pattern: /^\s+(?:said|wrote|noted|estimated|told\s+clients|argued)\s+in\s+a\s+(?:research\s+|client\s+)?(?:note|report)\b|^\s+(?:data|figures|estimates)\s+(?:show(?:ed)?|indicate[sd]?)\b/i,
    examples: [["Needham & Co. said in a note that", "Needham & Co."], ["Wind data showed", "Wind"]],
  },
  {
    side: "after",
    reason: SOURCE,
    pattern: /^\s+(?:Ratings|Investors\s+Service)\b/,
    examples: [["S&P Global Ratings said it may cut", "S&P Global"]],
  },
];
