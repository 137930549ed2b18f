import type { CompanyRole } from "./eventDocument.js";

/** Where the companies a cue speaks of stand: before it (subject), after it (object), or either. */
export type CueSide = "before" | "after" | "both";

/**
 * What a target cue tells: an action done to the company by someone else (a fine, a ban, an index
 * change), something the company does itself (a launch, results, a departure), or an earlier action
 * named as a noun ("the lawsuit against X"), which is the event only when the clause ties it to now.
 * A `weak` attendance cue ("presented", "joined", "spoke at") means attendance only in an article
 * about a meeting.
 */
export type CueKind = "done-to" | "own" | "noun" | "weak";

/** A phrase that gives the companies on one side of it a role. */
export interface Cue {
  readonly role: Exclude<CompanyRole, "mentioned">;
  readonly side: CueSide;
  readonly re: RegExp;
  readonly kind?: CueKind;
  /** How far after the cue, in characters, its company may stand (for nouns whose object comes at once). */
  readonly reach?: number;
}

const cue = (role: Cue["role"], side: CueSide, source: string, kind?: CueKind): Cue => ({ role, side, re: new RegExp(source, "gi"), ...(kind ? { kind } : {}) });

/** Verbs of the regulatory and legal actions whose passive puts the company first ("X was fined"). */
const ACTION_VERBS =
  "downgraded|upgraded|hacked|fined|sued|penali[sz]ed|banned|blacklisted|sanctioned|summoned|charged|barred|raided|ordered|accused|blocked|targeted|punished|suspended|delisted|investigated|probed|added|removed|dropped|deleted|excluded|included|placed|replaced";

/** The penalties among them, whose bare participle before "over"/"for" is a headline's passive ("X fined over deals"). */
const PENALTY_VERBS = "fined|sued|penali[sz]ed|banned|blacklisted|sanctioned|summoned|barred|raided|punished|probed|investigated";

/** Index and list words that make "added"/"removed" an inclusion or exclusion, not speech or arithmetic. */
const LIST_WORDS = "(?:entity list|unverified list|sanctions list|blacklist|black list|watchlist|watch list|list|index|S&P 500|S&P|Nasdaq-100|Nasdaq 100|Hang Seng|Dow|benchmark|MSCI|FTSE|CSI 300)";

/** Verbs that put a company on or take it off a list or an index. */
const LIST_VERBS =
  "add|adds|added|adding|remove|removes|removed|removing|drop|drops|dropped|dropping|delete|deleted|exclude|excludes|excluded|place|places|placed|placing|put|puts|putting|include|includes|included";

/** Adverbs between a passive's auxiliary and its participle ("were each fined", "was later formally added"). */
const PASSIVE_ADVERBS = "(?:(?:also|later|now|formally|officially|being|each|all|both|jointly|separately|collectively|together|again|reportedly|subsequently|ultimately|individually)\\s+){0,2}";

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
  cue("present", "after", "\\b(?:presence\\s+of|attendees?\\s+(?:included|were|was)|participants\\s+(?:included|were)|guests\\s+(?:included|were)|(?:present|in\\s+attendance)\\s+were|among\\s+(?:the\\s+)?(?:attendees|participants|guests|those\\s+present)\\s+(?:were|was)|joined\\s+(?:(?:at|in|on)\\s+(?:[\\w-]+\\s+){1,3}?)?by)\\b"),
  cue("present", "both", `\\bmet(?:\\s+with)?\\b${NOT_A_MEETING}`),
  cue("present", "both", "\\bin\\s+attendance\\b"),
  cue("present", "before", "\\b(?:took|take|taking)\\s+part\\b|\\bparticipated\\b|\\bsat\\s+in\\s+the\\s+front\\s+row\\b|\\b(?:was|were)\\s+seated\\b|\\bspoke\\s+at\\b|\\b(?:shook|shaking|shake|shakes)\\s+hands\\b"),
  cue("present", "after", "\\b(?:meeting|talks|symposium|dinner|audience|meet|meets)\\s+with\\b"),
  cue("present", "both", "\\b(?:held|holds|hold|had|has)\\s+(?:a\\s+)?(?:talks|meeting|meetings|dinner)\\s+with\\b"),
  // Attendance told by what people did there: sat, spoke, presented, joined, were among the guests.
  cue("present", "before", "\\b(?:sat|sits|sitting|seated)\\s+(?:at|beside|next\\s+to|alongside|with|among|in|on|opposite|across\\s+from|near)\\b(?!\\s+(?:the|its|a)\\s+(?:board|committee|panel\\s+of\\s+judges))|\\b(?:took|takes|had)\\s+(?:(?:a|his|her|their)\\s+)?seats?\\b", "weak"),
  cue("present", "before", "\\b(?:spoke|speaks|speaking)\\s+(?:at|during|before|first|briefly|on\\s+behalf|to\\s+(?:the\\s+)?(?:premier|president|leader|gathering|meeting|forum|assembled|audience))\\b|\\baddress(?:ed|es)\\s+(?:the|a)\\b|\\b(?:delivered|gave|made)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:speech|address|presentation|talk|briefing|remarks|pitch)\\b", "weak"),
  cue("present", "before", "\\bpresent(?:ed|s|ing)\\b(?!\\s+(?:its|their|the\\s+company's)?\\s*(?:quarterly\\s+|annual\\s+|full-year\\s+)?(?:results|earnings|figures|accounts))|\\bshowcased\\b(?=[^.;]{0,60}\\b(?:to|for)\\s+(?:the\\s+)?(?:premier|president|leaders?|officials|guests))", "weak"),
  // "joined the talks", "joined Premier Li"; not "joined a forum" (an indefinite object is another event).
  cue("present", "before", `\\b(?:joined|joins|joining)\\b(?!\\s+(?:a|an)\\s)(?!\\s+(?:the\\s+)?(?:[\\w&-]+\\s+){0,3}?${LIST_WORDS})(?!\\s+(?:the\\s+)?(?:company|firm|group|board)\\b)`, "weak"),
  cue("present", "before", "\\b(?:was|were)\\s+(?:also\\s+)?(?:among|one\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:guests|attendees|participants|invitees|delegates|speakers|executives|entrepreneurs|founders|bosses|chiefs|leaders|heads|those\\s+(?:present|invited|attending|seated|in\\s+the\\s+room|at\\s+the\\s+table))\\b"),
  cue("present", "after", "\\b(?:guests|attendees|participants|invitees|speakers|those\\s+(?:present|attending|seated|at\\s+the\\s+table))\\s+(?:also\\s+)?(?:included|were|was|comprised)\\b|\\bamong\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:guests|attendees|participants|invitees|speakers|executives|entrepreneurs|founders|bosses|leaders|heads)\\s+(?:were|was)\\b"),
  cue("present", "before", "\\b(?:was|were)\\s+invited\\s+and\\s+(?:came|attended|appeared)\\b|\\baccepted\\s+(?:the|an|its|their)\\s+invitation\\b|\\bmade\\s+an\\s+appearance\\b|\\bappeared\\s+(?:at|alongside|with|on\\s+stage|before)\\b|\\b(?:turned|showed)\\s+up\\b|\\b(?:was|were)\\s+(?:spotted|photographed|seen)\\b(?!\\s+as\\b)|\\bposed\\s+for\\b|\\bgreeted\\b|\\b(?:was|were)\\s+(?:in\\s+the\\s+room|represented\\s+by)\\b", "weak"),
  // A delegation or a gathering told by its members ("The delegation, organised by the council, included FedEx's Raj Subramaniam").
  cue("present", "after", "\\b(?:delegation|line-?up|roster|entourage|gathering|meeting|session|symposium|forum|summit|roundtable|round-table|dinner|visitors|business\\s+leaders|executives|group\\s+of\\s+(?:executives|business\\s+leaders|entrepreneurs|chief\\s+executives|bosses))\\b(?:,[^,;]{0,120},)?\\s+(?:also\\s+)?(?:included|includes|comprised|featured|was\\s+made\\s+up\\s+of|consisted\\s+of)\\b"),
  // A host bringing people together: "brought together Meta's Mark Zuckerberg, Apple's Tim Cook ...".
  cue("present", "after", "\\b(?:brought|brings|bringing)\\s+together\\b|\\b(?:gathered|convened|convenes|hosted|hosts|hosting|welcomed|welcomes|received|receives)\\b(?=\\s+(?:a\\s+(?:group|delegation|dozen)|the\\s+(?:heads|bosses|chiefs|leaders|chief\\s+executives|founders)|(?:[\\w-]+\\s+){0,3}?(?:executives|business\\s+leaders|bosses|chiefs|tycoons|entrepreneurs|CEOs)\\b))"),
  // Members of a gathering named after it: "a dozen business leaders crossed the border for the meeting, among them X".
  cue("present", "after", "\\b(?:leaders|executives|bosses|tycoons|chiefs|entrepreneurs|guests|participants|attendees|delegates|CEOs|founders)\\b[^.;]{0,140}?,\\s+(?:among\\s+them|including)\\b", "weak"),
  cue("present", "after", "\\b(?:group|room|table|audience|panel|party|contingent|visitors|invitees|guest\\s+list)\\b(?:,[^,;]{0,120},)?\\s+(?:also\\s+)?(?:included|includes|comprised|featured)\\b", "weak"),
  // Where someone was at the gathering: "were also in the audience", "was on stage", "made the trip".
  cue("present", "before", "\\b(?:was|were)\\s+(?:also\\s+)?(?:in\\s+the\\s+(?:audience|front\\s+rows?|hall|delegation|group|party|entourage)|on\\s+(?:the\\s+)?(?:stage|panel|dais|podium|trip)|at\\s+the\\s+(?:table|dinner|meeting|summit|forum|event|gathering|lunch|banquet|session|talks|symposium|hearing|reception|breakfast))\\b|\\b(?:made|makes|making)\\s+the\\s+(?:trip|journey)\\b|\\b(?:accompanied|accompanies|travel(?:l)?ed\\s+with)\\b", "weak"),
  // A company represented by someone else: "Geely sent its chief executive", "NIO sent a vice-president".
  cue("present", "before", "\\b(?:sent|sends|dispatched)\\s+(?!no\\b|nobody\\b|none\\b|only\\b)(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:deputy|vice[- ]president|vice[- ]chair(?:man|woman)?|executive|chief\\s+executive|CEO|president|chair(?:man|woman)?|representative|envoy|delegation|team|director|officer|head|boss|founder)\\b", "weak"),
  // Exhibitors: "Amazon also had a stand in the hall".
  cue("present", "before", "\\b(?:had|has|set\\s+up|ran|runs|manned|opened|took)\\s+(?:a|an|its|their)\\s+(?:[\\w-]+\\s+)?(?:stand|booth|pavilion|stall|exhibit)\\b", "weak"),
  // Hearings: "testified before the committee alongside ...".
  cue("present", "before", "\\b(?:testified|testifies|testify|testifying)\\b|\\b(?:appeared|appears|appearing)\\s+before\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:committee|senate|congress|lawmakers|parliament|panel|subcommittee|house)\\b|\\bgave\\s+evidence\\b"),
  // Absence.
  cue("absent", "after", "\\babsence\\s+of\\b|\\babsent\\s+(?:were|was)\\b|\\bno\\s+(?:representatives?|executives?|one)\\s+from\\b|\\bmissing\\s+(?:were|was)\\b"),
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?(?:absent|missing|not\\s+(?:seen|spotted|photographed)|not\\s+present|not\\s+there|not\\s+among|not\\s+(?:part\\s+of|included\\s+in|on)\\s+the\\s+(?:delegation|group|trip|guest\\s+list|list|panel|party|entourage)|not\\s+(?:at|in)\\s+the\\s+(?:dinner|meeting|room|table|summit|symposium|forum|gathering|session|talks|event|hall|lunch|banquet)|not\\s+invited|nowhere\\s+to\\s+be\\s+seen)\\b"),
  // Left off a list: absence from a meeting's guest list, not news in an article about a sanctions list.
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?left\\s+(?:off|out)\\b", "weak"),
  cue("absent", "before", "\\b(?:did\\s+not|didn't|failed\\s+to|declined\\s+to|chose\\s+not\\s+to)\\s+(?:attend|show\\s+up|take\\s+part|appear|join)\\b|\\bskipped\\b|\\bstayed\\s+away\\b|\\bno-show\\b|\\bmissing\\s+from\\b"),
  cue("absent", "both", "\\b(?:notably|conspicuously)\\s+absent\\b"),
  cue("absent", "before", "\\b(?:was|were|did)(?:\\s+not|n't)(?=\\s*(?:[.;,]|$))"),
  // Absence told by what a company did not do: sent no one, stayed away, was not on the guest list.
  cue("absent", "before", "\\bsent\\s+(?:no\\s+one|nobody|no\\s+(?:[\\w-]+\\s+)?(?:representatives?|executives?|delegates?|delegation|envoy))\\b|\\b(?:did\\s+not|didn't)\\s+send\\b|\\b(?:kept|keeps|stayed|stays)\\s+away\\b|\\b(?:declined|turned\\s+down|rejected|refused)\\s+(?:the|an|its|their)\\s+invitation\\b"),
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?(?:not\\s+on|absent\\s+from|missing\\s+from|left\\s+off|left\\s+out\\s+of|excluded\\s+from|dropped\\s+from)\\s+the\\s+(?:guest\\s+list|invitation\\s+list|list\\s+of\\s+(?:guests|invitees|attendees|participants)|meeting|summit|gathering|symposium|forum|dinner|talks|event|table)\\b|\\b(?:was|were)\\s+(?:also\\s+)?left\\s+out\\b|\\b(?:had|has|have)\\s+no\\s+(?:one|representatives?|executives?|delegates?|delegation|seat)\\s+(?:at|in)\\b"),
  cue("absent", "after", "\\b(?:notable\\s+|conspicuous\\s+)?absentees\\s+(?:included|were|was)\\b|\\bno\\s+(?:representatives?|executives?|delegates?|delegation|seat)\\s+(?:for|of)\\b|\\bguest\\s+list\\s+(?:did\\s+not|didn't)\\s+include\\b|\\bwithout\\s+(?:any\\s+)?(?:representatives?|executives?|anyone)\\s+(?:from|of)\\b"),
  // Actions on a company, object after the verb.
  cue("target", "after", "\\b(?:opened|launched|started|began|announced|initiated|open|launch|opens|launches)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:investigation|probe|inquiry|review)s?\\s+(?:into|of|against|on)\\b"),
  cue("target", "after", "\\b(?:investigation|probe|inquiry|crackdown|lawsuit|suit|case|complaint|charges|ban|fine|sanctions|restrictions|export\\s+controls|controls|curbs|limits|licen[cs]e\\s+requirements?|tariffs)\\s+(?:into|of|against|on)\\b", "noun"),
  cue("target", "after", `\\b(?:fined|fines|sued|sues|penali[sz]ed|penali[sz]es|banned|bans|blacklisted|blacklists|sanctioned|sanctions|summoned|charged|barred|raided|ordered|(?<!^|\\b(?:future|new|more|fewer|advance|purchase|bulk|export|large|big|firm|strong|weak|record|pre|the|its|their|of|and|with|some|any|many|\\d[\\d,.]*)[\\s-]+)orders(?!\\s+(?:for|from|of|in|at|worth|rose|fell|were|are|have|had|placed|jumped|slumped|dropped|grew|increased|declined|surged|totall?ed)\\b)|accused|blocked|blocks|punished|punishes|suspended|delisted|delists|investigating|investigates|investigated|probing)\\b`),
  cue("target", "after", "\\b(?:filed|files)\\s+(?:an?\\s+)?(?:lawsuit|suit|complaint|charges)\\s+against\\b|\\b(?:imposed|slapped|levied|imposes)\\s+(?:an?\\s+)?(?:[\\w$.,%-]+\\s+){0,5}?(?:fine|penalty|penalties|tariffs?|sanctions?|restrictions)\\s+on\\b"),
  cue("target", "after", `\\b(?:${LIST_VERBS})\\b(?=[^.;]{0,80}\\b${LIST_WORDS}|[^.;]{0,200}?\\b(?:to|on|onto|from|off)\\s+(?:(?:its|the|their|a|an|[\\w-]+(?:'s|’s))\\s+)?["“]?(?:[\\w&-]+\\s+){0,3}?${LIST_WORDS})`),
  // "the removal of X from the index": X right after the noun, not "the removal of the exemption, which hurt X".
  { ...cue("target", "after", "\\b(?:inclusion|addition|removal|exclusion|deletion|listing|IPO|initial\\s+public\\s+offering|debut|departure|resignation|exit|ouster|retirement|firing|designation)\\s+of\\b"), reach: 30 },
  // A replacement in an index or a post ("will replace X in the S&P 500", "replaced X as chief executive"), not "replace Qualcomm's modems".
  cue("target", "both", "\\b(?:replace|replaces|replacing|replaced)\\b(?=[^.;]{0,80}\\b(?:index|S&P|Nasdaq|Hang\\s+Seng|Dow|benchmark|list|as\\s+(?:its\\s+|the\\s+)?(?:chief|CEO|chair|president|head|boss))\\b)"),
  // Index changes told as a swap: the joiner takes the place of the company that leaves.
  cue("target", "both", "\\b(?:take|takes|took|taking|taken)\\s+(?:over\\s+)?(?:the\\s+)?(?:place|spot|slot|seat)\\s+(?:of|vacated\\s+by)\\b|\\bin\\s+place\\s+of\\b|\\b(?:make|makes|making|made)\\s+(?:way|room)\\s+for\\b"),
  // Trading halts: "suspended trading in its shares", "trading in X was halted", "X requested a halt".
  cue("target", "before", "\\b(?:suspended|suspends|suspend|halted|halts|halt|paused|pauses|stopped|froze)\\s+(?:the\\s+)?trading\\s+(?:in|of)\\s+(?:its|their)\\b|\\b(?:requested|requests|sought|seeks|applied\\s+for|asked\\s+for)\\s+(?:a\\s+|the\\s+)?(?:trading\\s+)?(?:halt|suspension)\\b|\\bshares\\s+(?:were\\s+|was\\s+|have\\s+been\\s+|had\\s+been\\s+|are\\s+|remain(?:ed)?\\s+)?(?:halted|suspended|frozen)\\b|\\b(?:halted|suspended)\\s+(?:from\\s+)?trading\\b", "done-to"),
  cue("target", "after", "\\btrading\\s+(?:in|of)\\b(?=[^.;]{0,60}\\b(?:was|were|has\\s+been|had\\s+been|is|remains?|remained|will\\s+be)\\s+(?:halted|suspended|paused|frozen|stopped)\\b)|\\b(?:trading\\s+)?(?:halt|suspension)\\s+(?:in|of|on|for|at)\\b"),
  // Export controls: a licence needed to sell a company's chips, rules that cover them.
  // "a licence is needed for X to sell ..." (X after), "X said a licence would be needed", "X needs a licence" (X before).
  cue("target", "after", "\\blicen[cs]es?\\s+(?:would\\s+|will\\s+|is\\s+|was\\s+|were\\s+|are\\s+)?(?:now\\s+)?(?:be\\s+)?(?:needed|required|necessary)\\s+(?:for|from)\\b", "done-to"),
  cue("target", "before", "\\blicen[cs]es?\\s+(?:would\\s+|will\\s+|is\\s+|was\\s+|were\\s+|are\\s+)?(?:now\\s+)?(?:be\\s+)?(?:needed|required|necessary)\\b|\\b(?:requir(?:e|es|ed|ing)|need(?:s|ed)?|must\\s+(?:obtain|get|apply\\s+for))\\s+(?:an?\\s+)?(?:export\\s+|special\\s+)?licen[cs]es?\\b", "done-to"),
  cue("target", "both", "\\b(?:rules?|restrictions|curbs|controls|requirements?|ban|measures|limits)\\s+(?:also\\s+|now\\s+|would\\s+|will\\s+)?(?:cover(?:s|ed)?|appl(?:y|ies|ied)\\s+to|extend(?:s|ed)?\\s+to|target(?:s|ed)?|restrict(?:s|ed)?|capture[sd]?)\\b", "done-to"),
  cue("target", "before", "\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:told|informed|notified)\\s+(?:by|that)\\b", "done-to"),
  cue("target", "after", "\\b(?:remove|removed|take\\s+down|took\\s+down|pull|pulled|suspend|suspended|halt|halted)\\b(?=[^.;]{0,40}\\b(?:app|apps|products?|services?|listing|IPO|sales)\\b)"),
  cue("target", "after", "\\bruled\\s+against\\b|\\bfound\\b(?=[^.;]{0,60}\\b(?:guilty|liable)\\b)"),
  // Actions on a company, company first: passives and what a company does itself.
  cue("target", "before", `\\b(?:was|were|been|is|are|be|being|got|get|gets)\\s+${PASSIVE_ADVERBS}(?:${ACTION_VERBS})\\b`),
  // A passive without its auxiliary, the participle tied to its agent or its list at once ("companies fined by
  // the regulator", "organisations placed on the list by Washington", headlines "X and Y fined over deals"):
  // the active voice puts the object between the verb and these words, so they mark the passive.
  cue("target", "before", `\\b(?:${ACTION_VERBS})\\s+(?:by\\b(?!\\s+(?:\\d|[$€£¥]|a\\s+(?:third|quarter|half|fifth|tenth|fraction)|half|about|around|roughly|nearly|almost|more|less|some|up\\s+to|as\\s+much|far)\\b)|(?:to|on|onto|from|off)\\s+(?:(?:its|the|their|a|an|[\\w-]+(?:'s|’s))\\s+)?(?:[\\w&-]+\\s+){0,3}?${LIST_WORDS}(?:\\s+by)?\\b)|\\b(?:${PENALTY_VERBS})\\s+(?:over|for)\\b(?!\\s+(?:\\d|more|about|up\\s+to|a\\s+(?:dozen|hundred)|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\\b))`, "done-to"),
  // Named on a list or by an authority: "were named late on Monday by the Defense Department as military companies".
  cue("target", "before", `\\b(?:was|were|been|is|are|be|being)\\s+${PASSIVE_ADVERBS}(?:named|designated|listed|labell?ed|branded|classified|identified|flagged|cited)\\b(?=[^.;]{0,100}\\b(?:as|by|on)\\b)`, "done-to"),
  // A list named first: "The update to the 1260H list also named X and Y", "the new additions included X".
  cue("target", "after", `(?<=\\b(?:list|lists|blacklist|update|designations|sanctions|index)\\b[^.;]{0,120})(?<!\\balready\\s+)\\b(?:also\\s+(?:named|designated|added|included|listed)|named|designated|added|listed)\\b`, "done-to"),
  cue("target", "after", "\\b(?:new\\s+)?(?:additions|entrants|inclusions|designations|names\\s+added|companies\\s+added|entities\\s+added)\\s+(?:also\\s+)?(?:included|include|were|are|comprised)\\b", "done-to"),
  // One of several hit by the same action: "was among the other companies added in the annual update".
  cue("target", "before", "\\b(?:was|were)\\s+(?:also\\s+)?(?:among|one\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:companies|firms|entities|groups|businesses|names|chipmakers|carmakers|makers|suppliers|lenders|banks|stocks|platforms|apps)\\s+(?:to\\s+be\\s+|being\\s+)?(?:added|named|listed|designated|sanctioned|targeted|fined|banned|hit|covered|included|removed|dropped|blacklisted|penali[sz]ed|probed|investigated|summoned|cited|punished|restricted)\\b", "done-to"),
  // An action on the subject's own business: "AMD said that similar restrictions on its chips could cost it".
  cue("target", "before", "\\b(?:restrictions|curbs|controls|limits|ban|bans|sanctions|investigation|probe|inquiry|fine|penalty|lawsuit|charges|tariffs)\\s+(?:on|into|against|of)\\s+(?:its|their)\\b", "done-to"),
  // A campaign against a company: "a nationalist campaign against Nongfu", "protests against the company".
  cue("target", "after", "\\b(?:campaign|backlash|protests?|outcry|crusade)\\s+against\\b", "noun"),
  cue("target", "after", "(?<=\\b(?:judge|court|jury|tribunal|justices|arbitrator|regulator|commission|watchdog)\\b[^.;]{0,80})\\b(?:ruled|rules|found|finds|concluded|concludes|held|holds|decided|decides)\\s+(?:on\\s+\\w+\\s+)?that\\b", "done-to"),
  // Court rulings: "was found to have violated", "held in contempt", "a judge found Apple in contempt".
  cue("target", "before", "\\b(?:was|were|is|are|been)\\s+(?:also\\s+)?(?:found\\s+to\\s+have|found\\s+(?:\\w+\\s+)?(?:in\\s+contempt|guilty|liable|in\\s+breach|in\\s+violation)|held\\s+(?:\\w+\\s+)?(?:in\\s+contempt|liable|responsible)|ordered\\s+to\\s+pay|convicted|ruled\\s+(?:to\\s+have|against))\\b", "done-to"),
  cue("target", "after", "\\b(?:finds|found|holds|held)\\b(?=\\s+(?:[\\w.&'’-]+\\s+){1,4}?(?:in\\s+contempt|guilty|liable|in\\s+breach|in\\s+violation)\\b)", "done-to"),
  // A company's own results told as a figure: "said its second-quarter net profit rose 43 percent".
  cue("target", "before", "\\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|quarterly|annual|full[- ]year|half[- ]year|first[- ]half|interim|(?:March|June|September|December)[- ]quarter|fiscal[- ](?:first|second|third|fourth)[- ]quarter|Q[1-4])\\s+(?:net\\s+|adjusted\\s+|operating\\s+|core\\s+|gross\\s+)?(?:profit|profits|revenue|revenues|earnings|sales|income|loss|losses|results|deliveries|shipments)\\b", "own"),
  // Recalls, layoffs, buybacks, price cuts, bankruptcies, breaches, strikes: what happens at a company.
  cue("target", "before", "\\b(?:recalled|recalls|recalling|recall)\\b(?=[^.;]{0,80}\\b(?:vehicles|cars|units|models|products|devices|phones|batteries|trucks|SUVs|sedans|chargers|drugs|doses|packs|bottles|jars|laptops|appliances|toys)\\b)|\\b(?:issued|issues|announced|announces|launched|launches|expanded|expands)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?recall\\b", "own"),
  cue("target", "after", "\\brecall\\s+(?:of|by)\\b", "noun"),
  cue("target", "before", "\\b(?:cut|cuts|cutting|slashed|slashes|eliminated|eliminates|eliminating|laid\\s+off|lays\\s+off|lay\\s+off|laying\\s+off)\\s+(?:about\\s+|some\\s+|more\\s+than\\s+|nearly\\s+|roughly\\s+|around\\s+|up\\s+to\\s+)?[\\d,.]+\\s*(?:%\\s+of\\s+|percent\\s+of\\s+)?(?:its\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:jobs|workers|employees|staff|positions|roles|workforce)\\b", "own"),
  cue("target", "before", "\\b(?:announced|announces|approved|approves|unveiled|unveils|launched|launches|authori[sz]ed|authori[sz]es)\\s+(?:a\\s+|an\\s+)?(?:[\\w$.,-]+\\s+){0,4}?(?:buyback|share\\s+repurchase|stock\\s+repurchase|special\\s+dividend|dividend\\s+increase|share\\s+sale|placement|rights\\s+issue)\\b|\\b(?:bought\\s+back|repurchased)\\b", "own"),
  cue("target", "before", "\\b(?:cut|cuts|cutting|slashed|slashes|lowered|lowers|raised|raises|hiked|hikes)\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?prices?\\b(?!\\s+target)", "own"),
  cue("target", "before", "\\bfiled\\s+for\\s+(?:bankruptcy|Chapter\\s+(?:11|7|15)|insolvency|creditor\\s+protection)\\b|\\b(?:went|goes|gone)\\s+(?:bankrupt|into\\s+(?:administration|liquidation))\\b|\\bdefaulted\\b|\\bmissed\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?:bond|coupon|interest|debt)\\s+payments?\\b|\\b(?:ordered|petitioned)\\s+(?:to\\s+be\\s+)?(?:wound\\s+up|liquidated)\\b"),
  cue("target", "before", "\\b(?:disclosed|reported|suffered|confirmed|revealed)\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?:breach|cyberattack|cyber-attack|hack|ransomware\\s+attack|data\\s+leak)\\b"),
  cue("target", "after", "\\b(?:breach|cyberattack|cyber-attack|hack|ransomware\\s+attack|data\\s+leak|outage)\\s+at\\b|\\bhackers\\s+(?:stole|accessed|breached)\\b", "noun"),
  cue("target", "both", "\\b(?:went|go|goes|going|gone)\\s+on\\s+strike\\b|\\bwalked\\s+(?:off\\s+the\\s+job|out)\\b|\\bstrike\\s+(?:at|against)\\b|\\bstriking\\s+(?:workers|machinists|employees)\\b"),
  // Ratings and short sellers: "Moody's downgraded X", "a short seller accused X", "bet against X".
  cue("target", "after", "\\b(?:downgraded|downgrades|downgrade|upgraded|upgrades)\\b|\\b(?:cut|cuts|lowered|lowers|slashed|revised|revises|downgraded)\\s+(?:its\\s+|the\\s+|their\\s+)?(?:credit\\s+)?(?:ratings?|outlooks?)\\s+(?:on|of|for)\\b|\\b(?:bet(?:ting)?|wager(?:ed|ing)?)\\s+against\\b|\\bshort\\s+(?:position|bet)\\s+(?:in|on|against)\\b|\\b(?:alleging|alleged|alleges|claiming)\\s+that\\b"),
  cue("target", "after", "\\bboycotts?\\s+(?:of|against)\\b|\\b(?:calls?|called|calling)\\s+(?:for\\s+a\\s+boycott\\s+of|to\\s+boycott)\\b|\\bboycott(?:ed|ing)\\b"),
  // Mergers and acquisitions: in a deal announcement the buyer and the company bought are both its companies.
  cue("target", "both", "\\b(?:agreed|agrees|agreeing|offered|offers|bid|bids|plans|planned|moved|moves)\\s+to\\s+(?:buy|acquire|purchase|take\\s+over|merge\\s+with|combine\\s+with|sell|divest|offload|dispose\\s+of|spin\\s+off|take\\s+private)\\b|\\b(?:(?:will|would)\\s+)?(?:acquire|acquires|acquired|acquiring|buys|bought)\\b(?=[^.;]{0,120}\\b(?:deal|takeover|acquisition|transaction|per\\s+share|a\\s+share|in\\s+cash|cash-and-stock|all-stock|valu(?:ing|ed|es))\\b)|\\bto\\s+be\\s+(?:bought|acquired|taken\\s+over)\\s+by\\b"),
  cue("target", "both", "\\b(?:merger|takeover|acquisition|purchase|buyout)\\s+(?:of|with|by)\\b", "noun"),
  cue("target", "before", `\\b(?:join|joins|joined|joining|enter|enters|entered|entering|leave|leaves|left|exit|exits|exited)\\b(?=\\s+(?:the\\s+)?(?:[\\w&-]+\\s+){0,3}?${LIST_WORDS})`),
  cue("target", "before", "\\b(?:reported|reports|report|posted|posts|booked|recorded|delivered|announced|announces)\\b(?=[^.;]{0,80}\\b(?:results|earnings|revenue|revenues|profit|profits|loss|losses|sales|income|quarter)\\b)", "own"),
  cue("target", "before", "\\b(?:added|adds|gained|gains|lost|loses|signed\\s+up)\\s+(?:a\\s+(?:record|net)\\s+(?:of\\s+)?|more\\s+than\\s+|nearly\\s+|about\\s+|some\\s+|roughly\\s+|almost\\s+)?[\\d.,]+\\s*(?:million|billion|thousand|m|mn|bn|k)?\\s+(?:new\\s+|net\\s+|paid\\s+|paying\\s+|monthly\\s+|active\\s+|global\\s+)*(?:subscribers|subscriptions|users|customers|members|memberships|accounts|sign-ups)\\b", "own"),
  cue("target", "before", "\\b(?:beat|beats|missed|misses|topped|tops|exceeded|fell\\s+short\\s+of|raised|cut|lowered)\\b(?=[^.;]{0,40}\\b(?:estimates|expectations|forecasts?|consensus|guidance|outlook)\\b)", "own"),
  cue("target", "before", "\\b(?:launched|launches|launch|unveiled|unveils|unveil|introduced|introduces|debuted|debuts|rolled\\s+out|rolls\\s+out|showcased|showcases|released|releases|began\\s+(?:selling|shipping|deliveries)|started\\s+(?:selling|shipping|deliveries)|unveiling|launching)\\b", "own"),
  cue("target", "before", "\\b(?:resigned|resigns|resign|stepped\\s+down|steps\\s+down|step\\s+down|stepping\\s+down|quit|quits|retired|retires|retire|ousted|fired|dismissed|departed|departs|left\\s+the\\s+company|will\\s+leave|is\\s+leaving|to\\s+leave|(?:was|is|were)\\s+out\\s+as|(?:will|would|to)\\s+(?:replace|succeed)\\s+(?:him|her)|succeeds|succeeded)\\b", "own"),
  cue("target", "before", "\\b(?:appointed|appoints|named|names|hired|hires|picked|picks)\\s+(?:[\\w.'-]+\\s+){0,4}?(?:as\\s+)?(?:its\\s+|the\\s+|a\\s+)?(?:new\\s+|interim\\s+)?(?:chief\\s+executive|CEO|chairman|chairwoman|president|CFO|chief\\s+financial\\s+officer)\\b", "own"),
  cue("target", "before", "\\b(?:broke|breaks|violated|violates|breached|breaches|infringed|infringes)\\b(?=[^.;]{0,40}\\b(?:law|laws|rules|regulations|act|patents?|sanctions|competition)\\b)"),
  cue("target", "before", "\\b(?:failed|fails|flunked)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:review|inspection|audit|probe|test|check)\\b"),
  cue("target", "before", "\\b(?:went\\s+public|(?:made|makes|make|making)\\s+(?:its|their|a)\\s+(?:[\\w-]+\\s+){0,3}?debut|began\\s+trading|started\\s+trading|begins\\s+trading|starts\\s+trading|(?<!-)listed\\s+(?:its\\s+)?shares|(?:filed|files|filing)\\s+(?:[\\w-]+\\s+){0,3}?for\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?(?:IPO|initial\\s+public\\s+offering|listing|flotation))\\b", "own"),
  // A listing debut: "priced its IPO", "opened at twice the offer price", "in its Hong Kong debut" (a debut
  // named by a market word, not a product's).
  cue("target", "before", `\\b(?:priced|prices|pricing)\\s+(?:its|their|the)\\s+(?:[\\w$.,-]+\\s+){0,3}?(?:IPO|initial\\s+public\\s+offering|listing|offering|shares)\\b|\\b(?:raised|raises|raising)\\b(?=[^.;]{0,60}\\b(?:in|from|through)\\s+(?:its|their|an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:IPO|initial\\s+public\\s+offering|listing|share\\s+sale)\\b)|\\b(?:opened|opens|debuted|debuts)\\b(?=[^.;]{0,60}\\b(?:offer|IPO|listing|issue)\\s+price\\b)|\\b(?:trading|market|stock[- ]market|share|listing|IPO|public|exchange|bourse|(?:Hong\\s+Kong|Nasdaq|NYSE|New\\s+York|Wall\\s+Street|Shanghai|Shenzhen|London|Tokyo|Mumbai|STAR\\s+Market)(?:\\s+(?:trading|market|stock[- ]market|share|listing))?)\\s+debut\\b`, "own"),
];

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

/** Words that carry the role of the clause to a company on the "wrong" side ("In addition to Jack Ma, ... attended by"). */
export const INCLUSION_BEFORE = /\b(?:in\s+addition\s+to|besides|alongside|along\s+with|as\s+well\s+as|like|such\s+as|including|together\s+with|as\s+(?:was|were|did|had))\s+(?:[\p{L}\p{N}_.'’,&-]+\s+){0,14}$/iu;

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
export const REPORTING_VERB = /\b(?:said|says|disclosed|revealed|confirmed|announced|told|stated|noted|reported|added|wrote|filing\s+showed)\b/i;

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
export const PERSON_RELATIVE = /^,\s+who\s+(?:now\s+|also\s+)?(?:runs|ran|heads|headed|leads|led|chairs|chaired|founded|co-founded|oversees|manages|represents|represented|works\s+for|is\s+(?:the\s+)?(?:chief|head|chair|founder|president|CEO|boss)|serves\s+as)\b/i;

/** An appositive between commas ("Robin Li, a regular at such gatherings in the past decade,"): it describes. */
export const APPOSITIVE = /,\s+(?:a|an|the|once|formerly|himself|herself|itself)\s+[^,;]{1,120},/gi;

/** A non-restrictive relative clause (", which was fined in 2021,"): it describes, it does not report the event. */
export const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|whom)\b[^,;]*(?:,|$)/gi;

/**
 * Words of a share-price move before a date in its clause ("Shares of X fell on Tuesday", "its ADRs
 * jumped 18 percent in New York trading on Wednesday"): the date of the market's reaction, not of the event.
 */
export const MARKET_MOVE =
  /\b(?:shares?|stocks?|ADRs?|ADSs?|depositary\s+(?:shares|receipts)|index|indices|benchmark|Hang\s+Seng|Nasdaq|S&P\s*500|Dow|market)\b[^.;]{0,80}\b(?:fell|rose|jumped|slid|slumped|dropped|climbed|gained|lost|tumbled|plunged|surged|soared|rallied|sank|declined|edged|closed|ended|opened|traded|extended|rebounded|recovered|retreated|sagged|spiked|popped)\b[^.;]{0,60}$|\btrading\s+$/i;

/** A verb of announcement just before a date ("said on Friday", "announced late on Monday", "in a statement on Tuesday"). */
export const REPORTED_ON =
  /\b(?:said|says|announced|announces|disclosed|confirmed|reported|revealed|told|unveiled|ruled|decided|voted|released|published|issued|statement|filing|notice|notified|informed)\s+(?:[\w,]+\s+){0,3}$/i;
