/** Verbs of the regulatory and legal actions whose passive puts the company first ("X was fined"). */
export const ACTION_VERBS =
  "downgraded|upgraded|hacked|fined|sued|penali[sz]ed|banned|blacklisted|sanctioned|summoned|charged|barred|raided|ordered|accused|blocked|targeted|punished|suspended|delisted|investigated|probed|added|removed|dropped|deleted|excluded|included|placed|replaced";

/** The penalties among them, whose bare participle before "over"/"for" is a headline's passive ("X fined over deals"). */
export const PENALTY_VERBS = "fined|sued|penali[sz]ed|banned|blacklisted|sanctioned|summoned|barred|raided|punished|probed|investigated";

/** Index and list words that make "added"/"removed" an inclusion or exclusion, not speech or arithmetic. */
export const LIST_WORDS = "(?:entity list|unverified list|sanctions list|blacklist|black list|watchlist|watch list|list|index|S&P 500|S&P|Nasdaq-100|Nasdaq 100|Hang Seng|Dow|benchmark|MSCI|FTSE|CSI 300)";

/** Verbs that put a company on or take it off a list or an index. */
export const LIST_VERBS =
  "add|adds|added|adding|remove|removes|removed|removing|drop|drops|dropped|dropping|delete|deleted|exclude|excludes|excluded|place|places|placed|placing|put|puts|putting|include|includes|included";

/** Adverbs between a passive's auxiliary and its participle ("were each fined", "was later formally added"). */
export const PASSIVE_ADVERBS = "(?:(?:also|later|now|formally|officially|being|each|all|both|jointly|separately|collectively|together|again|reportedly|subsequently|ultimately|individually)\\s+){0,2}";

/** Words that make "met" a meeting rather than "met expectations". */
export const NOT_A_MEETING = "(?!\\s+(?:with\\s+)?(?:analysts'?\\s+|market\\s+|wall street\\s+|the\\s+|their\\s+|its\\s+|our\\s+)?(?:expectations|estimates|forecasts|targets|consensus|demand|criteria|requirements))";
