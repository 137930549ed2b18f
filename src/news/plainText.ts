import type { Article } from "./article.js";
import { articleParagraphs } from "./boilerplate.js";

/**
 * A plain-text article, as a reader copies it from a page: the first line is the title, paragraphs
 * are separated by blank lines, page chrome is dropped paragraph by paragraph.
 */
export function parsePlainText(text: string): Article {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== "");
  const first = blocks[0] ?? "";
  const firstLine = first.split("\n")[0]!.trim();
  // A title is a single short line without a final full stop; otherwise the text starts with its body.
  const hasTitle = firstLine.length <= 200 && !/[.!?]$/.test(firstLine);
  const rest = hasTitle ? [first.split("\n").slice(1).join("\n"), ...blocks.slice(1)] : blocks;
  return { title: hasTitle ? firstLine : "", paragraphs: articleParagraphs(rest) };
}
