import { cue, type Cue } from "./cue.js";
import { LIST_WORDS, NOT_A_MEETING } from "./vocabulary.js";

/** Attendance and absence at a meeting, summit, forum or hearing, told in the ways news writes them. */
export const ATTENDANCE_CUES: readonly Cue[] = [
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
  cue("present", "before", "\\b(?:sat|sits|sitting|seated)\\s+(?:at|beside|next\\s+to|alongside|with|among|in|on|opposite|across|near)\\b(?!\\s+(?:the|its|a)\\s+(?:board|committee|panel\\s+of\\s+judges))|\\b(?:took|takes|had)\\s+(?:(?:a|his|her|their)\\s+)?seats?\\b", "weak"),
  cue("present", "before", "\\b(?:spoke|speaks|speaking)\\s+(?:at|during|before|first|briefly|(?:in|on)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:session|panel|stage|podium|forum|meeting|summit|dinner|hearing|discussion)|on\\s+behalf|to\\s+(?:the\\s+)?(?:premier|president|leader|gathering|meeting|forum|assembled|audience))\\b|\\baddress(?:ed|es)\\s+(?:the|a)\\b|\\b(?:delivered|gave|made)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:speech|address|presentation|talk|briefing|remarks|pitch)\\b", "weak"),
  cue("present", "before", "\\bpresent(?:ed|s|ing)\\b(?!\\s+(?:its|their|the\\s+company's)?\\s*(?:quarterly\\s+|annual\\s+|full-year\\s+)?(?:results|earnings|figures|accounts))|\\bshowcased\\b(?=[^.;]{0,60}\\b(?:to|for)\\s+(?:the\\s+)?(?:premier|president|leaders?|officials|guests))", "weak"),
  // "joined the talks", "joined Premier Li"; not "joined a forum" (an indefinite object is another event).
  cue("present", "before", `\\b(?:joined|joins|joining)\\b(?!\\s+(?:a|an)\\s)(?!\\s+(?:the\\s+)?(?:[\\w&-]+\\s+){0,3}?${LIST_WORDS})(?!\\s+(?:the\\s+)?(?:company|firm|group|board)\\b)`, "weak"),
  cue("present", "before", "\\b(?:was|were)\\s+(?:also\\s+)?(?:among|one\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:guests|attendees|participants|invitees|delegates|speakers|executives|entrepreneurs|founders|bosses|chiefs|leaders|heads|those\\s+(?:present|invited|attending|seated|in\\s+the\\s+room|at\\s+the\\s+table))\\b"),
  cue("present", "after", "\\b(?:guests|attendees|participants|invitees|speakers|those\\s+(?:present|attending|seated|at\\s+the\\s+table))\\s+(?:also\\s+)?(?:included|were|was|comprised)\\b|\\bamong\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:guests|attendees|participants|invitees|speakers|executives|entrepreneurs|founders|bosses|leaders|heads)\\s+(?:were|was)\\b"),
  cue("present", "before", "\\b(?:was|were)\\s+invited\\s+and\\s+(?:came|attended|appeared)\\b|\\baccepted\\s+(?:the|an|its|their)\\s+invitation\\b|\\b(?:made|makes|making)\\s+(?:an|his|her|its|their)\\s+(?:[\\w-]+\\s+)?appearance\\b|\\bshared\\s+(?:the|a)\\s+(?:stage|podium|platform|panel|table)\\b|\\b(?:took|taking|fielded|fielding|answered|answering)\\s+questions\\b|\\btold\\s+(?:the\\s+)?(?:lawmakers|senators|legislators|committee|panel|hearing|forum|audience|gathering|summit|delegates)\\b|\\bappeared\\s+(?:at|alongside|with|on\\s+stage|before)\\b|\\b(?:turned|showed)\\s+up\\b|\\b(?:was|were)\\s+(?:spotted|photographed|seen)\\b(?!\\s+as\\b)|\\bposed\\s+for\\b|\\bgreeted\\b|\\b(?:was|were)\\s+(?:in\\s+the\\s+room|represented\\s+by)\\b", "weak"),
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
  cue("present", "before", "\\b(?:sent|sends|dispatched)\\s+(?!no\\b|nobody\\b|none\\b|only\\b)(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:deput(?:y|ies)|vice[- ]presidents?|vice[- ]chair(?:man|woman|men|women)?|executives?|chief\\s+executives?|CEOs?|presidents?|chair(?:man|woman|men|women)?|representatives?|envoys?|delegations?|teams?|directors?|officers?|heads?|boss(?:es)?|founders?)\\b", "weak"),
  // Exhibitors: "Amazon also had a stand in the hall".
  cue("present", "before", "\\b(?:had|has|set\\s+up|ran|runs|manned|opened|took)\\s+(?:a|an|its|their)\\s+(?:[\\w-]+\\s+)?(?:stand|booth|pavilion|stall|exhibit)\\b", "weak"),
  // Hearings: "testified before the committee alongside ...".
  cue("present", "before", "\\b(?:testified|testifies|testify|testifying)\\b|\\b(?:appeared|appears|appearing)\\s+before\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:committee|senate|congress|lawmakers|parliament|panel|subcommittee|house)\\b|\\bgave\\s+evidence\\b"),
  // Seen there: "Footage showed X in the front row", "photographs released by the White House showed X".
  cue("present", "after", "\\b(?:footage|photos?|photographs?|pictures?|images?|video|broadcast|television\\s+pictures)\\b[^.;]{0,80}?\\b(?:showed|shows|show|captured|depicted)\\b", "weak"),
  cue("present", "both", "\\bin\\s+the\\s+front\\s+rows?\\b|\\b(?:a\\s+few|two|three|several)\\s+seats\\s+(?:along|away|down)\\b", "weak"),
  cue("present", "before", "\\b(?:by|via)\\s+video(?:\\s+link|\\s+call|\\s+conference)?\\b", "weak"),
  // "were among those who flew in", "Among those who flew in with the chancellor were X", "Also in the hall were X".
  cue("present", "before", "\\b(?:was|were)\\s+(?:also\\s+)?among\\s+those\\s+(?:who|that)\\b(?!\\s+(?:did\\s+not|didn't|were\\s+not|declined|stayed\\s+away|skipped))", "weak"),
  cue("present", "after", "\\bamong\\s+those\\s+(?:who|that)\\s+(?!(?:did\\s+not|didn't|were\\s+not|declined|stayed\\s+away|skipped)\\b)[^.;]{0,60}?\\s(?:were|was)\\b|\\b(?:in|at)\\s+the\\s+(?:hall|room|audience|meeting|table|dinner|lunch|front\\s+rows?|delegation|gathering)\\s+(?:were|was)\\b|\\bflanked\\s+by\\b", "weak"),
  // Leading the session: "Xu Li chaired the session", "moderated the panel".
  cue("present", "before", "\\b(?:chaired|chairs|chairing|moderated|moderates|moderating|hosted|hosts|hosting|opened|opens|led|leads)\\s+(?:the|a|an|this\\s+year's)\\s+(?:[\\w-]+\\s+){0,2}?(?:session|panel|roundtable|round-table|discussion|forum|meeting|dialogue|debate|talks)\\b", "weak"),
  // "Seated around the table were X; Y", "appearing for the first time".
  cue("present", "after", "\\b(?:seated|sitting|gathered)\\s+(?:around|at|along|on)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:table|stage|dais|podium|platform)\\s+(?:were|was)\\b|\\b(?:around|at)\\s+the\\s+(?:[\\w-]+\\s+)?table\\s+(?:were|was)\\b", "weak"),
  cue("present", "before", "\\bappearing\\s+(?:for\\s+the\\s+first\\s+time|at|in|on|alongside|with)\\b", "weak"),
  // Coming in person: "came voluntarily", "flew in for the forum", "turned out".
  cue("present", "before", "\\b(?:came|come|comes)\\s+(?:voluntarily|in\\s+person|along|to\\s+the\\s+(?:meeting|hearing|summit|forum|dinner|lunch|talks|table|symposium))\\b|\\b(?:flew|flies|flown)\\s+(?:in|to)\\b", "weak"),
  // Absence.
  cue("absent", "after", "\\babsence\\s+of\\b|\\babsent\\s+(?:were|was)\\b|\\bno\\s+(?:representatives?|executives?|one)\\s+from\\b|\\bmissing\\s+(?:were|was)\\b"),
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?(?:absent|missing|not\\s+(?:seen|spotted|photographed)|not\\s+present|not\\s+there|not\\s+among|not\\s+(?:part\\s+of|included\\s+in|on)\\s+the\\s+(?:delegation|group|trip|guest\\s+list|list|panel|party|entourage)|not\\s+(?:at|in)\\s+the\\s+(?:dinner|meeting|room|table|summit|symposium|forum|gathering|session|talks|event|hall|lunch|banquet)|not\\s+invited|nowhere\\s+to\\s+be\\s+seen)\\b"),
  // Left off a list: absence from a meeting's guest list, not news in an article about a sanctions list.
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?left\\s+(?:off|out)\\b", "weak"),
  cue("absent", "before", "\\b(?:did\\s+not|didn't|failed\\s+to|declined\\s+to|chose\\s+not\\s+to)\\s+(?:attend|show\\s+up|take\\s+part|appear|join|make\\s+the\\s+(?:trip|journey)|come|travel)\\b|\\b(?:did\\s+not|didn't|failed\\s+to)\\s+respond\\s+to\\s+(?:the|an|its|their)\\s+(?:[\\w'’-]+\\s+){0,2}?invitation\\b|\\bignored\\s+(?:the|an|its)\\s+(?:[\\w'’-]+\\s+)?invitation\\b|\\b(?:sent|sends)\\s+(?:its\\s+|their\\s+|his\\s+|her\\s+)?(?:regrets|apologies)\\b|\\bskipped\\b|\\bstayed\\s+away\\b|\\bno-show\\b|\\bmissing\\s+from\\b"),
  cue("absent", "both", "\\b(?:notably|conspicuously)\\s+absent\\b"),
  cue("absent", "before", "\\b(?:was|were|did)(?:\\s+not|n't)(?=\\s*(?:[.;,]|$))"),
  // Absence told by what a company did not do: sent no one, stayed away, was not on the guest list.
  cue("absent", "before", "\\bsent\\s+(?:no\\s+one|nobody|no\\s+(?:[\\w-]+\\s+)?(?:representatives?|executives?|delegates?|delegation|envoy))\\b|\\b(?:did\\s+not|didn't|declined\\s+to|refused\\s+to|chose\\s+not\\s+to)\\s+send\\b|\\b(?:kept|keeps|stayed|stays)\\s+away\\b|\\b(?:declined|turned\\s+down|rejected|refused)\\s+(?:the|an|its|their)\\s+invitation\\b"),
  cue("absent", "before", "\\b(?:was|were)\\s+(?:also\\s+|notably\\s+|conspicuously\\s+)?(?:not\\s+on|absent\\s+from|missing\\s+from|left\\s+off|left\\s+out\\s+of|excluded\\s+from|dropped\\s+from)\\s+the\\s+(?:guest\\s+list|invitation\\s+list|list\\s+of\\s+(?:guests|invitees|attendees|participants)|meeting|summit|gathering|symposium|forum|dinner|talks|event|table)\\b|\\b(?:was|were)\\s+(?:also\\s+)?left\\s+out\\b|\\b(?:had|has|have)\\s+no\\s+(?:one|representatives?|executives?|delegates?|delegation|seat)\\s+(?:at|in)\\b"),
  cue("absent", "after", "\\b(?:notable\\s+|conspicuous\\s+)?absentees\\s+(?:included|were|was)\\b|\\bno\\s+(?:representatives?|executives?|delegates?|delegation|seat)\\s+(?:for|of)\\b|\\b(?:guest\\s+list|invitation\\s+list|seating\\s+plan|list\\s+of\\s+(?:participants|guests|attendees|invitees|speakers))\\s+(?:also\\s+)?(?:did\\s+not|didn't)\\s+include\\b|\\bwithout\\s+(?:any\\s+)?(?:representatives?|executives?|anyone)\\s+(?:from|of)\\b"),
];
