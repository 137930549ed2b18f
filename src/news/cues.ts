import type { CompanyRole } from "./eventDocument.js";

/** Where the companies a cue speaks of stand: before it (subject), after it (object), or either. */
export type CueSide = "before" | "after" | "both";

/** A phrase that gives the companies on one side of it a role. */
export interface Cue {
  readonly role: Exclude<CompanyRole, "mentioned">;
  readonly side: CueSide;
  readonly re: RegExp;
}

const cue = (role: Cue["role"], side: CueSide, source: string): Cue => ({ role, side, re: new RegExp(source, "gi") });

/** Verbs of the regulatory and legal actions whose passive puts the company first ("X was fined"). */
const ACTION_VERBS =
  "fined|sued|penali[sz]ed|banned|blacklisted|sanctioned|summoned|charged|barred|raided|ordered|accused|blocked|targeted|punished|suspended|delisted|investigated|probed|added|removed|dropped|deleted|excluded|included|placed|replaced";

/** Index and list words that make "added"/"removed" an inclusion or exclusion, not speech or arithmetic. */
const LIST_WORDS = "(?:entity list|unverified list|blacklist|list|index|S&P 500|S&P|Nasdaq-100|Nasdaq 100|Hang Seng|Dow|benchmark|MSCI|FTSE|CSI 300)";

/** Words that make "met" a meeting rather than "met expectations". */
const NOT_A_MEETING = "(?!\\s+(?:with\\s+)?(?:analysts'?\\s+|market\\s+|wall street\\s+|the\\s+|their\\s+|its\\s+|our\\s+)?(?:expectations|estimates|forecasts|targets|consensus|demand|criteria|requirements))";

/**
 * The general cue lists: attendance, absence, and actions done to or by a company (regulatory
 * actions, index changes, results, launches, executive departures, listings). They are kept general
 * on purpose (the evaluation measures unseen articles): a cue names a kind of event, never a company.
 */
export const CUES: readonly Cue[] = [
  // Attendance.
  cue("present", "after", "\\b(?:was|were)\\s+(?:also\\s+)?attended\\s+by\\b|\\battended\\s+by\\b"),
  cue("present", "before", "\\b(?:also\\s+|all\\s+|both\\s+)?attend(?:ed|s|ing)?\\b(?!\\s+by)"),
  cue("present", "before", "\\b(?:was|were)\\s+(?:also\\s+|all\\s+|both\\s+)?(?:there|present|in\\s+attendance|on\\s+hand|among\\s+(?:the\\s+)?(?:attendees|participants|guests|those\\s+present))\\b"),
  cue("present", "after", "\\b(?:presence\\s+of|attendees?\\s+(?:included|were|was)|participants\\s+(?:included|were)|guests\\s+(?:included|were)|(?:present|in\\s+attendance)\\s+were|among\\s+(?:the\\s+)?(?:attendees|participants|guests|those\\s+present)\\s+(?:were|was)|joined\\s+by)\\b"),
  cue("present", "both", `\\bmet(?:\\s+with)?\\b${NOT_A_MEETING}`),
  cue("present", "both", "\\bin\\s+attendance\\b"),
  cue("present", "before", "\\b(?:took|take|taking)\\s+part\\b|\\bparticipated\\b|\\bsat\\s+in\\s+the\\s+front\\s+row\\b|\\b(?:was|were)\\s+seated\\b|\\bspoke\\s+at\\b|\\b(?:shook|shaking|shake|shakes)\\s+hands\\b"),
  cue("present", "after", "\\b(?:meeting|talks|symposium|dinner|audience|meet|meets)\\s+with\\b"),
  cue("present", "both", "\\b(?:held|holds|hold|had|has)\\s+(?:a\\s+)?(?:talks|meeting|meetings|dinner)\\s+with\\b"),
  // Absence.
  cue("absent", "after", "\\babsence\\s+of\\b|\\babsent\\s+(?:were|was)\\b|\\bno\\s+(?:representatives?|executives?|one)\\s+from\\b|\\bmissing\\s+(?:were|was)\\b"),
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?(?:absent|missing|not\\s+seen|not\\s+present|not\\s+there|not\\s+among|not\\s+invited|nowhere\\s+to\\s+be\\s+seen|left\\s+off)\\b"),
  cue("absent", "before", "\\b(?:did\\s+not|didn't|failed\\s+to|declined\\s+to|chose\\s+not\\s+to)\\s+(?:attend|show\\s+up|take\\s+part|appear|join)\\b|\\bskipped\\b|\\bstayed\\s+away\\b|\\bno-show\\b|\\bmissing\\s+from\\b"),
  cue("absent", "both", "\\b(?:notably|conspicuously)\\s+absent\\b"),
  cue("absent", "before", "\\b(?:was|were|did)(?:\\s+not|n't)(?=\\s*(?:[.;,]|$))"),
  // Actions on a company, object after the verb.
  cue("target", "after", "\\b(?:opened|launched|started|began|announced|initiated|open|launch|opens|launches)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:investigation|probe|inquiry|review)s?\\s+(?:into|of|against|on)\\b"),
  cue("target", "after", "\\b(?:investigation|probe|inquiry|crackdown|lawsuit|suit|case|complaint|charges|ban|fine|sanctions|restrictions|export\\s+controls|tariffs)\\s+(?:into|of|against|on)\\b"),
  cue("target", "after", `\\b(?:fined|fines|sued|sues|penali[sz]ed|banned|bans|blacklisted|sanctioned|sanctions|summoned|charged|barred|raided|ordered|orders|accused|blocked|blocks|punished|suspended|delisted|investigating|investigates|investigated|probing)\\b`),
  cue("target", "after", "\\b(?:filed|files)\\s+(?:an?\\s+)?(?:lawsuit|suit|complaint|charges)\\s+against\\b|\\b(?:imposed|slapped|levied|imposes)\\s+(?:an?\\s+)?(?:[\\w$.,%-]+\\s+){0,5}?(?:fine|penalty|penalties|tariffs?|sanctions?|restrictions)\\s+on\\b"),
  cue("target", "after", `\\b(?:add|adds|added|adding|remove|removes|removed|removing|drop|drops|dropped|dropping|delete|deleted|exclude|excludes|excluded|place|placed|put|include|includes|included)\\b(?=[^.;]{0,80}\\b${LIST_WORDS})`),
  cue("target", "after", "\\b(?:inclusion|addition|removal|exclusion|deletion|listing|IPO|initial\\s+public\\s+offering|debut|departure|resignation|exit|ouster|retirement|firing)\\s+of\\b"),
  cue("target", "both", "\\b(?:replace|replaces|replacing|replaced)\\b"),
  cue("target", "after", "\\b(?:remove|removed|take\\s+down|took\\s+down|pull|pulled|suspend|suspended|halt|halted)\\b(?=[^.;]{0,40}\\b(?:app|apps|products?|services?|listing|IPO|sales)\\b)"),
  cue("target", "after", "\\bruled\\s+against\\b|\\bfound\\b(?=[^.;]{0,60}\\b(?:guilty|liable)\\b)"),
  // Actions on a company, company first: passives and what a company does itself.
  cue("target", "before", `\\b(?:was|were|been|is|are|be|being|got|get|gets)\\s+(?:also\\s+|later\\s+|now\\s+|formally\\s+|officially\\s+|being\\s+)?(?:${ACTION_VERBS})\\b`),
  cue("target", "before", `\\b(?:join|joins|joined|joining|enter|enters|entered|entering|leave|leaves|left|exit|exits|exited)\\b(?=\\s+(?:the\\s+)?(?:[\\w&-]+\\s+){0,3}?${LIST_WORDS})`),
  cue("target", "before", "\\b(?:reported|reports|report|posted|posts|booked|recorded|delivered|announced|announces)\\b(?=[^.;]{0,80}\\b(?:results|earnings|revenue|revenues|profit|profits|loss|losses|sales|income|quarter)\\b)"),
  cue("target", "before", "\\b(?:beat|beats|missed|misses|topped|tops|exceeded|fell\\s+short\\s+of|raised|cut|lowered)\\b(?=[^.;]{0,40}\\b(?:estimates|expectations|forecasts?|consensus|guidance|outlook)\\b)"),
  cue("target", "before", "\\b(?:launched|launches|launch|unveiled|unveils|unveil|introduced|introduces|debuted|debuts|rolled\\s+out|rolls\\s+out|showcased|showcases|released|releases|began\\s+(?:selling|shipping|deliveries)|started\\s+(?:selling|shipping|deliveries)|unveiling|launching)\\b"),
  cue("target", "before", "\\b(?:resigned|resigns|resign|stepped\\s+down|steps\\s+down|step\\s+down|stepping\\s+down|quit|quits|retired|retires|retire|ousted|fired|dismissed|departed|departs|left\\s+the\\s+company|will\\s+leave|is\\s+leaving|to\\s+leave)\\b"),
  cue("target", "before", "\\b(?:appointed|appoints|named|names|hired|hires|picked|picks)\\s+(?:[\\w.'-]+\\s+){0,4}?(?:as\\s+)?(?:its\\s+|the\\s+|a\\s+)?(?:new\\s+|interim\\s+)?(?:chief\\s+executive|CEO|chairman|chairwoman|president|CFO|chief\\s+financial\\s+officer)\\b"),
  cue("target", "before", "\\b(?:broke|breaks|violated|violates|breached|breaches|infringed|infringes)\\b(?=[^.;]{0,40}\\b(?:law|laws|rules|regulations|act|patents?|sanctions|competition)\\b)"),
  cue("target", "before", "\\b(?:failed|fails|flunked)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:review|inspection|audit|probe|test|check)\\b"),
  cue("target", "before", "\\b(?:went\\s+public|made\\s+(?:its|their)\\s+(?:trading\\s+|market\\s+|stock\\s+market\\s+)?debut|began\\s+trading|started\\s+trading|listed\\s+(?:its\\s+)?shares|filed\\s+for\\s+(?:an?\\s+)?(?:IPO|initial\\s+public\\s+offering|listing))\\b"),
];

/** Words that turn a cue around within a few words before it ("was not present", "neither ... nor"). */
export const NEGATION = /\b(?:not|never|no|neither|nor|without)\b|n't\b/i;

/** How far before a cue a negation word is looked for, in characters. */
export const NEGATION_WINDOW = 40;

/** Words before a company that make it an owner only ("controlled by Alibaba", "TikTok's parent ByteDance"). */
export const OWNER_BEFORE = /\b(?:owned|controlled|backed|held|run)\s+by\s+$|\b(?:parent(?:\s+company)?|owner|subsidiary\s+of|unit\s+of|affiliate\s+of|arm\s+of|spun\s+off\s+from|part\s+of)\s+$/i;

/** Words after a company that make it an owner only ("Alibaba-backed", "Alibaba's fintech affiliate"). */
export const OWNER_AFTER = /^-(?:owned|backed|controlled)\b|^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:affiliate|subsidiary|unit|arm|spin-?off)\b/i;

/** Words that carry the role of the clause to a company on the "wrong" side ("In addition to Jack Ma, ... attended by"). */
export const INCLUSION_BEFORE = /\b(?:in\s+addition\s+to|besides|alongside|along\s+with|as\s+well\s+as|like|such\s+as|including|together\s+with)\s+(?:[\w.'’-]+\s+){0,4}$/i;

/**
 * A clause about the past before the article's year ("retired in 2019", "years ago", "had been
 * fined"): its actions are background and give no role. The year is checked against publication.
 */
export const BACKGROUND_TIME = /\b(?:in|since|around|back\s+in|until)\s+((?:19|20)\d{2})\b|\byears?\s+ago\b|\blast\s+year\b|\bpreviously\b/i;

/** A non-restrictive relative clause (", which was fined in 2021,"): it describes, it does not report the event. */
export const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|whom)\b[^,;]*(?:,|$)/gi;
