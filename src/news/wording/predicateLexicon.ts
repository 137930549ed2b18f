import type { CompanyRole } from "../eventDocument.js";

/**
 * The predicate lexicon: the verbs (as dictionary forms, so every tense and voice is one entry) that
 * give companies a role, and where the company must stand in the verb's clause to take it. The clause
 * structure comes from src/news/language; the reader is src/news/clauseRoles.ts. A family of wordings
 * is one entry: "attend", "take part", "participate" and "join" a meeting tell the same thing.
 *
 * A passive swaps the places ("Alibaba was fined": the subject takes the `object` role; "by X" the
 * `subject` one). Negation turns `present` into `absent` and any other role into `mentioned`; a clause
 * that is only possible ("could be fined") gives `mentioned`. Each example is a test
 * (predicateLexicon.test.ts): the roles its names must take; `mentioned` means the entry must not fire.
 */

/** The kind of event a predicate tells. */
export type EventKind = "meeting" | "action" | "own" | "list";

type Role = Exclude<CompanyRole, "mentioned">;

interface PredicateExample {
  readonly text: string;
  readonly roles: Readonly<Record<string, CompanyRole>>;
}

export interface PredicateEntry {
  /** What the family of wordings tells, for a reader searching the data. */
  readonly name: string;
  readonly event: EventKind;
  /** Dictionary forms of the verbs ("be" for a copula: "was absent"). */
  readonly verbs: readonly string[];
  /** The particle of a phrasal verb ("sit down", "stay away"). */
  readonly particle?: string;
  /** Head nouns the object must hold ("impose a fine", "hold talks", "take part"). */
  readonly objectNouns?: readonly string[];
  /** Head nouns the subject must hold ("Attendees included X", not "Its customers include X"). */
  readonly subjectNouns?: readonly string[];
  /** Objects that make the verb mean something else ("met expectations", "joined the board"). */
  readonly notObjectNouns?: readonly string[];
  /** Words right after a copula ("was absent", "were among the guests", "was in attendance"). */
  readonly complement?: readonly string[];
  /** Words one of which the clause must hold ("left off the guest list", "added to the index"). */
  readonly context?: readonly string[];
  /** Words that make the clause about something else ("dropped from the guest list" is no index change). */
  readonly notContext?: readonly string[];
  readonly subject?: Role;
  readonly object?: Role;
  /** Roles of the attachments, by preposition ("with", "against", "on", "by"). */
  readonly attachments?: Readonly<Record<string, Role>>;
  /** Told only of meetings where the article is about one ("spoke at", "sat beside"). */
  readonly weak?: boolean;
  readonly examples: readonly PredicateExample[];
}

/** Words of a gathering, for the entries that need one in their sentence. */
const GATHERING = ["meeting", "summit", "symposium", "dinner", "forum", "roundtable", "talks", "gathering", "session", "hearing", "banquet", "lunch", "event", "conference", "delegation", "trip", "guest", "invitation", "list"];

/** Words of an index or a list of companies, for the entries that move companies on and off one. */
const INDEX = ["index", "list", "blacklist", "watchlist", "s&p", "benchmark", "gauge", "nasdaq-100", "msci", "ftse"];

export const PREDICATE_LEXICON: readonly PredicateEntry[] = [
  // Index and list changes.
  {
    name: "moving a company on or off an index or list",
    event: "list",
    verbs: ["add", "remove", "drop", "delete", "exclude", "include", "place", "put", "replace", "join", "leave", "enter", "exit"],
    context: INDEX,
    notContext: ["guest", "invitation", "invitee", "delegation", "attendee"],
    subject: "target",
    object: "target",
    examples: [
      { text: "The Commerce Department added Inspur to the entity list.", roles: { Inspur: "target" } },
      { text: "Palantir will join the S&P 500 before trading opens on Monday.", roles: { Palantir: "target" } },
      { text: "Super Micro was removed from the Nasdaq-100 index.", roles: { "Super Micro": "target" } },
      { text: "Tencent added 3% on the day.", roles: { Tencent: "mentioned" } },
    ],
  },
  // Meetings: attendance.
  {
    name: "attending a gathering",
    event: "meeting",
    verbs: ["attend", "participate"],
    subject: "present",
    object: "present",
    attachments: { by: "present" },
    examples: [
      { text: "Xiaomi's Lei Jun attended the symposium in Beijing on Monday.", roles: { Xiaomi: "present" } },
      { text: "The roundtable was attended by Alibaba's Jack Ma and Tencent's Pony Ma.", roles: { Alibaba: "present", Tencent: "present" } },
      { text: "Baidu did not attend the meeting.", roles: { Baidu: "absent" } },
      { text: "Nvidia declined to attend the dinner.", roles: { Nvidia: "absent" } },
    ],
  },
  {
    name: "joining others at the gathering",
    event: "meeting",
    verbs: ["join", "accompany"],
    // "joined a government forum": an indefinite object is another gathering than the article's.
    notObjectNouns: ["a", "an", "board", "company", "firm", "index", "list", "team", "group", "rank", "race", "rally", "chorus", "s&p", "benchmark"],
    weak: true,
    subject: "present",
    object: "present",
    examples: [
      { text: "Goldman Sachs leaders joined HSBC at the summit.", roles: { "Goldman Sachs": "present", HSBC: "present" } },
      { text: "Huawei joined the board of the industry group.", roles: { Huawei: "mentioned" } },
      { text: "Nio executives joined a government forum on charging networks.", roles: { Nio: "mentioned" } },
    ],
  },
  {
    name: "taking part",
    event: "meeting",
    verbs: ["take"],
    objectNouns: ["part", "seat", "seats"],
    subject: "present",
    examples: [
      { text: "Nvidia's Jensen Huang took seats near the head of the table.", roles: { Nvidia: "present" } },
      { text: "Executives from BYD took part in the talks.", roles: { BYD: "present" } },
      { text: "BYD took a stake in the start-up.", roles: { BYD: "mentioned" } },
    ],
  },
  {
    name: "meeting someone",
    event: "meeting",
    verbs: ["meet", "confer"],
    notObjectNouns: ["expectation", "estimate", "forecast", "target", "consensus", "demand", "criteria", "requirement", "deadline", "goal"],
    subject: "present",
    object: "present",
    attachments: { with: "present" },
    examples: [
      { text: "Xi Jinping met Tencent's Pony Ma and Alibaba's Jack Ma in Beijing.", roles: { Tencent: "present", Alibaba: "present" } },
      { text: "The premier met with executives of Meituan and JD.com on Friday.", roles: { Meituan: "present", "JD.com": "present" } },
      { text: "Tencent's results met analysts' expectations.", roles: { Tencent: "mentioned" } },
    ],
  },
  {
    name: "sitting, dining and talking with others",
    event: "meeting",
    verbs: ["sit", "dine", "listen", "talk", "chat"],
    // "sat on the board of a charity" is a post, not a seat at the gathering.
    notContext: ["board", "committee", "council", "bench", "jury"],
    weak: true,
    subject: "present",
    attachments: { with: "present", to: "present", alongside: "present", beside: "present", "next to": "present", "along with": "present", "together with": "present" },
    examples: [
      { text: "Xiaomi's Lei Jun sat down with the president-elect for a roundtable on Tuesday.", roles: { Xiaomi: "present" } },
      { text: "The premier listened to representatives of Xiaomi and BYD.", roles: { Xiaomi: "present", BYD: "present" } },
      { text: "Goldman Sachs chief David Solomon sat in the front row alongside UBS chairman Colm Kelleher.", roles: { "Goldman Sachs": "present", UBS: "present" } },
      { text: "Tencent's Pony Ma sat on the board of a charity.", roles: { Tencent: "mentioned" } },
    ],
  },
  {
    name: "a gathering's members",
    event: "meeting",
    verbs: ["include", "comprise", "feature"],
    subjectNouns: ["attendee", "participant", "guest", "invitee", "delegation", "delegate", "speaker", "line-up", "lineup", "roster", "audience", "visitor", "entourage", "panel", "panelist"],
    object: "present",
    examples: [
      { text: "Attendees included Wang Xing, the founder of Meituan, and a senior vice-president of Tencent Holdings.", roles: { Meituan: "present", "Tencent Holdings": "present" } },
      { text: "Its customers include Tesla and BMW.", roles: { Tesla: "mentioned" } },
    ],
  },
  {
    name: "holding talks",
    event: "meeting",
    verbs: ["hold", "have"],
    objectNouns: ["talk", "talks", "meeting", "dinner", "discussion", "lunch"],
    subject: "present",
    attachments: { with: "present" },
    examples: [
      { text: "The commerce minister held talks with Tesla's Elon Musk on Sunday.", roles: { Tesla: "present" } },
      { text: "Tesla held its annual meeting in Austin.", roles: { Tesla: "present" } },
      { text: "Tesla has a factory in Shanghai.", roles: { Tesla: "mentioned" } },
      { text: "Alibaba said it would hold a call with investors on Monday.", roles: { Alibaba: "mentioned" } },
    ],
  },
  {
    name: "hosting guests",
    event: "meeting",
    verbs: ["host", "convene", "welcome", "gather", "summon", "receive", "invite"],
    objectNouns: ["executive", "boss", "chief", "leader", "founder", "head", "ceo", "representative", "entrepreneur", "tycoon", "delegation", "guest"],
    subject: "present",
    object: "present",
    examples: [
      { text: "President Trump hosted executives from Meta and Apple at the White House.", roles: { Meta: "present", Apple: "present" } },
      { text: "Meta received approval for the deal.", roles: { Meta: "mentioned" } },
    ],
  },
  {
    name: "speaking or testifying at the gathering",
    event: "meeting",
    verbs: ["testify", "speak", "address", "appear", "present"],
    notObjectNouns: ["result", "earnings", "figure", "account"],
    weak: true,
    subject: "present",
    examples: [
      { text: "Snap's Evan Spiegel testified before the Senate committee.", roles: { Snap: "present" } },
      { text: "Alibaba's Daniel Zhang spoke at the forum.", roles: { Alibaba: "present" } },
      { text: "Alibaba presented its quarterly results.", roles: { Alibaba: "mentioned" } },
    ],
  },
  {
    name: "sending someone",
    event: "meeting",
    verbs: ["send", "dispatch"],
    objectNouns: ["executive", "deputy", "vice", "president", "chief", "ceo", "representative", "delegation", "team", "director", "officer", "head", "envoy", "chairman", "one", "anyone", "nobody"],
    weak: true,
    subject: "present",
    examples: [
      { text: "Geely sent its chief executive to the meeting.", roles: { Geely: "present" } },
      { text: "Nio sent no one to the symposium.", roles: { Nio: "absent" } },
      { text: "Geely sent a letter to shareholders.", roles: { Geely: "mentioned" } },
    ],
  },
  {
    name: "represented by someone",
    event: "meeting",
    verbs: ["represent"],
    notObjectNouns: ["%", "percent", "share", "stake", "portion", "fraction", "client", "customer"],
    weak: true,
    object: "present",
    attachments: { by: "present" },
    examples: [
      { text: "Amazon was represented by Matt Garman.", roles: { Amazon: "present" } },
      { text: "Amazon represented 12% of sales.", roles: { Amazon: "mentioned" } },
    ],
  },
  {
    name: "having someone there",
    event: "meeting",
    verbs: ["have"],
    objectNouns: ["one", "representative", "executive", "seat", "delegate", "envoy", "nobody", "anyone"],
    weak: true,
    subject: "present",
    examples: [
      { text: "Binance had no one in the room.", roles: { Binance: "absent" } },
      { text: "Binance has one of the largest exchanges.", roles: { Binance: "mentioned" } },
    ],
  },
  {
    name: "sending regrets",
    event: "meeting",
    verbs: ["send", "offer"],
    objectNouns: ["regret", "regrets", "apology", "apologies"],
    subject: "absent",
    examples: [{ text: "Microsoft sent its regrets.", roles: { Microsoft: "absent" } }],
  },
  {
    name: "being there",
    event: "meeting",
    verbs: ["be"],
    complement: ["present", "there", "attendance", "on hand", "in the room", "at the table", "in the audience", "at the meeting", "at the dinner", "at the summit"],
    notContext: ["customer", "client", "buyer", "supplier", "investor", "shareholder", "holder", "competitor", "rival", "bank", "lender", "stock", "company", "firm", "largest", "biggest"],
    subject: "present",
    examples: [
      { text: "Tencent's Pony Ma was also present.", roles: { Tencent: "present" } },
      { text: "Baidu was not present.", roles: { Baidu: "absent" } },
      { text: "Notably present were Tencent's Pony Ma and Xiaomi's Lei Jun.", roles: { Tencent: "present", Xiaomi: "present" } },

    ],
  },
  {
    name: "among the guests",
    event: "meeting",
    verbs: ["be"],
    complement: ["among"],
    context: ["guest", "attendee", "participant", "invitee", "delegate", "speaker", "those present", "panelist", "visitor"],
    subject: "present",
    examples: [
      { text: "Executives from Baidu were among the guests.", roles: { Baidu: "present" } },
      { text: "Among the guests were Tencent's Pony Ma and Xiaomi's Lei Jun.", roles: { Tencent: "present", Xiaomi: "present" } },
      { text: "Walmart and eBay are among its competitors.", roles: { Walmart: "mentioned" } },
      { text: "Tencent and Baidu were among those punished on Saturday.", roles: { Tencent: "mentioned" } },
      { text: "Morgan Stanley and Bank of America were among the banks that arranged the deal.", roles: { "Morgan Stanley": "mentioned" } },
    ],
  },
  // Meetings: absence.
  {
    name: "being away",
    event: "meeting",
    verbs: ["be"],
    complement: ["absent", "missing", "nowhere"],
    subject: "absent",
    examples: [
      { text: "Baidu's Robin Li, a regular at such gatherings in the past decade, was missing.", roles: { Baidu: "absent" } },
      { text: "Notably, Baidu was absent from the gathering.", roles: { Baidu: "absent" } },
      { text: "Notably absent was Tesla's Elon Musk.", roles: { Tesla: "absent" } },
    ],
  },
  {
    name: "skipping the gathering",
    event: "meeting",
    verbs: ["skip", "miss", "boycott", "snub"],
    notObjectNouns: ["estimate", "expectation", "forecast", "target", "payment", "deadline"],
    subject: "absent",
    examples: [
      { text: "Nvidia's Jensen Huang skipped the dinner.", roles: { Nvidia: "absent" } },
      { text: "Nvidia missed analysts' estimates.", roles: { Nvidia: "mentioned" } },
    ],
  },
  {
    name: "staying away",
    event: "meeting",
    verbs: ["stay", "keep"],
    particle: "away",
    subject: "absent",
    examples: [{ text: "Alibaba stayed away from the summit.", roles: { Alibaba: "absent" } }],
  },
  {
    name: "left off the guest list",
    event: "meeting",
    verbs: ["leave", "drop", "exclude", "omit"],
    context: GATHERING,
    notObjectNouns: ["index"],
    object: "absent",
    examples: [
      { text: "Baidu has been left off the guest list.", roles: { Baidu: "absent" } },
      { text: "Organisers excluded Huawei from the summit.", roles: { Huawei: "absent" } },
      { text: "Baidu was dropped from the index.", roles: { Baidu: "mentioned" } },
    ],
  },
  {
    name: "declining the invitation",
    event: "meeting",
    verbs: ["decline", "reject", "refuse", "ignore"],
    objectNouns: ["invitation", "invite"],
    subject: "absent",
    examples: [
      { text: "Apple declined the invitation.", roles: { Apple: "absent" } },
      { text: "Apple declined to comment.", roles: { Apple: "mentioned" } },
    ],
  },
  // Actions done to a company.
  {
    name: "penalties and legal actions on a company",
    event: "action",
    verbs: [
      "fine", "sue", "penalize", "penalise", "ban", "blacklist", "sanction", "summon", "charge", "bar", "raid", "punish",
      "investigate", "probe", "suspend", "delist", "block", "target", "accuse", "prosecute", "indict", "censure", "convict",
    ],
    object: "target",
    examples: [
      { text: "The regulator fined Meituan 3.4 billion yuan on Friday.", roles: { Meituan: "target" } },
      { text: "Alibaba was fined a record 18.2 billion yuan.", roles: { Alibaba: "target" } },
      { text: "The Justice Department sued Apple on Thursday.", roles: { Apple: "target" } },
      { text: "Meituan could be fined as early as next week, the regulator said.", roles: { Meituan: "mentioned" } },
      { text: "Tencent was not fined.", roles: { Tencent: "mentioned" } },
      { text: "The commission banned the U.S. firm's chips, Micron said.", roles: { Micron: "mentioned" } },
    ],
  },
  {
    name: "imposing a penalty on a company",
    event: "action",
    verbs: ["impose", "slap", "levy", "announce", "issue", "hand"],
    objectNouns: ["fine", "penalty", "tariff", "sanction", "restriction", "ban", "curb", "control"],
    attachments: { on: "target", against: "target", to: "target" },
    examples: [
      { text: "The regulator imposed a fine equivalent to US$2.8 billion against Alibaba on Saturday.", roles: { Alibaba: "target" } },
      { text: "Brussels slapped a 1.8 billion euro penalty on Apple.", roles: { Apple: "target" } },
    ],
  },
  {
    name: "opening an investigation into a company",
    event: "action",
    verbs: ["open", "launch", "start", "begin", "announce", "initiate", "file", "bring"],
    objectNouns: ["investigation", "probe", "inquiry", "review", "lawsuit", "suit", "complaint", "case", "charge"],
    attachments: { into: "target", against: "target", on: "target" },
    examples: [
      { text: "Beijing opened an antitrust investigation into Nvidia on Monday.", roles: { Nvidia: "target" } },
      { text: "Shareholders filed a lawsuit against Boeing.", roles: { Boeing: "target" } },
    ],
  },
  {
    name: "ruling against a company",
    event: "action",
    verbs: ["rule", "decide", "find"],
    attachments: { against: "target" },
    examples: [{ text: "A federal judge ruled against Google on Tuesday.", roles: { Google: "target" } }],
  },
  // A company's own news.
  {
    name: "a company's results",
    event: "own",
    verbs: ["report", "post", "announce", "publish", "book", "record", "swing"],
    objectNouns: ["profit", "revenue", "earnings", "result", "loss", "sale", "income", "delivery", "shipment", "margin"],
    subject: "target",
    examples: [
      { text: "Tencent reported a 90% jump in quarterly profit on Wednesday.", roles: { Tencent: "target" } },
      { text: "Analysts expect Tencent to report results next week.", roles: { Tencent: "mentioned" } },
    ],
  },
  {
    name: "a company's deal",
    event: "own",
    verbs: ["acquire", "buy", "purchase", "merge", "sell", "divest", "agree"],
    subject: "target",
    object: "target",
    attachments: { with: "target" },
    examples: [
      { text: "Alibaba announced that it would acquire Sun Art Retail, a supermarket chain.", roles: { "Sun Art Retail": "target" } },
      { text: "Capital One agreed to buy Discover.", roles: { "Capital One": "target", Discover: "target" } },
      { text: "Capital One could buy Discover.", roles: { "Capital One": "mentioned", Discover: "mentioned" } },
    ],
  },
  {
    name: "a company's recall, cuts and launches",
    event: "own",
    verbs: ["recall", "unveil", "launch", "cut", "slash", "lay", "halt", "pause", "resume"],
    notObjectNouns: ["investigation", "probe", "inquiry", "review", "rate", "rates"],
    subject: "target",
    examples: [
      { text: "Tesla recalled 2 million vehicles over its Autopilot system.", roles: { Tesla: "target" } },
      { text: "Xiaomi unveiled its first electric car on Thursday.", roles: { Xiaomi: "target" } },
    ],
  },
  {
    name: "a company's chief leaving",
    event: "own",
    verbs: ["resign", "step", "quit", "retire", "depart", "oust", "fire", "sack", "appoint", "name"],
    notObjectNouns: ["list", "index"],
    subject: "target",
    object: "target",
    examples: [
      { text: "Boeing's chief executive Dave Calhoun will step down at the end of the year.", roles: { Boeing: "target" } },
      { text: "Intel ousted its chief executive on Monday.", roles: { Intel: "target" } },
    ],
  },
  {
    name: "a breach at a company",
    event: "own",
    verbs: ["hack", "breach", "attack", "access", "steal", "compromise"],
    object: "target",
    examples: [{ text: "MGM Resorts was hacked last week.", roles: { "MGM Resorts": "target" } }],
  },
];
