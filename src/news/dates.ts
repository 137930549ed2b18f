import { addDays, dayNumber, makeDate, mondayOf, weekday } from "../calendar/days.js";

/** A date expression found in a sentence and the day it stands for. */
export interface DateMention {
  /** The words as written ("on Monday", "Feb. 17"). */
  readonly expression: string;
  readonly date: string;
  readonly precision: "day" | "week" | "month";
  readonly method: "explicit" | "relative";
  /** Character offset in the sentence, to find the date nearest an event cue. */
  readonly offset: number;
  /** Told in the future tense ("will meet on Wednesday", "set to open on Wednesday"): not a reported event. */
  readonly future: boolean;
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ["jan", "january"],
  ["feb", "february"],
  ["mar", "march"],
  ["apr", "april"],
  ["may"],
  ["jun", "june"],
  ["jul", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
];
/** A month's name, full or shortened ("Feb", "Sept", "March"), as one capture group. */
export const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const WEEKDAY = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.findIndex((names) => names.includes(n)) + 1;
}

/**
 * Words that put a date in the future ("will meet on Monday" is the coming Monday). Without them a
 * weekday in a news article is the most recent one: news reports what happened.
 */
const FUTURE = /\b(?:will|shall|(?:is|are) (?:set|scheduled|expected|due|poised) to|plans? to|to be held|next)\b/gi;

/** Past verb forms: "said on Friday that X will join" is a Friday in the past. */
const PAST = /(?<!\b(?:be|been|being)\s+)\b(?:said|told|announced|was|were|had|did|met|held|\w{3,}ed)\b/gi;

/** How many characters before a date expression decide its tense. */
const TENSE_WINDOW = 60;

/**
 * Whether the verb governing a date expression is future: the nearest tense marker before it within
 * the window decides ("Indices said on Friday that X will join" is past for "Friday"; "X will join
 * on Monday" future). With no marker, the past: news reports what happened.
 */
function isFutureAt(sentence: string, offset: number): boolean {
  const window = sentence.slice(Math.max(0, offset - TENSE_WINDOW), offset);
  const last = (re: RegExp): number => Math.max(-1, ...[...window.matchAll(re)].map((m) => m.index + m[0].length));
  const future = last(FUTURE);
  return future >= 0 && future >= last(PAST);
}

/** Half a year in days: a date written without its year is put in the year that brings it closest to publication. */
const HALF_YEAR_DAYS = 183;

/**
 * The dates a sentence names, resolved against the publication date. Written by hand rather than with
 * compromise-dates because that library resolves a bare weekday forward ("on Monday" → next Monday),
 * while a news report means the last one, and it cannot be told the sentence's tense.
 */
export function findDates(sentence: string, published: string): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const add = (m: RegExpExecArray, date: string | undefined, precision: DateMention["precision"], method: DateMention["method"], future = false): void => {
    const start = m.index;
    const end = start + m[0].length;
    if (date === undefined || taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    out.push({ expression: m[0].trim(), date, precision, method, offset: start, future });
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => void): void => {
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) f(m);
  };
  const withYear = (month: number, day: number, year: string | undefined): string | undefined => {
    if (year !== undefined) return makeDate(Number(year), month, day);
    const y = Number(published.slice(0, 4));
    const guess = makeDate(y, month, day);
    if (guess === undefined) return undefined;
    if (guess > addDays(published, HALF_YEAR_DAYS)) return makeDate(y - 1, month, day);
    if (guess < addDays(published, -HALF_YEAR_DAYS)) return makeDate(y + 1, month, day);
    return guess;
  };

  each(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => add(m, makeDate(Number(m[1]), Number(m[2]), Number(m[3])), "day", "explicit"));
  // "on Monday, Sept. 23": the weekday belongs to the explicit date, not a date of its own.
  each(new RegExp(`(?:\\b(?:on\\s+)?${WEEKDAY},?\\s+)?\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"), (m) =>
    add(m, withYear(monthNumber(m[1]!), Number(m[2]), m[3]), "day", "explicit"),
  );
  each(new RegExp(`(?:\\b(?:on\\s+)?${WEEKDAY},?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, "g"), (m) =>
    add(m, withYear(monthNumber(m[2]!), Number(m[1]), m[3]), "day", "explicit"),
  );
  each(new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, "g"), (m) => add(m, makeDate(Number(m[2]), monthNumber(m[1]!), 1), "month", "explicit"));

  // "in June", "since March", "late last October": a month without day or year, in the year that
  // puts it on or before publication (or after it, when the verb is future: "will list in June").
  // The words may open the sentence ("In April, ..."); the month name itself stays capitalised ("may" is a verb).
  each(
    new RegExp(
      `\\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hrough|[Bb]y|[Ff]rom|[Ll]ast|[Tt]his)\\s+|(?:[Ii]n\\s+)?(?:[Ee]arly|[Ll]ate)\\s+(?:last\\s+)?|(?:[Ii]n\\s+)?[Mm]id-)${MONTH}\\b(?!\\.?\\s+\\d)`,
      "g",
    ),
    (m) => {
      const month = monthNumber(m[1]!);
      const [y, pm] = published.split("-").map(Number) as [number, number];
      const last = /\blast\b/i.test(m[0]);
      const future = !last && isFutureAt(sentence, m.index);
      const year = /\bthis\b/i.test(m[0]) ? y : future ? (month >= pm ? y : y + 1) : last ? (month < pm ? y : y - 1) : month <= pm ? y : y - 1;
      add(m, makeDate(year, month, 1), "month", "explicit", future);
    },
  );

  // "on the 14th": a day of the publication month, or of the month before when that day is still to come.
  each(new RegExp(`\\bon\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH})`, "g"), (m) => {
    const [y, mo, d] = published.split("-").map(Number) as [number, number, number];
    const day = Number(m[1]);
    const future = isFutureAt(sentence, m.index);
    const thisMonth = future ? day >= d : day <= d;
    const [year, month] = thisMonth ? [y, mo] : future ? (mo === 12 ? [y + 1, 1] : [y, mo + 1]) : mo === 1 ? [y - 1, 12] : [y, mo - 1];
    add(m, makeDate(year, month, day), "day", "relative", future);
  });
  // "Today's lead item", "today's newsletter": the issue's own day, not an event's.
  each(
    /\b(earlier |late |early )?(today|this (morning|afternoon|evening)|tonight)\b(?!['’]s\s+(?:[\w-]+\s+)?(?:item|items|issue|edition|newsletter|briefing|note|letter|inbox|read|lineup|agenda))/gi,
    (m) => add(m, published, "day", "relative"),
  );
  each(/\bthe day before yesterday\b/gi, (m) => add(m, addDays(published, -2), "day", "relative"));
  each(/\b(late |early )?(yesterday|last night)\b/gi, (m) => add(m, addDays(published, -1), "day", "relative"));
  each(/\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) days? ago\b/gi, (m) => {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    add(m, addDays(published, -n), "day", "relative");
  });
  // "the Monday inbox", "the Friday before": a weekday used as a word, not a date.
  each(/(?<!\bthe\s)\b(on |last |this |next |on last |this past |(?:late|early) on )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, (m) => {
    const modifier = (m[1] ?? "").trim().toLowerCase();
    const future = isFutureAt(sentence, m.index);
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const back = (weekday(dayNumber(published)) - target + 7) % 7;
    if (modifier === "next" || (future && modifier !== "last" && modifier !== "this past")) {
      const ahead = (target - weekday(dayNumber(published)) + 7) % 7;
      add(m, addDays(published, modifier === "next" && ahead === 0 ? 7 : ahead), "day", "relative", true);
    } else {
      const strictlyBefore = modifier === "last" || modifier === "on last" || modifier === "this past";
      add(m, addDays(published, -(back === 0 && strictlyBefore ? 7 : back)), "day", "relative");
    }
  });
  each(/\b(over|at|during|on) the weekend\b|\bthis past weekend\b/gi, (m) =>
    add(m, addDays(published, -((weekday(dayNumber(published)) + 1) % 7 || 7)), "day", "relative"),
  );
  each(/\blast week\b/gi, (m) => add(m, addDays(mondayOf(published), -7), "week", "relative"));
  each(/\bnext week\b/gi, (m) => add(m, addDays(mondayOf(published), 7), "week", "relative", true));
  each(/\bnext month\b/gi, (m) => {
    const [y, mo] = published.split("-").map(Number) as [number, number];
    add(m, mo === 12 ? makeDate(y + 1, 1, 1) : makeDate(y, mo + 1, 1), "month", "relative", true);
  });
  each(/\b(earlier )?this week\b/gi, (m) => add(m, mondayOf(published), "week", "relative"));
  each(/\blast month\b/gi, (m) => {
    const [y, mo] = published.split("-").map(Number) as [number, number];
    add(m, mo === 1 ? makeDate(y - 1, 12, 1) : makeDate(y, mo - 1, 1), "month", "relative");
  });
  return out.sort((a, b) => a.offset - b.offset);
}
