import { describe, expect, it } from "vitest";
import { parseHtml } from "./html.js";

describe("pages built to exhaust the reader", () => {
  it("reads the article inside 30,000 nested <div>s, with stray closing tags, without recursion or a crash", () => {
    const depth = 30_000;
    const page = `<html><body>${"<div>".repeat(depth)}<p>Baidu shares fell on Monday after the meeting in Beijing.</p>${"</span>".repeat(depth)}${"</div>".repeat(depth)}<nav><p>Home · World · Markets</p></nav></body></html>`;
    const article = parseHtml(page);
    expect(article.paragraphs).toEqual(["Baidu shares fell on Monday after the meeting in Beijing."]);
  });

  it("keeps chrome and link accounting right when elements close out of order", () => {
    const page = `<body><div class="share"><p>Share this story on every network you know of today</p></div><article><p>Tencent rose 4 per cent in Hong Kong on Monday, <a href="/x">its best day</a> in a month, as the meeting ended.</p></article></body>`;
    expect(parseHtml(page).paragraphs).toEqual(["Tencent rose 4 per cent in Hong Kong on Monday, its best day in a month, as the meeting ended."]);
  });
});
