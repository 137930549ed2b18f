import { describe, expect, it } from "vitest";
import { EntityRecognizer } from "./entities.js";
import { fixtureKnowledge } from "./fixtures/fixtureKnowledge.js";
import { clauses, findCues, readRoles } from "./roles.js";
import { articleSentences } from "./sentences.js";

const recognizer = new EntityRecognizer(fixtureKnowledge());

/** entity id → roles read, for a small text. */
function roles(text: string, published = "2025-02-18"): Record<string, string> {
  const sentences = articleSentences("", [text]);
  const out: Record<string, string[]> = {};
  for (const r of readRoles(sentences, recognizer.find(sentences).mentions, published)) {
    if (r.mention.entity.kind === "company") (out[r.mention.entity.id] ??= []).push(r.role);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...new Set(v)].sort().join("|")]));
}

describe("readRoles", () => {
  it.each([
    ["Pony Ma attended the symposium.", { tencent: "present" }],
    ["Lei Jun was also there.", { xiaomi: "present" }],
    ["Executives of Meituan and BYD were present.", { meituan: "present", byd: "present" }],
    ["Xi met Jack Ma in Beijing.", { alibaba: "present" }],
    ["Tencent was in attendance.", { tencent: "present" }],
    ["Xiaomi took part in the talks.", { xiaomi: "present" }],
    ["Lei Jun sat in the front row.", { xiaomi: "present" }],
    ["Meituan, Xiaomi and BYD also attended.", { meituan: "present", xiaomi: "present", byd: "present" }],
  ])("reads attendance: %s", (text, want) => expect(roles(text)).toEqual(want));

  it.each([
    ["The absence of Baidu was noted.", { baidu: "absent" }],
    ["Robin Li was not seen at the meeting.", { baidu: "absent" }],
    ["Richard Liu skipped the event.", { jd: "absent" }],
    ["JD.com and Baidu were absent.", { jd: "absent", baidu: "absent" }],
    ["Zhang Yiming did not attend.", { bytedance: "absent" }],
    ["Colin Huang was missing.", { pdd: "absent" }],
    ["Robin Li, Baidu's founder, was not there.", { baidu: "absent" }],
    ["Pony Ma was not present.", { tencent: "absent" }],
  ])("reads absence: %s", (text, want) => expect(roles(text)).toEqual(want));

  it.each([
    ["The regulator opened an investigation into Alibaba.", { alibaba: "target" }],
    ["The SAMR launched a probe into Meituan.", { meituan: "target" }],
    ["Regulators fined Didi 8 billion yuan.", { didi: "target" }],
    ["Didi was fined 8 billion yuan.", { didi: "target" }],
    ["The FTC sued Amazon.", { amazon: "target" }],
    ["Regulators ordered Tencent to give up exclusive music rights.", { tencent: "target" }],
    ["Washington banned Huawei from US networks.", { huawei: "target" }],
    ["The Commerce Department added SMIC to the entity list.", { smic: "target" }],
    ["Hikvision was blacklisted.", { hikvision: "target" }],
    ["Palantir will join the S&P 500.", { palantir: "target" }],
    ["Xiaomi unveiled its first car.", { xiaomi: "target" }],
    ["Nvidia reported record quarterly revenue.", { nvidia: "target" }],
    ["Intel chief Pat Gelsinger stepped down.", { intel: "target" }],
  ])("reads targets: %s", (text, want) => expect(roles(text)).toEqual(want));

  it("negates: a company not fined is mentioned", () => {
    expect(roles("Tencent was not fined.")).toEqual({ tencent: "mentioned" });
  });
  it("keeps each clause's role apart", () => {
    expect(roles("The presence of Jack Ma was noticeable, while the absence of the heads of Baidu, JD.com and ByteDance weighed on shares.")).toEqual({
      alibaba: "present",
      baidu: "absent",
      jd: "absent",
      bytedance: "absent",
    });
  });
  it("carries the role of the clause to a name introduced with 'in addition to'", () => {
    expect(roles("In addition to Jack Ma, the meeting was also attended by the heads of Huawei and Tencent.")).toEqual({ alibaba: "present", huawei: "present", tencent: "present" });
  });
  it("gives an owner named only as owner no role", () => {
    expect(roles("Ant Group, controlled by Alibaba, was fined.")).toEqual({ "ant-group": "target", alibaba: "mentioned" });
    expect(roles("Regulators banned TikTok, owned by ByteDance.")).toEqual({ tiktok: "target", bytedance: "mentioned" });
  });
  it("carries a role to the previous sentence's person through a pronoun", () => {
    expect(roles("Robin Li founded Baidu. He was not seen at the meeting.")).toEqual({ baidu: "absent|mentioned" });
    expect(roles("Meituan grew fast. The company was fined on Friday.")).toEqual({ meituan: "mentioned|target" });
  });
  it("reads background actions as mentions", () => {
    expect(roles("Jack Ma retired from Alibaba in 2019.")).toEqual({ alibaba: "mentioned" });
    expect(roles("ZTE, which was fined heavily, was not affected this time.")).toEqual({ zte: "mentioned" });
  });
  it("does not read market reactions or 'met expectations' as events", () => {
    expect(roles("Baidu shares fell 7 percent.")).toEqual({ baidu: "mentioned" });
    expect(roles("Meituan's revenue met expectations.")).toEqual({ meituan: "mentioned" });
  });
});

describe("clauses and cues", () => {
  it("splits at contrast connectives", () => {
    expect(clauses("A was there, while B was not; C left").length).toBe(3);
  });
  it("prefers the longest cue and applies negation", () => {
    expect(findCues("X did not attend").map((c) => [c.role, c.text])).toEqual([["absent", "did not attend"]]);
    expect(findCues("X was not present").map((c) => c.role)).toEqual(["absent"]);
  });
});
