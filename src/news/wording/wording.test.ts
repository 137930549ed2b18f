import { describe, expect, it } from "vitest";
import { parseTickers } from "../openWorld.js";
import { BRACKET, BRACKET_EXAMPLES, COMPANY_USES } from "./organisationCues.js";
import { SOURCE_FRAMES } from "./sourceFrames.js";
import { sourceFrame } from "../sources.js";
import type { Mention } from "../entities.js";
import { isMembership, listObjects, meetingLead, moved, positionOf } from "../eventFrame.js";
import { MEETING_EXAMPLES, MEMBERSHIP_EXAMPLES } from "./meetings.js";
import { entitySchema } from "../knowledge/schema.js";
import type { Sentence } from "../sentences.js";
import { LIST_PREDICATES } from "./predicates.js";
import { ELLIPSIS_EXAMPLES, ELLIPSIS_OPENING } from "./ellipsis.js";
import { POSITION_EXAMPLES } from "./argumentPositions.js";
import { PRICE_MOVE_EXAMPLES } from "./priceMoves.js";

describe("bracketed tickers", () => {
  it.each(BRACKET_EXAMPLES.map((e) => [e.text, e.tickers] as const))("%s", (text, tickers) => {
    const found = [...text.matchAll(BRACKET)].flatMap((m) => parseTickers(m[1]!).map((t) => [t.market, t.code]));
    expect(found).toEqual(tickers);
  });
  it("reads no ticker in ordinary brackets", () => {
    expect([...`revenue (up 5%) and the chief executive (who joined in 2020)`.matchAll(BRACKET)]).toEqual([]);
  });
});

describe("phrases that write a name as a company", () => {
  for (const use of COMPANY_USES) {
    it.each(use.examples.map(([text, name]) => [text, name] as const))(`${use.side} ${use.pattern.source.slice(0, 40)}…: %s`, (text, name) => {
      const at = text.indexOf(name);
      const side = use.side === "before" ? text.slice(Math.max(0, at - 60), at) : text.slice(at + name.length, at + name.length + 80);
      expect(use.pattern.test(side)).toBe(true);
    });
  }
});

describe("firms quoted as sources", () => {
  for (const frame of SOURCE_FRAMES) {
    it.each(frame.examples.map(([text, firm]) => [text, firm] as const))(`${frame.side}: %s`, (text, firm) => {
      const at = text.indexOf(firm);
      expect(sourceFrame(text, at, at + firm.length)?.reason).toBe(frame.reason);
    });
  }
  it("does not read a party to the event as a source", () => {
    for (const [text, firm] of [
      ["Jefferies agreed to buy the stake.", "Jefferies"],
      ["Moody's shares fell 3% after results.", "Moody's"],
      ["Barclays was fined $10 million.", "Barclays"],
    ] as const) {
      const at = text.indexOf(firm);
      expect(sourceFrame(text, at, at + firm.length), text).toBeUndefined();
    }
  });
});

describe("where a name stands in its sentence", () => {
  it.each(POSITION_EXAMPLES.map((e) => [e.text, e.name, e.position] as const))("%s → %s is a %s", (text, name, position) => {
    const at = text.indexOf(name);
    const others = [...text.matchAll(/\b(?:Tencent|NetEase|ByteDance|DeepSeek|Alibaba|Qualcomm)\b/g)].filter((m) => m.index !== at).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    expect(positionOf(text, at, others)).toBe(position);
  });
});

describe("shares that moved", () => {
  it.each(PRICE_MOVE_EXAMPLES.map((e) => [e.text, e.moved] as const))("%s", (text, movedOnes) => {
    const names = [...text.matchAll(/\b(?:New Oriental Education|Lexin|FinVolution|360 DigiTech|Lufax|Peloton|Robinhood|AppLovin|Tencent Holdings|NetEase(?: Inc\.)?|Tencent|Apple)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0] }));
    expect(names.filter((n) => moved(text, n)).map((n) => n.name)).toEqual(movedOnes);
  });
});

describe("predicates whose object is a list of companies", () => {
  /** A company mention of `name` in `sentence`, its entity made with the knowledge base's own schema. */
  const mentionOf = (sentence: Sentence, name: string): Mention => {
    const start = sentence.text.indexOf(name);
    const entity = entitySchema.parse({ id: name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""), kind: "company", name, shortName: name });
    return { entity, sentence, start, end: start + name.length, text: name, how: "name", confidence: 1 };
  };
  for (const predicate of LIST_PREDICATES) {
    it.each(predicate.examples.map((e) => [e.text, e.object] as const))("%s", (text, object) => {
      // A heading ("Who's out.") is its own sentence; the list opens the next.
      const [first, ...rest] = text.split(/(?<=^Who's (?:in|out)\.)\s+/);
      const sentences: Sentence[] = [first!, ...rest].map((t, index) => ({ text: t, index, paragraph: 0 }));
      const names = [...new Set([...object, ...["Apple", "Microsoft", "Alphabet"].filter((n) => text.includes(n))])];
      const mentions = names.map((n) => mentionOf(sentences.find((s) => s.text.includes(n))!, n));
      expect(listObjects(sentences[0]!, sentences[1], mentions).map((m) => m.text)).toEqual(object);
    });
  }
});

describe("sentences that leave their predicate out", () => {
  it.each(ELLIPSIS_EXAMPLES.map((e) => [e.text, e.opens] as const))("%s", (text, opens) => {
    expect(ELLIPSIS_OPENING.test(text)).toBe(opens);
  });
});

describe("meetings told in the headline or lead, and the people of companies at them", () => {
  it.each(MEETING_EXAMPLES.map((e) => [e.text, e.meeting] as const))("%s", (text, meeting) => {
    expect(meetingLead([{ text, index: 0, paragraph: 0 }])).toBe(meeting);
  });
  it.each(MEMBERSHIP_EXAMPLES.map((e) => [e.text, e.member] as const))("%s", (text, member) => {
    expect(isMembership(text)).toBe(member);
  });
});
