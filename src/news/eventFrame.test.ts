import { describe, expect, it } from "vitest";
import { extractEvent } from "./extractEvent.js";
import { loadKnowledge } from "./knowledge/loadKnowledge.js";

/** The shipped knowledge base, without the directory: every company below is in it. */
const knowledge = loadKnowledge();

function roles(text: string, published: string): Record<string, string> {
  const doc = extractEvent(text, { knowledge, published, format: "text" });
  return Object.fromEntries(doc.companies.map((c) => [c.entityId, c.role]));
}

describe("the article's frame", () => {
  it("makes the companies a sector rule moved its targets, and not a rival's move after an action aimed at one company", () => {
    const sector = roles(
      "Gaming stocks sink on spending curbs\n\nChinese regulators on Friday proposed limits on what players may spend in online games. " +
        "NetEase fell 25% in Hong Kong and Tencent Holdings lost 12%. Bilibili dropped 10%.",
      "2023-12-23",
    );
    expect(sector).toMatchObject({ netease: "target", tencent: "target", bilibili: "target" });
    const aimed = roles(
      "Regulator fines Alibaba record sum\n\nChina's market regulator fined Alibaba on Saturday for abusing its dominance. " +
        "Shares of Meituan rose 3% on Monday as investors bet the rules would now be clearer.",
      "2021-04-12",
    );
    expect(aimed).toMatchObject({ alibaba: "target", meituan: "mentioned" });
  });

  it("reads the headline's party as the target, not a company named after a preposition", () => {
    const r = roles(
      "Nvidia warns of a revenue hit\n\nNvidia said on Tuesday that new export licences would cost it $5.5 billion, a setback compared with Microsoft.",
      "2025-04-16",
    );
    expect(r).toMatchObject({ nvidia: "target", microsoft: "mentioned" });
  });

  it("reads a meeting's guest list told in words no cue knows, and a list that goes on past its cue", () => {
    const r = roles(
      "President hosts tech chiefs at dinner\n\nThe president hosted technology executives for dinner at the White House on Thursday. " +
        "Around the table sat Apple's Tim Cook, Microsoft's Satya Nadella, Alphabet's Sundar Pichai and Oracle's Safra Catz.",
      "2025-09-05",
    );
    expect(r).toMatchObject({ apple: "present", microsoft: "present", alphabet: "present", oracle: "present" });
  });
});
