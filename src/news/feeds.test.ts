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
});
