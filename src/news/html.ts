import type { Article, PublishedSource } from "./article.js";
import { articleParagraphs } from "./boilerplate.js";
import { isIsoDate } from "../calendar/days.js";
import { findDates } from "./dates.js";
import { decodeEntities } from "./htmlEntities.js";

/** Elements whose content is never article text. */
const CHROME_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "figure",
  "figcaption",
  "iframe",
  "video",
  "audio",
  "select",
  "dialog",
  "menu",
]);

/** class/id/role words that mark navigation, teasers, share bars, bylines, credits and the like. */
const CHROME_HINT =
  /\b(nav|navigation|menu|breadcrumbs?|footer|header|masthead|share|sharing|social|follow|related|recommend\w*|teaser|promo|newsletter|subscribe|comments?|byline|author|credits?|caption|advert\w*|ad-\w+|ads|banner|cookie|video|sidebar|widget|tags?|meta-?data|popup|modal|skip)\b/i;

/** class/id/itemprop words that mark the article body itself, preferred when present. */
const BODY_HINT = /\b(article-?body|article__body|story-?body|entry-content|post-content|articlebody|article-content|main-content)\b/i;

/** Block elements: each one becomes its own paragraph. */
const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main", "td", "pre", "br", "dd", "dt"]);

const VOID_TAGS = new Set(["br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "col", "embed", "param", "track", "base"]);

/** A block of text found in the page, with what the walker knew about where it sat. */
interface Block {
  text: string;
  linkChars: number;
  inBody: boolean;
  inArticle: boolean;
}

interface OpenElement {
  tag: string;
  chrome: boolean;
  body: boolean;
  article: boolean;
}

/**
 * The article of an HTML page: a readability-style pass that walks the tags, drops chrome elements
 * (by tag and by class/id hints), collects block-level text with its share of link text, and keeps
 * prose paragraphs with few links; the article body (itemprop/class hints, then `<article>`) is
 * preferred when the page marks one. Regular expressions suffice: news pages are not adversarial and
 * a full DOM would be a heavy dependency for this.
 */
export function parseHtml(html: string): Article {
  const blocks = collectBlocks(html);
  const pick = (f: (b: Block) => boolean): Block[] => blocks.filter(f);
  const candidates = [pick((b) => b.inBody), pick((b) => b.inArticle), blocks];
  let paragraphs: string[] = [];
  for (const set of candidates) {
    paragraphs = articleParagraphs(set.filter((b) => b.linkChars <= b.text.length / 2).map((b) => b.text));
    if (paragraphs.length > 0) break;
  }
  const notes: string[] = [];
  const published = publishedFromHtml(html, notes);
  return { title: titleFromHtml(html), paragraphs, ...(published ? { published } : {}), ...(notes.length > 0 ? { notes } : {}) };
}

function collectBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const stack: OpenElement[] = [];
  // How many open elements are chrome, body, article or links: kept as counts so that each tag costs
  // the same however deep the page nests (30,000 nested <div>s made a walk of the stack quadratic).
  const open = { chrome: 0, body: 0, article: 0, links: 0 };
  const openTags = new Map<string, number>();
  const push = (e: OpenElement): void => {
    stack.push(e);
    openTags.set(e.tag, (openTags.get(e.tag) ?? 0) + 1);
    if (e.chrome) open.chrome++;
    if (e.body) open.body++;
    if (e.article) open.article++;
    if (e.tag === "a") open.links++;
  };
  const popTo = (length: number): void => {
    while (stack.length > length) {
      const e = stack.pop()!;
      openTags.set(e.tag, openTags.get(e.tag)! - 1);
      if (e.chrome) open.chrome--;
      if (e.body) open.body--;
      if (e.article) open.article--;
      if (e.tag === "a") open.links--;
    }
  };
  let text = "";
  let linkChars = 0;
  const flags = (): { chrome: boolean; body: boolean; article: boolean } => ({ chrome: open.chrome > 0, body: open.body > 0, article: open.article > 0 });
  const flush = (): void => {
    const t = decodeEntities(text).replace(/\s+/g, " ").trim();
    const f = flags();
    if (t !== "" && !f.chrome) blocks.push({ text: t, linkChars, inBody: f.body, inArticle: f.article });
    text = "";
    linkChars = 0;
  };
  const source = html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
  const tagRe = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g;
  let last = 0;
  for (let m = tagRe.exec(source); m; m = tagRe.exec(source)) {
    const chunk = source.slice(last, m.index);
    last = tagRe.lastIndex;
    if (!flags().chrome) {
      text += chunk;
      if (open.links > 0) linkChars += decodeEntities(chunk).replace(/\s+/g, " ").trim().length;
    }
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    const attrs = m[3] ?? "";
    if (BLOCK_TAGS.has(tag)) flush();
    if (closing) {
      // A closing tag of no open element is ignored without a walk; one that is open closes what is
      // above it, so each element is walked over once.
      if ((openTags.get(tag) ?? 0) === 0) continue;
      let at = stack.length - 1;
      while (stack[at]!.tag !== tag) at--;
      popTo(at);
      continue;
    }
    if (VOID_TAGS.has(tag) || attrs.trimEnd().endsWith("/")) continue;
    const hints = attributeValues(attrs, ["class", "id", "role", "itemprop"]);
    if (tag === "script" || tag === "style") {
      // Their content may contain "<" that is not a tag: skip to the closing tag directly.
      const end = source.toLowerCase().indexOf(`</${tag}`, tagRe.lastIndex);
      tagRe.lastIndex = end < 0 ? source.length : end;
      last = tagRe.lastIndex;
      continue;
    }
    push({
      tag,
      chrome: CHROME_TAGS.has(tag) || (CHROME_HINT.test(hints) && !BODY_HINT.test(hints)),
      body: BODY_HINT.test(hints),
      article: tag === "article" || tag === "main",
    });
  }
  text += source.slice(last);
  flush();
  return blocks;
}

function attributeValues(attrs: string, names: readonly string[]): string {
  const out: string[] = [];
  for (const name of names) {
    const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
    if (m) out.push(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out.join(" ");
}

function metaContent(html: string, key: string): string | undefined {
  const re = /<meta\b([^>]*)>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = m[1]!;
    const k = attributeValues(attrs, ["property"]) || attributeValues(attrs, ["name"]) || attributeValues(attrs, ["itemprop"]);
    if (k.toLowerCase() === key.toLowerCase()) {
      const v = attributeValues(attrs, ["content"]);
      if (v) return decodeEntities(v).trim();
    }
  }
  return undefined;
}

/** The page's title: Open Graph, then the first `<h1>`, then `<title>`. */
function titleFromHtml(html: string): string {
  const og = metaContent(html, "og:title");
  if (og) return og;
  for (const re of [/<h1\b[^>]*>([\s\S]*?)<\/h1>/i, /<title\b[^>]*>([\s\S]*?)<\/title>/i]) {
    const m = re.exec(html);
    if (m) {
      const t = decodeEntities(m[1]!.replace(/<[^>]*>/g, " "))
        .replace(/\s+/g, " ")
        .trim();
      if (t) return t;
    }
  }
  return "";
}

/**
 * The calendar date a timestamp was written for ("2025-02-18T07:30:00+01:00" → 2025-02-18); undefined
 * when it starts with no date, or with one that is not in the calendar (2025-02-31).
 */
export function dateOfTimestamp(value: string): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  return m && isIsoDate(m[1]!) ? m[1] : undefined;
}

/** A timestamp starting with a date that is not in the calendar (2025-02-31, 2025-13-01). */
function impossibleDate(value: string): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  return m && !isIsoDate(m[1]!) ? m[1] : undefined;
}

/**
 * The publication date the page declares: `article:published_time` and similar metadata, then a
 * JSON-LD `datePublished`, then the first `<time datetime>`, then a date printed in the byline.
 */
export function publishedFromHtml(html: string, notes: string[] = []): { date: string; source: PublishedSource } | undefined {
  // A declared date that is not in the calendar is passed over, and said so: never read as a date.
  const valid = (value: string | undefined, where: string): string | undefined => {
    if (value === undefined) return undefined;
    const bad = impossibleDate(value);
    if (bad !== undefined) notes.push(`The page's ${where} gives ${bad}, which is not a calendar date; it is not used.`);
    return dateOfTimestamp(value);
  };
  for (const key of [
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "DC.date.issued",
    "dcterms.created",
    "date",
  ]) {
    const d = valid(metaContent(html, key), `${key} metadata`);
    if (d) return { date: d, source: "meta" };
  }
  const ld = /"datePublished"\s*:\s*"([^"]+)"/.exec(html);
  const ldDate = valid(ld?.[1], "JSON-LD datePublished");
  if (ldDate) return { date: ldDate, source: "json-ld" };
  const time = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html);
  const timeDate = valid(time?.[1], "<time datetime>");
  if (timeDate) return { date: timeDate, source: "time-element" };
  const byline = BYLINE_DATE.exec(html.replace(/<[^>]+>/g, " "));
  const bylineDate = byline
    ? findDates(byline[1]!, "2000-01-01").find((d) => d.precision === "day" && d.method === "explicit" && /\d{4}/.test(d.expression))
    : undefined;
  if (bylineDate) return { date: bylineDate.date, source: "byline" };
  return undefined;
}

/** A date printed in the byline ("Published: 9:42pm, 17 Feb 2025", "Updated March 4, 2025 at 10:02 a.m."). */
const BYLINE_DATE = /\b(?:Published|Posted|First\s+published|Updated|Last\s+updated)\b\s*(?:on\s*)?:?\s*([^|\n]{0,60}?\b\d{4}\b)/i;
