import { describe, expect, it } from "vitest";
import { parseHtml, publishedFromHtml } from "./html.js";

const PAGE = `<!doctype html><html><head><title>Site | Tencent profit jumps</title>
<meta property="og:title" content="Tencent profit jumps">
<meta property="article:published_time" content="2025-03-19T18:00:00+08:00"></head>
<body><header><nav><a href="/">Home</a><a href="/tech">Tech</a></nav></header>
<div class="share-buttons"><a href="#">Share this article on Facebook and on X right now</a></div>
<article>
<h1>Tencent profit jumps</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="a.jpg"><figcaption>Tencent headquarters in Shenzhen. (Photo: Imago)</figcaption></figure>
<p>Tencent reported a 90 percent rise in quarterly profit on Wednesday, helped by games and advertising.</p>
<p>The company&rsquo;s shares rose 3&nbsp;percent in Hong Kong &amp; its board approved a buyback.</p>
<p><a href="/a">Read more: Xiaomi shares hit a record after the car launch.</a></p>
</article>
<aside class="related"><p>Meituan fined by regulator over exclusive delivery deals, sources say.</p></aside>
<footer><p>Follow us on LinkedIn. © 2025 Example News. All rights reserved.</p></footer>
</body></html>`;

describe("parseHtml", () => {
  it("keeps the article paragraphs and drops navigation, share bars, captions, bylines, link lists and footers", () => {
    const a = parseHtml(PAGE);
    expect(a.title).toBe("Tencent profit jumps");
    expect(a.paragraphs).toEqual([
      "Tencent reported a 90 percent rise in quarterly profit on Wednesday, helped by games and advertising.",
      "The company’s shares rose 3 percent in Hong Kong & its board approved a buyback.",
    ]);
    expect(a.published).toEqual({ date: "2025-03-19", source: "meta" });
  });
  it("prefers a marked article body and skips scripts that contain '<'", () => {
    const a = parseHtml(`<html><body><script>if (a < b) { x("<p>Fake paragraph that is long enough to be prose.</p>") }</script>
      <div class="sidebar"><p>Sidebar text that is long enough to be read as prose here.</p></div>
      <div itemprop="articleBody"><p>The real article sentence is here and it is long enough.</p></div></body></html>`);
    expect(a.paragraphs).toEqual(["The real article sentence is here and it is long enough."]);
  });
  it("finds nothing in a page without an article", () => {
    expect(parseHtml("<html><body><nav><a href='/'>Home</a></nav><footer>© 2025</footer></body></html>").paragraphs).toEqual([]);
  });
});

describe("publishedFromHtml", () => {
  it("reads JSON-LD and <time> when there is no meta tag", () => {
    expect(publishedFromHtml(`<script type="application/ld+json">{"datePublished":"2024-08-06T07:00:00-04:00"}</script>`)).toEqual({
      date: "2024-08-06",
      source: "json-ld",
    });
    expect(publishedFromHtml(`<p>Published <time datetime="2025-03-24T08:00:00Z">24 March</time></p>`)).toEqual({ date: "2025-03-24", source: "time-element" });
    expect(publishedFromHtml(`<meta name="parsely-pub-date" content="2025-03-21T08:00:00Z">`)).toEqual({ date: "2025-03-21", source: "meta" });
    expect(publishedFromHtml(`<div class="byline">Wendy Zhao in Beijing<br>Published: 9:42pm, 17 Feb 2025</div>`)).toEqual({
      date: "2025-02-17",
      source: "byline",
    });
    expect(publishedFromHtml(`<p>Updated March 4, 2025 at 10:02 a.m. ET</p>`)).toEqual({ date: "2025-03-04", source: "byline" });
    expect(publishedFromHtml("<p>no date</p>")).toBeUndefined();
  });

  it("passes over a declared date that is not in the calendar, and says so", () => {
    const notes: string[] = [];
    const page = `<meta property="article:published_time" content="2025-02-31T08:00:00Z"><p>Published <time datetime="2025-02-18T08:00:00Z">18 Feb</time></p>`;
    expect(publishedFromHtml(page, notes)).toEqual({ date: "2025-02-18", source: "time-element" });
    expect(notes).toEqual(["The page's article:published_time metadata gives 2025-02-31, which is not a calendar date; it is not used."]);
    expect(publishedFromHtml(`<meta name="date" content="2025-13-01">`)).toBeUndefined();
    const article = parseHtml(
      `<html><head><meta property="article:published_time" content="2025-02-31"></head><body><p>Baidu shares fell sharply in Hong Kong on Monday after the meeting.</p></body></html>`,
    );
    expect(article.published).toBeUndefined();
    expect(article.notes).toEqual(["The page's article:published_time metadata gives 2025-02-31, which is not a calendar date; it is not used."]);
  });
});
