/** Plain-text tables of the command line, for the event (news) and the study (report) alike. */

/** Left-aligned text columns; numeric-looking cells right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const numeric = (s: string): boolean => /^[-+<]?[\d.]+%?\**$|^–$/.test(s);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (numeric(cell) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
