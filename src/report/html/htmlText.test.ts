import { describe, expect, it } from "vitest";
import { escapeHtml, html, safeHttpUrl, trusted } from "./htmlText.js";

describe("html templates", () => {
  it("escape every interpolated value and keep trusted markup", () => {
    const name = `<script>alert('x')</script> & "co"`;
    expect(html`<td title="${name}">${name}</td>`.html).toBe(
      '<td title="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</td>',
    );
    expect(html`<p>${[html`<b>${"<i>"}</b>`, trusted("<svg></svg>"), 3, undefined, false]}</p>`.html).toBe("<p><b>&lt;i&gt;</b><svg></svg>3</p>");
    expect(escapeHtml("百度")).toBe("百度");
  });

  it("links only http and https URLs", () => {
    expect(safeHttpUrl("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,<b>")).toBeUndefined();
    expect(safeHttpUrl("not a url")).toBeUndefined();
  });
});
