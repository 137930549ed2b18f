/**
 * Open-world linking: organisations named the way newsrooms write them, found whether or not the
 * curated knowledge base lists them, and resolved against the securities directory on the event
 * date. Bracketed tickers ("(NASDAQ: MU)", "(9988.HK)", "(EFX.N)"), names the directory carried then
 * (exact after normalising legal forms, "The", punctuation and HKEX markers), Chinese names, and
 * names with a legal or group suffix. A company of the knowledge base found this way is that entity
 * (the knowledge base is layered over the directory); a name that resolves to nothing is reported as
 * a company whose listing is unknown, with the reason, never guessed.
 *
 * Cost: each sentence's word runs of up to the directory's longest name are looked up in hash maps
 * (and each Chinese character for each name length): linear in the text, no fuzzy scan of the directory.
 */
import nlp from "compromise";
import {
  listingStatus,
  nameKey,
  nameWords,
  LEGAL_WORDS,
  type DirectoryListing,
  type DirectoryNameUse,
  type SecuritiesDirectory,
} from "../data/directory/index.js";
import type { Mention } from "./mention.js";
import type { Entity } from "./knowledge/schema.js";
import type { Sentence } from "./sentences.js";
import { isCommonWord } from "./wording/commonWords.js";
import { BRACKET, COMPANY_USES, EXCHANGE_PREFIXES, RIC_SUFFIXES } from "./wording/organisationCues.js";

/** A span of a sentence already taken by a name of the knowledge base. */
export type Taken = (sentence: Sentence, start: number, end: number) => boolean;

export interface OpenWorldFinding {
  readonly mentions: Mention[];
  /** Companies found whose listing is unknown, by entity id: the reason. */
  readonly unknown: ReadonlyMap<string, string>;
  readonly notes: string[];
}

/** Confidence of each way of finding an organisation. */
const CONFIDENCE = { ticker: 0.95, name: 0.9, chinese: 0.9, unknown: 0.7 } as const;

/** Words that join the words of a name without being capitalised ("Bank of America", "Procter & Gamble"). */
const CONNECTOR = /^(?:of|and|&|de|du|la|le|for|the|y|von|van)$/;
/** Abbreviated legal forms that end with a full stop, kept inside the name ("Equifax Inc."). */
const ABBREVIATION = /^(?:Inc|Corp|Co|Ltd|Bhd|Pty|Cos)$/;
/** The legal or group suffixes that mark an organisation's name even when no list knows it. */
const ORGANISATION_SUFFIX =
  /^(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|Plc|PLC|plc|LLC|Holdings?|Group|SA|S\.A|AG|NV|N\.V|SE|SpA|AB|ASA|Bhd|Berhad|Tbk|KK)$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const HAN = /\p{Script=Han}/u;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export class OpenWorld {
  constructor(
    private readonly directory: SecuritiesDirectory | undefined,
    /** Knowledge-base entities by listing symbol: the directory's listings that the knowledge base curates. */
    private readonly bySymbol: ReadonlyMap<string, Entity>,
  ) {}

  find(sentences: readonly Sentence[], taken: Taken, date: string): OpenWorldFinding {
    const mentions: Mention[] = [];
    const unknown = new Map<string, string>();
    const notes: string[] = [];
    const noted = new Set<string>();
    const note = (t: string): void => {
      if (!noted.has(t)) notes.push(t);
      noted.add(t);
    };
    const entities = new Map<string, Entity>();
    // Names the article writes as someone's product or unit ("its Yuanbao assistant"): not companies here.
    const owned = new Set<string>();
    for (const s of sentences) for (const m of s.text.matchAll(OWNED)) owned.add(m[1]!);
    const one = (e: Entity): Entity => {
      const known = entities.get(e.id);
      if (known) return known;
      entities.set(e.id, e);
      return e;
    };
    for (const sentence of sentences) {
      const text = sentence.text;
      const here: { start: number; end: number }[] = [];
      const free = (start: number, end: number): boolean => !taken(sentence, start, end) && !here.some((h) => start < h.end && end > h.start);
      const add = (start: number, end: number, entity: Entity, how: Mention["how"], confidence: number): void => {
        here.push({ start, end });
        mentions.push({ entity: one(entity), sentence, start, end, text: text.slice(start, end), how, confidence });
      };
      const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

      // 1. Bracketed tickers, and the name written before them.
      for (const b of text.matchAll(BRACKET)) {
        const span = nameBefore(words, b.index, text);
        here.push({ start: b.index, end: b.index + b[0].length });
        if (span !== undefined && taken(sentence, span.start, span.end)) continue;
        const tickers = parseTickers(b[1]!);
        let entity: Entity | undefined;
        for (const t of tickers) {
          entity = this.byTicker(t.market, t.code, date, span === undefined ? undefined : text.slice(span.start, span.end));
          if (entity) break;
        }
        const at = span ?? { start: b.index + 1, end: b.index + b[0].length - 1 };
        if (!free(at.start, at.end)) continue;
        if (entity) {
          add(at.start, at.end, entity, "name", CONFIDENCE.ticker);
          continue;
        }
        if (span === undefined) continue;
        const name = text.slice(span.start, span.end);
        const byName = this.byName(name, date, note);
        if (byName) add(span.start, span.end, byName, "name", CONFIDENCE.name);
        else {
          const written = tickers.map((t) => t.written).join(", ");
          const outside = tickers.every((t) => t.market === "other");
          const e = unknownEntity(name);
          unknown.set(e.id, outside ? `listed outside the directory's exchanges (${written})` : `ticker ${written} not found in the directory`);
          add(span.start, span.end, e, "name", CONFIDENCE.unknown);
        }
      }

      // 2. Names the directory carried on the date: the longest run at each capitalised word.
      if (this.directory) {
        for (let i = 0; i < words.length; i++) {
          if (!startsName(words[i]!.text)) continue;
          for (let j = Math.min(words.length - 1, i + this.directory.maxKeyWords + 1); j >= i; j--) {
            if (!runOk(words, i, j, text)) continue;
            let end = words[j]!.end;
            if (ABBREVIATION.test(words[j]!.text) && text[end] === ".") end++;
            const start = words[i]!.start;
            if (!free(start, end)) continue;
            const candidate = text.slice(start, end);
            const key = nameKey(candidate);
            if (key.length < 3 || !this.directory.hasKey(key)) continue;
            if (!this.writtenAsCompany(candidate, key, text, start, end, owned)) continue;
            const uses = this.directory.named(key, date);
            if (uses.length === 0) {
              const others = (this.directory.spellings(key) ?? []).length;
              note(
                `"${candidate}" is a name the directory knows from another period only (${others} listing name${others === 1 ? "" : "s"}), not one carried on ${date}; not linked.`,
              );
              i = j;
              break;
            }
            const entity = this.resolveUses(uses, candidate, date, note);
            if (entity === undefined) continue;
            add(start, end, entity, "name", CONFIDENCE.name);
            i = j;
            break;
          }
        }
        // 3. Chinese names.
        if (HAN.test(text)) {
          for (let i = 0; i < text.length; i++) {
            if (!HAN.test(text[i]!)) continue;
            for (const len of this.directory.chineseLengths) {
              if (len < 2 || i + len > text.length) continue;
              const candidate = text.slice(i, i + len);
              if (!this.directory.hasChinese(candidate) || !free(i, i + len)) continue;
              const entity = this.resolveUses(this.directory.namedInChinese(candidate, date), candidate, date, note);
              if (entity === undefined) continue;
              add(i, i + len, entity, "name", CONFIDENCE.chinese);
              i += len - 1;
              break;
            }
          }
        }
      }

      // 4. Names with a legal or group suffix that nothing resolves: companies with an unknown listing.
      for (const span of suffixedNames(words, text)) {
        if (!free(span.start, span.end)) continue;
        // "Alibaba Cloud Intelligence Group": a unit written after its company's name is that company's.
        const gap = /(\S+)\s+$/.exec(text.slice(Math.max(0, span.start - 40), span.start));
        if (gap && taken(sentence, span.start - gap[0].length, span.start - gap[0].length + gap[1]!.length)) continue;
        const name = text.slice(span.start, span.end);
        const byName = this.byName(name, date, note);
        if (byName) {
          add(span.start, span.end, byName, "name", CONFIDENCE.name);
          continue;
        }
        const e = unknownEntity(name);
        unknown.set(e.id, this.directory ? "not found in the directory" : "not in the knowledge base, and no securities directory is imported");
        add(span.start, span.end, e, "name", CONFIDENCE.unknown);
      }
    }
    return { mentions, unknown, notes };
  }

  /** The knowledge-base company whose listing this symbol was on the date (HK codes are reused). */
  private known(symbol: string, date: string): Entity | undefined {
    const e = this.bySymbol.get(symbol);
    const l = e?.listings.find((x) => x.symbol === symbol);
    // Before the knowledge base's listing began, the code may have been another issuer's (0020.HK was Wheelock's).
    return l === undefined || (l.from !== undefined && date < l.from) ? undefined : e;
  }

  /** The company a ticker names on the date: the knowledge base's, else the directory's. */
  private byTicker(market: TickerMarket, code: string, date: string, name: string | undefined): Entity | undefined {
    for (const symbol of symbolsOf(market, code)) {
      const known = this.known(symbol, date);
      if (known) return known;
      const listing = this.directory?.listing(symbol);
      if (listing) return this.entityOf([listing], name ?? listing.name, date);
    }
    return undefined;
  }

  /** A name resolved through the directory on the date (used for names found by their form). */
  private byName(name: string, date: string, note: (t: string) => void): Entity | undefined {
    if (!this.directory) return undefined;
    const key = nameKey(name);
    return key.length < 3 ? undefined : this.resolveUses(this.directory.named(key, date), name, date, note);
  }

  /**
   * Whether a directory name is written as a company here: a name of several distinctive words, or a
   * single uncommon word, stands by itself; a common word ("Target", "Block") or a short all-capitals
   * word needs a legal suffix or a company phrase around it.
   */
  private writtenAsCompany(candidate: string, key: string, text: string, start: number, end: number, owned: ReadonlySet<string>): boolean {
    const words = nameWords(candidate).filter((w) => !LEGAL_WORDS.has(w));
    const suffixed = nameWords(candidate).length > key.split(" ").length;
    if (suffixed || /^\s*\(/.test(text.slice(end))) return true;
    if (words.length === 1) {
      if (owned.has(candidate) || CALENDAR_WORD.test(candidate)) return false;
      // One capitalised word inside a longer proper noun ("Key Largo", "Largo Drive") is part of that name.
      if (/\p{Lu}[\p{L}.-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start))) return false;
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
      // A US name written in capitals ("NOV", "MSCI") is an acronym: another casing is another word.
      const spellings = this.directory!.spellings(key) ?? [];
      if (
        spellings.length > 0 &&
        spellings.every((n) => /^[A-Z0-9]{2,5}\b/.test(n)) &&
        !/^[A-Z0-9]{2,5}$/.test(candidate) &&
        !spellings.some((n) => /[a-z]/.test(n.split(" ")[0]!))
      )
        return false;
    }
    const distinctive = words.filter((w) => !isCommonWord(w) && !/^\d+$/.test(w));
    const shortCaps = /^[A-Z]{1,4}$/.test(candidate);
    const plain = words.length >= 2 ? distinctive.length >= 1 : distinctive.length === 1 && !shortCaps;
    if (plain && !isPersonOrPlace(text, start, end)) return true;
    return COMPANY_USES.some((u) =>
      u.side === "before" ? u.pattern.test(text.slice(Math.max(0, start - 60), start)) : u.pattern.test(text.slice(end, end + 80)),
    );
  }

  /**
   * The company the uses of one name point at on the date: listings trading then come first; the
   * listings of one issuer (one SEC CIK, or one name on several exchanges) are one company; when
   * different companies share the name, the largest by market value is taken if it is at least
   * three times the next, else nothing is linked and a note says why.
   */
  private resolveUses(uses: readonly DirectoryNameUse[], written: string, date: string, note: (t: string) => void): Entity | undefined {
    if (uses.length === 0) return undefined;
    const trading = uses.filter((u) => listingStatus(u.listing, date) === "trading");
    const pool = trading.length > 0 ? trading : uses;
    const groups = new Map<string, DirectoryNameUse[]>();
    for (const u of pool) {
      const id = u.listing.cik !== "" ? `cik ${u.listing.cik}` : `${countryOf(u.listing)} ${u.listing.symbol}`;
      groups.set(id, [...(groups.get(id) ?? []), u]);
    }
    let companies = [...groups.values()];
    // One name on several exchanges (LU and 6623.HK "Lufax"): one company when each market has one.
    const markets = companies.map((c) => countryOf(c[0]!.listing));
    if (companies.length > 1 && new Set(markets).size === markets.length) companies = [companies.flat()];
    if (companies.length > 1) {
      const cap = (c: DirectoryNameUse[]): number => Math.max(0, ...c.map((u) => u.listing.marketCapUsd ?? 0));
      companies.sort((a, b) => cap(b) - cap(a));
      if (cap(companies[0]!) > 0 && cap(companies[0]!) >= 3 * cap(companies[1]!)) {
        note(`"${written}" is the name of several listings; read as ${companies[0]![0]!.listing.symbol}, the largest by market value.`);
        companies = [companies[0]!];
      } else {
        note(
          `"${written}" is the name of several listings (${companies.map((c) => c[0]!.listing.symbol).join(", ")}) and the article does not say which; not linked.`,
        );
        return undefined;
      }
    }
    const chosen = companies[0]!;
    const listings = [...new Set(chosen.flatMap((u) => this.directory!.siblings(u.listing)))];
    for (const l of listings) {
      const known = this.known(l.symbol, date);
      if (known) return known;
    }
    return this.entityOf(listings, chosen[0]!.name, date);
  }

  /** An entity for directory listings: id `$` and its main listing, the name as carried on the date. */
  private entityOf(listings: readonly DirectoryListing[], name: string, date: string): Entity {
    const all = [...new Set(listings.flatMap((l) => this.directory?.siblings(l) ?? [l]))];
    const main = [...all].sort((a, b) => rank(a, date) - rank(b, date))[0]!;
    return {
      id: `$${main.symbol}`,
      kind: "company",
      name,
      shortName: name,
      aliases: [],
      formerNames: [],
      chineseNames: [],
      ambiguous: false,
      context: [],
      people: [],
      listings: all.map((l) => ({ symbol: l.symbol, ...(l.from ? { from: l.from } : {}), ...(l.to ? { to: l.to } : {}) })),
    };
  }
}

/** Order of preference for a company's main listing: trading, common or ADR, US before HK before mainland, larger. */
function rank(l: DirectoryListing, date: string): number {
  const trading = listingStatus(l, date) === "trading" ? 0 : 1000;
  const market = { US: 0, HK: 100, CN: 200 }[countryOf(l)];
  return trading + market - Math.min(99, Math.log10(1 + (l.marketCapUsd ?? 0)));
}

function countryOf(l: DirectoryListing): "US" | "HK" | "CN" {
  return l.exchange === "XHKG" ? "HK" : l.exchange === "XSHG" || l.exchange === "XSHE" ? "CN" : "US";
}

/** Words of a public body's name: such a name with a legal suffix is not a company ("Federal Deposit Insurance Corp"). */
const PUBLIC_BODY =
  /\b(?:Federal|Ministry|Department|Commission|Bureau|Authority|Administration|Agency|Reserve|Court|Tribunal|Council|Committee|Regulatory|University|Government|Municipal|Treasury|Parliament|Congress|Senate|State-owned\s+Assets)\b/;

/** "its Yuanbao assistant": a capitalised word after a possessive determiner is owned by someone. */
const OWNED = /\b(?:its|his|her|their)\s+(\p{Lu}[\p{L}\p{N}-]+)(?=\s+\p{Ll})/gu;
/** Month and weekday abbreviations, never company names ("Nov. 8"). */
const CALENDAR_WORD = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;

/** A company no list knows (or a public body): its id is made from its name. */
function unknownEntity(name: string): Entity {
  const clean = name.replace(/^the\s+/i, "").trim();
  return {
    id: `unknown-${nameWords(clean).join("-") || "organisation"}`,
    kind: PUBLIC_BODY.test(clean) ? "government" : "company",
    name: clean,
    shortName: clean,
    aliases: [],
    formerNames: [],
    chineseNames: [],
    ambiguous: false,
    context: [],
    people: [],
    listings: [],
  };
}

function startsName(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) && !/^\d+(?:[.,]\d+)?$/.test(word);
}

/** Whether words i..j can be one name: capitalised words, connectors inside, nothing but spaces, "&", "-" or "," before a legal form between them. */
function runOk(words: readonly Word[], i: number, j: number, text: string): boolean {
  if (!startsName(words[j]!.text) && !ABBREVIATION.test(words[j]!.text)) return false;
  for (let k = i; k <= j; k++) {
    const w = words[k]!.text;
    if (k > i) {
      const gap = text.slice(words[k - 1]!.end, words[k]!.start);
      if (!/^(?:\s+|\s*&\s*|-|\s*,\s*(?=(?:Inc|Ltd|Co|Corp|LLC|Limited|Plc)\b))$/.test(gap)) return false;
    }
    if (k > i && k < j && CONNECTOR.test(w)) continue;
    if (!startsName(w) && !/^[A-Z]/.test(w)) return false;
  }
  return true;
}

/** The capitalised run (a name) that ends right before a bracket, if any. */
function nameBefore(words: readonly Word[], at: number, text: string): { start: number; end: number } | undefined {
  let j = words.length - 1;
  while (j >= 0 && words[j]!.end > at) j--;
  if (j < 0 || !/^\.?\s*$/.test(text.slice(words[j]!.end, at)) || !startsName(words[j]!.text)) return undefined;
  let i = j;
  while (i - 1 >= 0 && runOk(words, i - 1, j, text)) i--;
  while (i < j && (CONNECTOR.test(words[i]!.text) || /^(?:The|A|An|In|At|On|For|By|With|From|And|But|Shares)$/.test(words[i]!.text))) i++;
  const end = ABBREVIATION.test(words[j]!.text) && text[words[j]!.end] === "." ? words[j]!.end + 1 : words[j]!.end;
  return { start: words[i]!.start, end };
}

/** Names ending in a legal or group suffix: "Marfrig Global Foods SA", "Jana Partners LLC", "Archegos Capital Management". */
function suffixedNames(words: readonly Word[], text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let j = 1; j < words.length; j++) {
    const last = words[j]!.text.replace(/\.$/, "");
    if (!ORGANISATION_SUFFIX.test(last)) continue;
    let i = j - 1;
    if (!startsName(words[i]!.text)) continue;
    while (i - 1 >= 0 && runOk(words, i - 1, j, text) && (startsName(words[i - 1]!.text) || CONNECTOR.test(words[i - 1]!.text))) i--;
    while (
      i < j &&
      (CONNECTOR.test(words[i]!.text) ||
        /['’]s$/.test(words[i]!.text) ||
        (i === 0 && isCommonWord(words[i]!.text)) ||
        /^(?:The|A|An|In|At|On|For|By|With|From|And|But|Shares|Unit|Rival|Peer)$/.test(words[i]!.text))
    )
      i++;
    if (i >= j || !runOk(words, i, j, text)) continue;
    let end = words[j]!.end;
    if (ABBREVIATION.test(last) && text[end] === ".") end++;
    out.push({ start: words[i]!.start, end });
  }
  return out;
}

type TickerMarket = "US" | "HK" | "SS" | "SZ" | "other";

/** The tickers of a bracket's content: "NYSE: BABA; HKEX: 9988" → (US, BABA), (HK, 9988). */
export function parseTickers(content: string): { market: TickerMarket; code: string; written: string }[] {
  const out: { market: TickerMarket; code: string; written: string }[] = [];
  for (const part of content.split(/\s*[;,/]\s*(?=[A-Za-z][A-Za-z ]{0,14}:|[A-Z0-9][A-Z0-9-]*\.[A-Z]{1,2}$)/)) {
    const prefixed = /^([A-Za-z][A-Za-z ]{0,14}?)\s*:\s*([A-Z0-9][A-Z0-9.\-/]*)$/.exec(part.trim());
    if (prefixed) {
      const market = EXCHANGE_PREFIXES.find((p) => p.prefix.test(prefixed[1]!.trim()))?.market;
      if (market) out.push({ market, code: prefixed[2]!, written: part.trim() });
      continue;
    }
    const ric = /^([A-Z0-9][A-Z0-9\-/]*)\.([A-Z]{1,2})$/.exec(part.trim());
    if (ric && RIC_SUFFIXES[ric[2]!]) out.push({ market: RIC_SUFFIXES[ric[2]!]!, code: ric[1]!, written: part.trim() });
  }
  return out;
}

/** Yahoo-style symbols a written code may stand for. */
function symbolsOf(market: TickerMarket, code: string): string[] {
  if (market === "HK" && /^\d{1,5}$/.test(code)) return [`${String(Number(code)).padStart(4, "0")}.HK`];
  if (market === "SS" && /^\d{6}$/.test(code)) return [`${code}.SS`];
  if (market === "SZ" && /^\d{6}$/.test(code)) return [`${code}.SZ`];
  if (market === "US") return [...new Set([code.replace(/[./]/g, "-"), code])];
  return [];
}

/** Whether compromise reads the span as a person or a place ("Li Qiang", "Montana"). */
function isPersonOrPlace(text: string, start: number, end: number): boolean {
  const doc = nlp(text.slice(start, end));
  return doc.has("#Person") || doc.has("#Place");
}
