import { describe, expect, it } from "vitest";
import { feedDate, looksLikeFeed, parseFeed } from "./feeds.js";

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Baidu unveils chatbot</title><link>https://x/1</link><pubDate>Fri, 17 Mar 2023 08:00:00 +0800</pubDate>
<description><![CDATA[<p>Baidu unveiled its Ernie Bot on Thursday in Beijing, to a cool reception.</p>]]></description></item>
<item><title>Broken</title><pubDate>Fri, 17 Mar 2023</pubDate></item>
<item><title>Bad date</title><pubDate>someday</pubDate><description>Text here.</description></item>
</channel></rss>`;

describe("parseFeed", () => {
  it("reads RSS items and reports broken ones without stopping", () => {
    const items = parseFeed(RSS);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ index: 1, title: "Baidu unveils chatbot", published: "2023-03-17", link: "https://x/1" });
    expect(items[0]).toHaveProperty("body", expect.stringContaining("Ernie Bot"));
    expect(items[1]).toMatchObject({ index: 2, error: expect.stringContaining("no text") });
    expect(items[2]).toMatchObject({ index: 3, error: expect.stringContaining("cannot be read") });
  });
  it("reads Atom entries with escaped HTML content", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link href="https://x/2"/>
      <published>2025-02-18T09:00:00+01:00</published><content type="html">&lt;p&gt;Body text.&lt;/p&gt;</content></entry></feed>`;
    expect(looksLikeFeed(atom)).toBe(true);
    expect(parseFeed(atom)[0]).toMatchObject({ title: "T", published: "2025-02-18", link: "https://x/2", body: "<p>Body text.</p>" });
  });
  it("keeps the publisher's calendar date", () => {
    expect(feedDate("Tue, 18 Feb 2025 00:30:00 +0800")).toBe("2025-02-18");
    expect(feedDate("nonsense")).toBeUndefined();
  });
  it("reads no date that is not in the calendar", () => {
    expect(feedDate("Mon, 31 Feb 2025 08:00:00 +0800")).toBeUndefined();
    expect(feedDate("2025-02-31T08:00:00Z")).toBeUndefined();
    const items = parseFeed(`<rss><channel><item><title>T</title><pubDate>31 Feb 2025</pubDate><description>Text.</description></item></channel></rss>`);
    expect(items[0]).toMatchObject({ index: 1, error: 'the item\'s date "31 Feb 2025" cannot be read' });
  });
  it("reports a last item cut off by the end of the feed", () => {
    const cut = RSS.slice(0, RSS.lastIndexOf("<item>")) + "<item><title>Tencent &amp; JD</title><pubDate>Fri, 17 Mar 2023</pubDate><description>Tencent sa";
    const items = parseFeed(cut);
    expect(items).toHaveLength(3);
    expect(items[2]).toEqual({ index: 3, title: "Tencent & JD", error: "the item is cut off: no closing </item> (the feed ends inside it)" });
    const atom = `<feed><entry><title>A</title><content>Body.</content></entry><entry><title>B</title><content>Bo`;
    expect(parseFeed(atom).map((i) => ("error" in i ? i.error : "ok"))).toEqual(["ok", "the item is cut off: no closing </entry> (the feed ends inside it)"]);
    expect(parseFeed(RSS)).toHaveLength(3);
  });
});
