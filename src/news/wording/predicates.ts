import type { CompanyRole } from "../eventDocument.js";

/**
 * Predicates whose object is a list of companies, and the role they give that list: "The SEC
 * identified five companies: X, Y and Z", "They will replace Sealed Air, Alaska Air and SolarEdge",
 * "The eight companies named are X; Y; ...". The object is the first company after the predicate
 * (within `OBJECT_REACH` characters, a colon allowed) and every company listed with it (eventFrame.ts).
 * Role cues near a name still decide first; these give a role to list members no cue reaches.
 * A predicate after "not", "could", "may", "might", "would" or "if" tells no event; one that ends its
 * sentence ("Who's out.") takes the list that opens the next.
 * Each example is a test (wording.test.ts): `object` are the names that take the role (none: it must not fire).
 */
export interface ListPredicate {
  /** The predicate, as written: a verb form, or a subject and its copula for collective subjects. */
  readonly pattern: RegExp;
  readonly object: Exclude<CompanyRole, "mentioned">;
  readonly examples: readonly { readonly text: string; readonly object: readonly string[] }[];
}

/** How far after its predicate a list of companies may start ("identified five companies under the Act: X"). */
export const OBJECT_REACH = 90;

export const LIST_PREDICATES: readonly ListPredicate[] = [
  {
    // An action done to a list of companies by a regulator, a government or an index provider.
    pattern:
      /\b(?:identified|designated|blacklisted|sanctioned|fined|banned|barred|sued|penali[sz]ed|delisted|replace|replaces|replacing|(?:will|to)\s+be\s+replaced\s+by)\b|\b(?:leaving|joining|entering|exiting|dropped\s+from|removed\s+from|added\s+to)\s+the\s+(?:index|benchmark|gauge)\s*:/i,
    object: "target",
    examples: [
      { text: "The SEC on Tuesday identified five companies under the act: BeiGene, Yum China Holdings and Zai Lab.", object: ["BeiGene", "Yum China Holdings", "Zai Lab"] },
      { text: "They will replace packaging maker Sealed Air Corp, airline group Alaska Air Group Inc and solar-equipment maker SolarEdge Technologies Inc, which will move to the MidCap 400.", object: ["Sealed Air Corp", "Alaska Air Group Inc", "SolarEdge Technologies Inc"] },
      { text: "Who's out. MarketAxess Holdings, the bond-trading platform; Caesars Entertainment, the casino operator; and Enphase Energy.", object: ["MarketAxess Holdings", "Caesars Entertainment", "Enphase Energy"] },
      { text: "Regulators could have fined Apple, Microsoft and Alphabet under the rule.", object: [] },
      { text: "The company was replaced by Nvidia, Amazon and Sherwin-Williams in the average.", object: [] },
      {
        text: "Leaving the index: Illumina Inc. (ILMN); Moderna Inc. (MRNA), whose shares have halved this year; and Super Micro Computer Inc. (SMCI).",
        object: ["Illumina Inc.", "Moderna Inc.", "Super Micro Computer Inc."],
      },
    ],
  },
  {
    // A collective subject of the event, then the list: "The eight companies named are ...", "Others newly named included ...".
    pattern: /\b(?:companies|firms|entities|groups|stocks|names|others|newcomers|additions|members|lenders|developers|makers|platforms)\s+(?:(?:newly|also|now)\s+)?(?:named|added|listed|identified|targeted|affected|hit|removed|deleted|sanctioned|fined|exposed|joining|leaving)\s+(?:are|were|include|included|includes|comprise|comprised)\b|\b(?:who['’]s|what['’]s)\s+(?:in|out)\b/i,
    object: "target",
    examples: [
      { text: "The eight companies named are Hangzhou Hikvision, the largest maker of cameras; rival Zhejiang Dahua; and iFlytek.", object: ["Hangzhou Hikvision", "Zhejiang Dahua", "iFlytek"] },
      { text: "Others newly named included COSCO Shipping Holdings, the biggest container line; offshore oil producer CNOOC; and Quectel.", object: ["COSCO Shipping Holdings", "CNOOC", "Quectel"] },
    ],
  },
];
