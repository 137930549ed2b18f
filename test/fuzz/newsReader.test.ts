/**
 * Seeded fuzzing of the news reader: plain text, HTML pages and feeds, damaged. Each is read into an
 * event (or one result per feed item) or refused with an InputError; never another exception. A feed
 * cut anywhere keeps every item it opened in its answer, read or reported as broken.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/data/inputError.js";
import { extractEvent } from "../../src/news/extractEvent.js";
import { parseFeed } from "../../src/news/feeds.js";
import { fixtureKnowledge } from "../../src/news/fixtures/fixtureKnowledge.js";
import { budget, FUZZ_RUNS } from "./budget.js";
import { mutated } from "./mutations.js";

const knowledge = fixtureKnowledge();
const TEXT =
  "Tech bosses meet Xi\n\nXi Jinping met the heads of China's biggest technology companies on Monday. Tencent's Pony Ma attended the meeting, while Baidu's Robin Li was not seen among the guests.\n";
const HTML = `<html><head><title>Tech bosses meet Xi</title><meta property="article:published_time" content="2025-02-18T08:00:00+08:00"></head><body><nav><a href="/">Home</a></nav><article><h1>Tech bosses meet Xi</h1><p>Xi Jinping met the heads of China's biggest technology companies on Monday.</p><p>Tencent's Pony Ma attended the meeting, while Baidu's Robin Li was not seen among the guests.</p></article><footer>© News</footer></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Tech bosses meet Xi</title><pubDate>Tue, 18 Feb 2025 08:00:00 +0800</pubDate><description><![CDATA[<p>Xi Jinping met tech bosses on Monday. Tencent's Pony Ma attended.</p>]]></description></item>
<item><title>Baidu falls</title><pubDate>Tue, 18 Feb 2025 09:00:00 +0800</pubDate><description>Baidu shares fell on Monday in Hong Kong after the meeting.</description></item>
</channel></rss>`;

function read(text: string, format: "text" | "html" | "rss"): void {
  try {
    extractEvent(text, { knowledge, published: "2025-02-18", format });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
}

describe("fuzzed articles", () => {
  for (const [name, base, format] of [
    ["plain text", TEXT, "text"],
    ["an HTML page", HTML, "html"],
    ["a feed", FEED, "rss"],
  ] as const) {
    it(`${name}: an event or an InputError, never another exception`, { timeout: 600_000 }, () => {
      fc.assert(
        fc.property(mutated(base, 4), (text) => read(text, format)),
        budget(Math.ceil(FUZZ_RUNS / 2)),
      );
    });
  }

  it("arbitrary text in any format: an event or an InputError", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), fc.constantFrom("text" as const, "html" as const, "rss" as const), (text, format) =>
        read(text, format),
      ),
      budget(),
    );
  });

  it("a feed cut anywhere answers for every item it opened", () => {
    fc.assert(
      fc.property(fc.nat({ max: FEED.length }), (at) => {
        const cut = FEED.slice(0, at);
        const opened = (cut.match(/<item\b[^>]*>/g) ?? []).length;
        expect(parseFeed(cut)).toHaveLength(opened);
      }),
      budget(),
    );
  });
});
