import type { Mention } from "./entities.js";
import { SOURCE_FRAMES, type SourceFrame } from "./wording/sourceFrames.js";

/** The frame (see wording/sourceFrames.ts) one mention stands in, if any. */
export function sourceFrame(text: string, start: number, end: number): SourceFrame | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  const name = text.slice(start, end);
  return SOURCE_FRAMES.find((f) =>
    f.side === "before"
      ? f.pattern.test(before)
      : f.side === "after"
        ? f.pattern.test(after)
        : f.firm !== undefined && f.firm.test(name) && f.pattern.test(text),
  );
}

/**
 * Why a company named only as a source of views or data (or only by a former name) is not a
 * company of the event, or undefined when at least one mention names it otherwise.
 */
export function quotedOnly(mentions: readonly Mention[]): string | undefined {
  const frames = mentions.map((m) => sourceFrame(m.sentence.text, m.start, m.end));
  if (frames.length === 0 || frames.some((f) => f === undefined)) return undefined;
  return frames[0]!.reason;
}
