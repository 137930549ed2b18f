/**
 * A file cut off while it was written or copied ends inside its last row: `...,101.25\n2025-02-18,10`
 * instead of `...,101.75\n`. The row still has every field and the cut number reads as a price (a
 * -90 % day). Every writer of market data ends its rows with a line break, so a last line without
 * one is compared with the row before it: a number that lost digits after its decimal point (or its
 * point) or a value that is empty where the row before has a number is refused, naming the line and
 * field. A complete last line written without a line end only needs one added.
 */
import { InputError } from "../inputError.js";

const PLAIN_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/** Digits after the decimal point of a plain number, -1 when it has no point. */
function decimals(cell: string): number {
  const t = cell.trim();
  const point = t.indexOf(".");
  return point < 0 ? -1 : t.length - point - 1;
}

function lineStart(text: string, end: number): number {
  const at = Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1));
  return at + 1;
}

/** Throws an {@link InputError} when the text's last line looks cut off inside a value (see above). */
export function checkCutLastLine(text: string, source: string, delimiter = ","): void {
  if (text === "" || text.endsWith("\n") || text.endsWith("\r") || text.includes('"')) return;
  const start = lineStart(text, text.length);
  const last = text.slice(start);
  if (last.trim() === "" || start === 0) return;
  // The data row before it (skipping blank lines).
  let end = start - 1;
  if (text[end] === "\n" && text[end - 1] === "\r") end--;
  let previous = "";
  while (end > 0) {
    const from = lineStart(text, end);
    previous = text.slice(from, end);
    if (previous.trim() !== "") break;
    end = from - 1;
    if (text[end] === "\n" && text[end - 1] === "\r") end--;
  }
  const cells = last.split(delimiter);
  const before = previous.split(delimiter);
  if (before.length !== cells.length) return;
  const header = firstLine(text).split(delimiter);
  const line = countLines(text);
  for (let k = 0; k < cells.length; k++) {
    const was = before[k]!;
    const now = cells[k]!;
    if (!PLAIN_NUMBER.test(was)) continue;
    const cut = now.trim() === "" || (PLAIN_NUMBER.test(now) && decimals(now) < decimals(was));
    if (!cut) continue;
    const field = header.length === cells.length && header[k]!.trim() !== "" ? header[k]!.trim() : `column ${k + 1}`;
    throw new InputError(
      { file: source, line, field },
      `${JSON.stringify(now.trim())} on the last line, which has no line end, has fewer digits than ${JSON.stringify(was.trim())} on the line before: the file looks cut off inside this value (if the line is complete, end the file with a line break)`,
    );
  }
}

function firstLine(text: string): string {
  const at = text.search(/\r|\n/);
  return (at < 0 ? text : text.slice(0, at)).replace(/^\uFEFF/, "");
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}
