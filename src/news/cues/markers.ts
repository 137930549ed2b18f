/** Words that turn a cue around within a few words before it ("was not present", "neither ... nor"). */
export const NEGATION = /\b(?:not|never|no|neither|nor|without)\b|n't\b/i;

/** How far before a cue a negation word is looked for, in characters. */
export const NEGATION_WINDOW = 40;

/** Words before a company that make it an owner only ("controlled by Alibaba", "TikTok's parent ByteDance"). */
export const OWNER_BEFORE = /\b(?:owned|controlled|backed|held|run)\s+by\s+$|\b(?:parent(?:\s+company)?|owner|(?:subsidiary|unit|affiliate|arm|business|division|platform|offshoot|venture)\s+of|spun\s+off\s+from|part\s+of)\s+$/i;

/** Words after a company that make it an owner only ("Alibaba-backed", "Alibaba's fintech affiliate"). */
export const OWNER_AFTER = /^-(?:owned|backed|controlled)\b|^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:affiliate|subsidiary|unit|arm|spin-?off)\b/i;

/** A list of names before a company ("rivals such as Xiaomi, Oppo and Honor"): capitalised words, commas, "and"/"or". */
const NAME_LIST = "(?:[A-Z][\\w.&'’-]*,?\\s+(?:(?:and|or)\\s+)?){0,8}";

/**
 * Words before a company that name it only to compare ("rivals such as Xiaomi", "competing with Honor",
 * "more than Apple's", "like rival Skyworks"): a competitor, not the company the event is about. A bare
 * "rival X" counts only after a preposition or list word ("like rival X", "and rival X"), not as a
 * headline's subject ("Apple rival Huawei unveils ...").
 */
export const COMPARISON_BEFORE = new RegExp(
  "(?:\\b(?:[Rr]ivals?|[Cc]ompetitors?|[Pp]eers)\\s+(?:such\\s+as|like|including|as\\s+well\\s+as)\\s+|\\b(?:[Cc]ompet(?:ing|es?|ed|itions?)|[Cc]ompar(?:ed|ison)|[Cc]ompetitive)\\s+(?:with|to|from|against)\\s+(?:(?:rivals?|competitors?|peers)\\s+(?:such\\s+as\\s+|like\\s+|including\\s+)?)?|\\b(?:[Uu]nlike|[Ll]ike|[Tt]han|[Aa]head\\s+of|[Vv]ersus|vs\\.?|[Oo]ver|[Ff]rom|[Ww]ith|[Aa]nd|[Oo]r|[Ii]ncluding|[Aa]gainst|[Ww]ith|[Tt]o)\\s+(?:(?:its|their|the)\\s+)?(?:[\\w-]+\\s+)?(?:rivals?|competitors?|peers?|competition)\\s+|\\b(?:[Uu]nlike|[Tt]han|[Vv]ersus|vs\\.?|[Oo]utsold|[Oo]utpaced|[Oo]utperformed|[Oo]vert(?:ook|aken|akes|ake))\\s+)(?:the\\s+)?" + NAME_LIST + "$",
);

/**
 * Words before an exchange that make it the place where something happens ("suspended on the Hong
 * Kong Stock Exchange", "debuted on Nasdaq", "filed with the exchange"): a venue, not a company.
 */
export const VENUE_BEFORE = /\b(?:on|at|in|onto|into|from|off|with|via|through|to)\s+(?:the\s+)?(?:(?:main|growth|star)\s+(?:board|market)\s+of\s+(?:the\s+)?)?$/i;

/** A name that is an exchange's ("Hong Kong Stock Exchange", "Nasdaq", "HKEX"), for VENUE_BEFORE. */
export const EXCHANGE_NAME = /\b(?:exchanges?|bourse|nasdaq|nyse|hkex|sehk|big\s+board|star\s+market)\b/i;

/** Words after a company that name it as the one compared with ("Tesla rival BYD", "Apple's competitor Huawei"). */
export const RIVAL_AFTER = /^(?:'s|’s)?\s+(?:[a-z][\w-]*\s+)?(?:rival|competitor|challenger|peer)\s+[A-Z]/;

/** Words that open a list of names sharing the clause's role ("alongside X, Y and Z", "as was X"). */
const INCLUSION = "in\\s+addition\\s+to|besides|alongside|along\\s+with|as\\s+well\\s+as|together\\s+with|as\\s+(?:was|were|did|had)";

/** Those words anywhere before a name, to find the last one. */
export const INCLUSION_WORD = new RegExp(`\\b(?:${INCLUSION})\\b`, "gi");

/** Words that carry the role of the clause to a company on the "wrong" side ("In addition to Jack Ma, ... attended by"). */
export const INCLUSION_BEFORE = new RegExp(`\\b(?:${INCLUSION}|like|such\\s+as|including)\\s+(?:[\\p{L}\\p{N}_.'’,&-]+\\s+){0,14}$`, "iu");

/**
 * Nouns that stand for a company once it has been named ("the company", "the chipmaker", "the pair"),
 * in the singular; `plural` gives their plurals.
 */
const COMPANY_NOUNS = [
  "company", "firm", "group", "giant", "maker", "carmaker", "automaker", "chipmaker", "chip\\s+designer", "designer", "retailer",
  "platform", "start-?up", "conglomerate", "operator", "lender", "bank", "insurer", "issuer", "carrier", "airline", "producer",
  "supplier", "manufacturer", "chain", "developer", "provider", "business", "owner", "parent",
] as const;

const plural = (noun: string): string => (noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : noun.endsWith("s") ? `${noun}es` : `${noun}s`);

/** A company noun in the singular, and one in the plural (with the words for two or three). */
export const COMPANY_NOUN = `(?:${COMPANY_NOUNS.join("|")})`;
export const COMPANY_NOUNS_PLURAL = `(?:${COMPANY_NOUNS.map(plural).join("|")}|pair|duo|trio)`;

/**
 * Words of a clause about the past before the event ("retired in 2019", "years ago", "previously",
 * "earlier this year", "in recent months", "recently"): its actions are background and give no role. A year is checked against the
 * event's year.
 */
export const BACKGROUND_TIME =
  /\b(?:in|since|around|back\s+in|until|during|by)\s+((?:19|20)\d{2})\b|\byears?\s+ago\b|\b(?:months|weeks)\s+ago\b|\blast\s+year\b|\bpreviously\b|\bformerly\b|\bearlier\s+(?:this|that|in\s+the)\s+year\b|(?<!\b(?:from|than|with|versus|vs\.?|over|on|to)\s+)\b(?:a|one|two|three|several|some|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|before)\b(?!\s+(?:levels?|period|quarter|figures?))|\bthe\s+(?:day|week|month|year)\s+before\b|\bthe\s+previous\s+(?:day|week|month|year)\b|\bback\s+then\b|\bat\s+the\s+time\b|\bin\s+the\s+past\b|\bin\s+recent\s+(?:weeks|months|years)\b|\brecently\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?(?:weeks|months|years)\b/gi;

/**
 * The past perfect ("had been fined", "had cut", "had already left"): what happened before the event.
 * Not "had to" (duty) nor "had a meeting" (a noun after "had").
 */
export const PAST_PERFECT =
  /\bhad\s+(?:already\s+|previously\s+|also\s+|earlier\s+|long\s+|once\s+|just\s+)?(?:been|\w{2,}ed|\w+en|\w+wn|left|quit|won|lost|cut|set|put|made|paid|sold|bought|brought|held|led|met|sent|spent|built|begun|run|hit|shut|told|said|become|come|gone|done)\b/i;

/** A verb of reported speech before a past perfect: "said it had been told" reports the event. */
export const REPORTING_VERB = /\b(?:said|says|saying|disclosed|disclosing|revealed|confirmed|announced|told|telling|stated|noted|noting|reported|added|adding|wrote|writing|argued|arguing|alleged|alleging|claimed|claiming|filing\s+showed)\b/i;

/** The connective of a clause that happened before the one it follows ("came a day after ..."). */
export const EARLIER_AFTER = /\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|just|only|not\s+long)\s+(?:after|following)\s*$/i;

/** Future words in a relative clause: "X, which will be removed from the index," tells the event. */
export const FUTURE_MARKER = /\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|expected|poised)\s+to|(?:is|are)\s+to\s+be|(?:is|are)\s+being)\b/i;

/**
 * Before a noun cue, words that make it a reference to an action already known ("the lawsuit
 * against X", "the government's case against X", "that ban on X") rather than news of one ("a
 * lawsuit against X", "sanctions on X").
 */
export const REFERENCE_BEFORE = /(?:\b(?:the|this|that|these|those|its|their|his|her)|(?:'s|’s|s'|s’))\s+(?:(?!(?:a|an)\s)[\w$.,%-]+\s+){0,3}$/i;

/** Verbs that tie a noun-phrase action to the event ("the lawsuit, filed on Thursday"; "the ban takes effect"). */
export const EVENT_ANCHOR =
  /\b(?:filed|files|brought|brings|announced|announces|opened|opens|launched|launches|imposed|imposes|issued|issues|unveiled|unveils|levied|levies|handed\s+down|took\s+effect|takes\s+effect|came\s+into\s+force|comes\s+into\s+force|(?:is|was)\s+the\s+(?:first|latest|largest|biggest))\b/i;

/**
 * A relative clause that tells where a person works ("Stephanie Pope, who runs Boeing's commercial
 * aircraft business"): the company stands where the person does in the sentence.
 */
export const PERSON_RELATIVE = /^,\s+whose\s+(?:own\s+)?(?:company|firm|group|fund|exchange|bank|start-?up|business|employer|\p{Lu})|^,\s+who\s+(?:now\s+|also\s+)?(?:runs|ran|heads|headed|leads|led|chairs|chaired|founded|co-founded|oversees|manages|represents|represented|works\s+for|is\s+(?:the\s+)?(?:chief|head|chair|founder|president|CEO|boss)|serves\s+as)\b/iu;

/**
 * An appositive between commas right after a name ("Robin Li, a regular at such gatherings in the past
 * decade,"): it describes. Not a clause with its own verb ("Besides CATL, the new additions included X,").
 */
export const APPOSITIVE = /(?<=\p{Lu}[\p{L}\p{N}.&'’-]*),\s+(?:a|an|the|once|formerly|himself|herself|itself)\s+(?![^,;]*\b(?:is|are|was|were|has|have|had|will|would|said|says|included|includes|include)\b)[^,;]{1,160}(?=,|[.!?"”]*$)/giu;

/** A non-restrictive relative clause (", which was fined in 2021,"): it describes, it does not report the event. */
export const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|whom)\b[^,;]*(?:,|$)/gi;

/**
 * Words of a share-price move before a date in its clause ("Shares of X fell on Tuesday", "its ADRs
 * jumped 18 percent in New York trading on Wednesday"): the date of the market's reaction, not of the event.
 */
export const MARKET_MOVE =
  /\b(?:shares?|stocks?|ADRs?|ADSs?|depositary\s+(?:shares|receipts)|index|indices|benchmark|Hang\s+Seng|Nasdaq|S&P\s*500|Dow|market)\b(?:[^.;]|\.(?=\S)|(?<=\b(?:Inc|Corp|Co|Ltd|Plc|Cos|Bhd))\.){0,80}\b(?:fell|rose|jumped|slid|slumped|dropped|climbed|gained|lost|tumbled|plunged|surged|soared|rallied|sank|declined|edged|extended|rebounded|recovered|retreated|sagged|spiked|popped|(?:closed|ended|opened|traded|finished)\s+(?:up|down|higher|lower|flat|\d))\b(?:[^.;]|\.(?=\S)){0,60}$|\btrading\s+$/i;

/** A verb of announcement just before a date ("said on Friday", "announced late on Monday", "in a statement on Tuesday"). */
export const REPORTED_ON =
  /\b(?:said|says|announced|announces|disclosed|confirmed|reported|revealed|told|unveiled|ruled|decided|voted|released|published|issued|statement|filing|notice|notified|informed)\s+(?:[\w,]+\s+){0,3}$/i;
