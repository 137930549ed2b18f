/**
 * How an article's headline and lead tell that its event is a meeting, and how its body names the
 * companies that took part without a cue next to each name. Each example is a test (wording.test.ts).
 */

/** A gathering with business people told in the headline or the lead: the article is about a meeting. */
export const MEETING_LEAD =
  /\b(?:summit|symposium|roundtable|round-table|dinner|banquet|luncheon|breakfast|forum|gathering|meeting|meetings|talks|hearing|delegation)\b[^.]{0,120}\b(?:executives|bosses|chiefs|CEOs|chief\s+executives|business\s+leaders|entrepreneurs|tycoons|founders|heads|industry|companies|firms|platforms|drugmakers|carmakers|automakers|chipmakers)\b|\b(?:executives|bosses|chiefs|CEOs|chief\s+executives|business\s+leaders|entrepreneurs|tycoons|founders|heads)\b[^.]{0,120}\b(?:summit|symposium|roundtable|round-table|dinner|banquet|luncheon|breakfast|forum|gathering|meeting|talks|hearing)\b|\b(?:met|meets|meet|hosted|hosts|host|sat\s+down|sits\s+down|convened|convenes|summoned|summons|received|receives|told|tells|urged|urges)\b(?:\s+(?:with|on\s+\w+\s+with))?\s+(?:[\w'’-]+\s+){0,6}?(?:executives|bosses|chiefs|CEOs|chief\s+executives|business\s+leaders|entrepreneurs|tycoons|founders|heads\s+of)\b/i;

/**
 * Words that name the people of a company at the meeting: "the heads of GlobalFoundries, HP Inc. and
 * Micron", "representatives of private firms including Meituan", "Kuaishou was also represented".
 */
export const MEMBERSHIP =
  /\b(?:heads?|chiefs?|chief\s+executives|CEOs|executives|bosses|leaders|founders|chairm[ae]n|representatives|delegates|envoys)\s+(?:of|from)\b|\b(?:was|were)\s+(?:also\s+)?represented\b/i;

/** A negation just before the membership words: "was notably not represented". */
export const MEMBERSHIP_NEGATED = /\b(?:not|never|no)\s+(?:\w+\s+){0,2}$/i;

export const MEETING_EXAMPLES: readonly { readonly text: string; readonly meeting: boolean }[] = [
  { text: "President Donald Trump hosted more than a dozen technology executives for dinner at the White House on Thursday evening.", meeting: true },
  { text: "Chinese Premier Li Qiang sat down with senior executives from several of the country's biggest internet platforms on Wednesday.", meeting: true },
  { text: "President Donald Trump told the heads of several large drugmakers on Tuesday that he would slash regulations.", meeting: true },
  { text: "Xi Jinping met China's tech bosses at a symposium in Beijing.", meeting: true },
  { text: "The regulator fined Meituan 3 billion yuan on Friday.", meeting: false },
  { text: "Tencent's chief executive said results beat estimates.", meeting: false },
];

export const MEMBERSHIP_EXAMPLES: readonly { readonly text: string; readonly member: boolean }[] = [
  { text: "Also on the call were the heads of GlobalFoundries, HP Inc. and Micron Technology.", member: true },
  { text: "The premier listened to representatives of private firms including Meituan and JD.com.", member: true },
  { text: "Short-video platform Kuaishou Technology was also represented, the readout said.", member: true },
  { text: "Pfizer was notably not represented.", member: false },
];
