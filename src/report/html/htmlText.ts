/**
 * HTML built from tagged templates that escape every interpolated value: company names, reasons and
 * source excerpts come from users and news, so nothing reaches the page unescaped unless it is wrapped
 * in `SafeHtml` on purpose (markup this module built, or SVG from the chart renderer).
 */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** What a template accepts: text and numbers are escaped, SafeHtml is kept, arrays are joined. */
export type HtmlPart = SafeHtml | string | number | boolean | null | undefined | readonly HtmlPart[];

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false || part === true) return "";
  if (part instanceof SafeHtml) return part.html;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/** `html\`<td>${name}</td>\``: the literal parts are markup, the values are escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Marks trusted markup (e.g. an SVG the chart renderer produced) as safe to insert as is. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An http(s) URL for a link, or undefined: `javascript:` and other schemes are never linked. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
