/**
 * The report's only stylesheet, inlined: no web fonts (the page must open offline), so the font stack
 * names system faces, with CJK faces so Chinese company names display (Noto Sans CJK SC on Linux,
 * PingFang on macOS, Microsoft YaHei on Windows). Print rules keep tables and figures unbroken.
 */
const REPORT_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1d; --muted: #555; --rule: #d9d9d9; --band: #f5f5f2; --accent: #0b5394; }
* { box-sizing: border-box; }
html { font-family: ${REPORT_FONT_STACK}; color: var(--ink); background: #fff; line-height: 1.5; }
body { margin: 0 auto; max-width: 1200px; padding: 24px 20px 64px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p, dl, ol, ul { margin: .4rem 0 .8rem; }
a { color: var(--accent); }
.meta { color: var(--muted); margin: 0 0 1rem; }
.headline { font-size: 1.25rem; font-weight: 600; border-left: 4px solid var(--accent); margin: 1rem 0; padding: .4rem 0 .4rem 1rem; }
.headline .computed { display: block; font-size: .8rem; font-weight: normal; color: var(--muted); }
blockquote { margin: .6rem 0; padding: .4rem 1rem; background: var(--band); border-left: 3px solid var(--rule); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1.2rem; }
table { border-collapse: collapse; font-size: .85rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { padding: .25rem .45rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.reason { color: var(--muted); font-style: italic; }
small.note { display: block; color: var(--muted); font-weight: normal; }
.status { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8em; font-style: normal; }
figure { margin: 1.2rem 0 2rem; }
figure .chart svg { display: block; width: 100%; max-width: 960px; height: auto; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .4rem; }
figcaption strong { color: var(--ink); }
.footnote { font-size: .85rem; color: var(--muted); }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; word-break: break-all; }
  .table-wrap { overflow: visible; }
  table { font-size: 7.5pt; }
  th, td { padding: 1pt 3pt; }
  table, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
