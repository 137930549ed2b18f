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
    expect(roles("In addition to Jack Ma, the meeting was also attended by the heads of Huawei and Tencent.")).toEqual({
      alibaba: "present",
      huawei: "present",
      tencent: "present",
    });
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

/** Roles with the event date known (as extractEvent gives it), for background by time. */
function rolesOn(text: string, published: string, eventDate: string): Record<string, string> {
  const sentences = articleSentences("", [text]);
  const out: Record<string, string[]> = {};
  for (const r of readRoles(sentences, recognizer.find(sentences, eventDate).mentions, published, eventDate)) {
    if (r.mention.entity.kind === "company") (out[r.mention.entity.id] ??= []).push(r.role);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...new Set(v)].sort().join("|")]));
}

describe("background by time reference (the event on Tuesday 2025-03-11, published the day after)", () => {
  const on = (text: string): Record<string, string> => rolesOn(text, "2025-03-12", "2025-03-11");
  it.each([
    ["The SAMR fined Meituan on Tuesday, and Baidu was fined in January over search ads.", { meituan: "target", baidu: "mentioned" }],
    ["On Monday the agency summoned JD.com executives.", { jd: "mentioned" }],
    ["The regulator summoned Didi on Sunday, March 2.", { didi: "mentioned" }],
    ["Starbucks cut its forecast last month.", { starbucks: "mentioned" }],
    ["Walmart was sued in 2023 over pricing.", { walmart: "mentioned" }],
  ])("reads a clause dated before the event as background: %s", (text, want) => expect(on(text)).toEqual(want));

  it.each([
    ["Earlier this year, regulators banned Didi from app stores.", { didi: "mentioned" }],
    ["Tencent had been warned about loot boxes.", { tencent: "mentioned" }],
    ["Regulators previously fined Alibaba for exclusive deals.", { alibaba: "mentioned" }],
    ["Two weeks earlier the commission sanctioned Hikvision.", { hikvision: "mentioned" }],
  ])("reads words of the past and the past perfect as background: %s", (text, want) => expect(on(text)).toEqual(want));

  it.each([
    ["Nvidia said it had been told by officials that a licence would be needed.", { nvidia: "target" }],
    ["The regulator fined Meituan on Tuesday.", { meituan: "target" }],
    ["ZTE was sanctioned last week.", { zte: "mentioned" }],
  ])("keeps reported speech and the event's own date: %s", (text, want) => {
    // "last week" is the week of 2025-03-03, before the event: background.
    expect(on(text)).toEqual(want);
  });

  it("reads what came a stretch of time after as the event, what it followed as background", () => {
    expect(on("The FTC sued Walmart on Tuesday, a week after it sued Amazon.")).toEqual({ walmart: "target", amazon: "mentioned" });
    expect(on("The move came just days after regulators blacklisted SMIC.")).toEqual({ smic: "mentioned" });
    expect(on("Boeing was fined on Tuesday, two months after the agency grounded its jets.")).toEqual({ boeing: "target" });
  });

  it("reads an earlier action named as a noun as background, unless the clause ties it to the event", () => {
    expect(on("Analysts compared the penalty with the lawsuit against Alphabet.")).toEqual({ alphabet: "mentioned" });
    expect(on("Investors still worry about the government's probe into Didi.")).toEqual({ didi: "mentioned" });
    expect(on("That ban on Huawei still weighs on suppliers.")).toEqual({ huawei: "mentioned" });
    expect(on("A lawsuit against Alphabet was filed in Virginia.")).toEqual({ alphabet: "target" });
    expect(on("The lawsuit against Apple, filed on Tuesday, accuses the iPhone maker of monopoly.")).toEqual({ apple: "target" });
    expect(on("The case against Coinbase is the first the agency has brought.")).toEqual({ coinbase: "target" });
  });

  it("reads a relative clause's own time apart from its main clause", () => {
    expect(on("Meituan, which had been invited, sent no one.")).toEqual({ meituan: "absent" });
    expect(on("Micron, which will be removed from the index, fell 3 percent.")).toEqual({ micron: "target" });
    expect(on("Palantir will take the place of Supermicro, which is being bought by Nvidia.")).toEqual({
      palantir: "target",
      "super-micro": "target",
      nvidia: "mentioned",
    });
  });
});

describe("broader attendance and absence", () => {
  it.each([
    ["Lei Jun sat beside the premier at lunch.", { xiaomi: "present" }],
    ["Pony Ma addressed the gathering.", { tencent: "present" }],
    ["Robin Li presented the company's latest chatbot to the president.", { baidu: "present" }],
    ["Wang Chuanfu joined the premier for the factory tour.", { byd: "present" }],
    ["Liang Wenfeng was among the founders invited to speak.", { deepseek: "present" }],
    ["Among the entrepreneurs were Lei Jun and Wang Xing.", { xiaomi: "present", meituan: "present" }],
    ["Huawei was represented by its rotating chairman.", { huawei: "present" }],
  ])("reads attendance: %s", (text, want) => expect(roles(text)).toEqual(want));

  it.each([
    ["Meituan sent no one.", { meituan: "absent" }],
    ["JD.com was not on the guest list.", { jd: "absent" }],
    ["ByteDance sent no senior executive to the forum.", { bytedance: "absent" }],
    ["PDD kept away from the gathering.", { pdd: "absent" }],
    ["Notable absentees included Baidu and Didi.", { baidu: "absent", didi: "absent" }],
    ["Xiaomi declined the invitation.", { xiaomi: "absent" }],
  ])("reads absence: %s", (text, want) => expect(roles(text)).toEqual(want));

  it("does not read another event with an indefinite object as attendance", () => {
    expect(roles("Nio executives joined a trade forum in Shanghai.")).toEqual({ nio: "mentioned" });
    expect(roles("Xiaomi joined the Hang Seng index.")).toEqual({ xiaomi: "target" });
  });
});

describe("index swaps, trading halts and export controls", () => {
  it.each([
    ["Palantir will take the place of Boeing in the Nasdaq-100.", { palantir: "target", boeing: "target" }],
    ["Nvidia is set to join the Dow in place of Intel.", { nvidia: "target", intel: "target" }],
    ["Starbucks will be dropped from the benchmark.", { starbucks: "target" }],
    ["Intel's exit from the Dow makes room for Nvidia.", { intel: "target", nvidia: "target" }],
  ])("reads index changes: %s", (text, want) => expect(roles(text)).toEqual(want));

  it.each([
    ["Meitu suspended trading in its shares pending an announcement.", { meitu: "target" }],
    ["Trading in ZTE shares was halted in Hong Kong.", { zte: "target" }],
    ["Hikvision asked for a trading halt.", { hikvision: "target" }],
    ["Will Semi's shares were suspended on Tuesday.", { "will-semiconductor": "target" }],
  ])("reads trading halts: %s", (text, want) => expect(roles(text)).toEqual(want));

  it.each([
    ["Washington said a licence would be needed for AMD to ship its accelerators to China.", { amd: "target" }],
    ["Micron said the new rules also covered its memory chips.", { micron: "target" }],
    ["New curbs on Nvidia's sales to China were announced.", { nvidia: "target" }],
    ["Qualcomm now needs an export licence to supply Huawei.", { qualcomm: "target", huawei: "mentioned" }],
  ])("reads export controls: %s", (text, want) => expect(roles(text)).toEqual(want));

  it("does not read market moves on new rules as a target", () => {
    expect(roles("Gaming rules hit Tencent and NetEase shares.")).toEqual({ tencent: "mentioned", netease: "mentioned" });
  });
});

describe("absence told with a company after the cue", () => {
  it.each([
    ["There was no representative of Baidu at the table.", { baidu: "absent" }],
    ["The forum went ahead without anyone from ByteDance.", { bytedance: "absent" }],
    ["Tencent had no one at the talks.", { tencent: "absent" }],
    ["Wang Xing was not spotted at the reception.", { meituan: "absent" }],
  ])("%s", (text, want) => expect(roles(text)).toEqual(want));
  it("does not read a board seat as attendance", () => {
    expect(roles("Pony Ma sat on the board of a charity.")).toEqual({ tencent: "mentioned" });
  });
});

/** Every entity's roles (companies and the rest), for rules about exchanges named as venues. */
function allRoles(text: string, published = "2025-02-18"): Record<string, string> {
  const sentences = articleSentences("", [text]);
  const out: Record<string, string[]> = {};
  for (const r of readRoles(sentences, recognizer.find(sentences).mentions, published))
    (out[r.mention.entity.id] ??= []).push(r.role + (r.venue ? ":venue" : ""));
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...new Set(v)].sort().join("|")]));
}

describe("passives over a list of companies", () => {
  it.each([
    ["Meituan, Didi and PDD were each fined 1 million yuan by the regulator.", { meituan: "target", didi: "target", pdd: "target" }],
    ["Xpeng and Nio were both penalised for misleading range claims.", { xpeng: "target", nio: "target" }],
    ["Walmart, Amazon and Starbucks were jointly sued by a group of suppliers.", { walmart: "target", amazon: "target", starbucks: "target" }],
  ])("%s", (text, want) => expect(roles(text)).toEqual(want));
  it.each([
    ["ZTE and Hikvision were among the suppliers placed on the entity list by Washington.", { zte: "target", hikvision: "target" }],
    ["Regulators named Didi and Meituan among the platforms fined by the watchdog.", { didi: "target", meituan: "target" }],
    ["Tesla and Nio penalised over battery defects", { tesla: "target", nio: "target" }],
  ])("reads a passive without its auxiliary: %s", (text, want) => expect(roles(text)).toEqual(want));
  it.each([
    ["EU blacklists drone maker DJI", { dji: "target" }],
    ["Regulator penalises Meituan for delivery-rider terms", { meituan: "target" }],
    ["Exchange delists Starbucks China unit shares", { starbucks: "target" }],
  ])("reads a headline's present tense: %s", (text, want) => expect(roles(text)).toEqual(want));
});

describe("sanctions and entity lists of any country", () => {
  it.each([
    ["Beijing put Micron, the Idaho memory-chip maker whose products are sold to Chinese phone makers, on its unreliable entity list.", { micron: "target" }],
    ["Washington puts SMIC on its sanctions list", { smic: "target" }],
    [
      "The Treasury added Hikvision and Dahua-linked supplier ZTE, along with a dozen smaller surveillance firms from Zhejiang province, to the blacklist.",
      { hikvision: "target", zte: "target" },
    ],
  ])("%s", (text, want) => expect(roles(text)).toEqual(want));
});

describe("results told by customers gained, a dated relative clause or a descriptive pronoun", () => {
  const on = (text: string): Record<string, string> => rolesOn(text, "2025-03-12", "2025-03-11");
  it.each([
    ["Tesla added 2 million paying subscribers to its software service in the quarter.", { tesla: "target" }],
    ["Meituan, which posted quarterly results on Tuesday, said revenue rose 20%.", { meituan: "target" }],
    ["Coinbase shares jumped after Coinbase reported quarterly revenue that beat forecasts.", { coinbase: "mentioned|target" }],
  ])("%s", (text, want) => expect(on(text)).toEqual(want));
  it("carries results to the previous sentence's company through 'the <adjective> company'", () => {
    expect(on("Walmart opened new stores. The discount retailer reported record revenue on Tuesday.")).toEqual({ walmart: "mentioned|target" });
  });
  it("still reads an undated relative clause as description", () => {
    expect(on("Amazon, which reported results, said nothing about Walmart.")).toEqual({ amazon: "mentioned", walmart: "mentioned" });
  });
});

describe("listing debuts", () => {
  it.each([
    ["Unitree soars in blockbuster Shanghai debut", { unitree: "target" }],
    ["Shares of Meitu opened at twice their offer price on Friday.", { meitu: "target" }],
    ["Xpeng priced its initial public offering at $15 a share.", { xpeng: "target" }],
    ["Didi made its long-awaited trading debut in New York.", { didi: "target" }],
  ])("%s", (text, want) => expect(roles(text)).toEqual(want));
});

describe("competitors named to compare stay mentioned", () => {
  it.each([
    ["Xiaomi launched a tablet that costs less than rivals such as Apple and Huawei.", { xiaomi: "target", apple: "mentioned", huawei: "mentioned" }],
    ["Like rival Micron, Intel was fined by the commission.", { micron: "mentioned", intel: "target" }],
    ["Nio unveiled a cheaper sedan, competing with Tesla and Xpeng.", { nio: "target", tesla: "mentioned", xpeng: "mentioned" }],
  ])("%s", (text, want) => expect(roles(text)).toEqual(want));
  it("keeps a headline's subject introduced as another's rival", () => {
    expect(roles("Tesla rival BYD unveils a cheaper sedan")).toEqual({ tesla: "mentioned", byd: "target" });
  });
  it("reads competitors' own launches told of recent months as background", () => {
    expect(roles("Nio and Xpeng have each launched cheaper models in recent months.")).toEqual({ nio: "mentioned", xpeng: "mentioned" });
    expect(roles("Xiaomi recently released a thinner phone.")).toEqual({ xiaomi: "mentioned" });
    expect(roles("Over the past few years Xpeng has introduced several models.")).toEqual({ xpeng: "mentioned" });
  });
});

describe("an exchange named as the venue is not a company of the event", () => {
  it.each([
    ["Trading in ZTE shares was halted on the Hong Kong Stock Exchange.", { zte: "target", hkex: "mentioned:venue" }],
    ["Palantir debuted on the Nasdaq in 2020.", { palantir: "mentioned", nasdaq: "mentioned:venue" }],
    ["Meitu requested a trading halt in a filing with the Hong Kong stock exchange.", { meitu: "target", hkex: "mentioned:venue" }],
  ])("%s", (text, want) => expect(allRoles(text)).toEqual(want));
});

describe("market moves and order books are not actions on a company", () => {
  it.each([
    ["Baidu's revenue dropped by 5% in the quarter.", { baidu: "mentioned" }],
    ["JD.com shares dropped over concerns about demand.", { jd: "mentioned" }],
    ["Orders placed by Tesla buyers rose 10% in May.", { tesla: "mentioned" }],
    ["Analysts expect future orders from Nvidia to slow.", { nvidia: "mentioned" }],
  ])("%s", (text, want) => expect(roles(text)).toEqual(want));
});

describe("delegations, lists, rulings, results and deals (the event on Monday 2025-02-17)", () => {
  it.each([
    [
      "The delegation, which was organised by the council, included Boeing's Stephanie Pope and Qualcomm's Cristiano Amon.",
      { boeing: "present", qualcomm: "present" },
    ],
    ["The delegation included Tim Cook and Stephanie Pope, who runs Boeing's commercial aircraft business.", { apple: "present", boeing: "present" }],
    ["Micron, whose chips were barred from projects in May 2023 after a review, did not send a representative.", { micron: "absent" }],
  ])("meetings: %s", (text, want) => expect(roles(text)).toEqual(want));
  it.each([
    [
      "Shares of Tencent and CATL fell on Tuesday after the two companies were named on Monday by the Pentagon as military companies.",
      { tencent: "mentioned|target", catl: "mentioned|target" },
    ],
    ["SMIC was among the other companies added in the annual update.", { smic: "target" }],
    ["Meituan was found to have wilfully violated a court order.", { meituan: "target" }],
    ["A judge finds Apple in contempt over its App Store rules.", { apple: "target" }],
    ["Tencent said on Monday that its second-quarter net profit rose 43 percent from a year earlier.", { tencent: "target" }],
    ["Qualcomm said on Monday that it had agreed to buy Intel in a cash-and-stock deal.", { qualcomm: "target", intel: "target" }],
    ["Trading in shares of Unitree, the robotics business of Xiaomi, was suspended on Monday.", { unitree: "target", xiaomi: "mentioned" }],
  ])("actions: %s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
});

describe("lists named first, descriptions, deals, ratings and rulings (the event on Monday 2025-02-17)", () => {
  it.each([
    ["The update to the 1260H list, released late on Monday, also named SMIC and Hikvision.", { smic: "target", hikvision: "target" }],
    ["The list already includes Huawei.", { huawei: "mentioned" }],
    ["Besides Tencent, the new additions included SMIC.", { tencent: "target", smic: "target" }],
    [
      "Shares of Tencent and CATL fell after the Pentagon added the social media giant and the battery maker to a list.",
      { tencent: "mentioned|target", catl: "mentioned|target" },
    ],
    ["Moody's cut its outlooks on Tencent and Alibaba.", { tencent: "target", alibaba: "target" }],
    ["Alibaba has agreed to sell its stake in the unit to a group led by Tencent.", { alibaba: "target", tencent: "target" }],
    ["A federal judge ruled on Monday that Alphabet illegally kept a monopoly.", { alphabet: "target" }],
    ["Walmart filed confidentially on Monday for an initial public offering.", { walmart: "target" }],
    ["AMD said on Monday that restrictions on its chips could cost it $800 million.", { amd: "target" }],
    ["The removal of the exemption that let parcels enter duty-free, a change that also hurt Temu, owned by PDD.", { pdd: "mentioned" }],
  ])("%s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
  it.each([
    [
      "Tencent's Pony Ma was among the guests, as were BYD chairman Wang Chuanfu and Frank Wang, founder of the drone maker DJI.",
      { tencent: "present", byd: "present", dji: "present" },
    ],
    ["Robin Li, a regular at such gatherings in the past decade, was conspicuously missing.", { baidu: "absent" }],
    ["Amazon also had a stand in the hall.", { amazon: "present" }],
  ])("meetings: %s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
});

it("reads what only may happen as a mention: Xiaomi could launch", () => {
  expect(roles("Analysts said Xiaomi could launch a cheaper model, and Meituan was fined.", "2025-02-18")).toEqual({ xiaomi: "mentioned", meituan: "target" });
});

describe("lists opened by an inclusion word, talks in a session, successions on a later day", () => {
  it.each([
    [
      "Tim Cook testified on Monday alongside Pony Ma, chief executive of Tencent; Lei Jun, founder of Xiaomi; and Colin Huang, founder of PDD.",
      { apple: "present", tencent: "present", xiaomi: "present", pdd: "present" },
    ],
    ["Lei Jun, chairman of the phone maker Xiaomi, spoke in the first session.", { xiaomi: "present" }],
    ["Intel said on Monday that Pat Gelsinger was out as chief executive and that Lip-Bu Tan would replace him on March 18.", { intel: "target" }],
  ])("%s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
});

describe("meetings worded by who came and where they were (the event on Monday 2025-02-17)", () => {
  it.each([
    [
      "Tim Cook, Pony Ma and Lei Jun were among those who flew in, according to footage aired by state television.",
      { apple: "present", tencent: "present", xiaomi: "present" },
    ],
    ["Among those who flew in with the chancellor were Tim Cook and Lei Jun.", { apple: "present", xiaomi: "present" }],
    ["Also in the hall were Pony Ma; Lei Jun, founder of Xiaomi; and Robin Li of Baidu.", { tencent: "present", xiaomi: "present", baidu: "present" }],
    ["Photos released by the government showed the premier flanked by Pony Ma and Lei Jun.", { tencent: "present", xiaomi: "present" }],
    [
      "Tim Cook testified before the committee alongside Pony Ma, chief executive of Tencent; Lei Jun, founder of Xiaomi; and Robin Li, chief executive of Baidu.",
      { apple: "present", tencent: "present", xiaomi: "present", baidu: "present" },
    ],
    ["Cristiano Amon joined by video link and spoke about handset makers, singling out Xiaomi.", { qualcomm: "present", xiaomi: "mentioned" }],
    ["Baidu did not respond to the committee's invitation, and Tencent sent its regrets.", { baidu: "absent", tencent: "absent" }],
    ["Nvidia chief Jensen Huang, who toured the company's Beijing office in January, did not make the trip this time.", { nvidia: "absent" }],
  ])("%s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
});

describe("sessions chaired, apologies sent, sales opened, chiefs out, described objects", () => {
  it.each([
    ["Lei Jun chaired the session on chips, and Baidu sent its apologies.", { xiaomi: "present", baidu: "absent" }],
    ["Xiaomi's new SUV goes on sale on Monday.", { xiaomi: "target" }],
    ["Morning brief: Meituan's chief executive is out.", { meituan: "target" }],
    ["Tesla shares jumped on Monday after Apple agreed to buy the carmaker in an all-stock deal.", { tesla: "mentioned|target", apple: "target" }],
  ])("%s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
});

describe("seats around the table, whose-clauses, declined witnesses, bids and figures (the event on Monday 2025-02-17)", () => {
  it.each([
    ["Seated around the table were Tim Cook; Lei Jun, founder of Xiaomi; and Pony Ma.", { apple: "present", xiaomi: "present", tencent: "present" }],
    ["Lei Jun, whose Xiaomi was a headline name last year, did not attend this time.", { xiaomi: "absent" }],
    ["Tencent and Apple both declined to send witnesses to the hearing.", { tencent: "absent", apple: "absent" }],
    ["Alibaba has proposed to buy out the minority shareholders of Meituan.", { alibaba: "target", meituan: "target" }],
    ["Xiaomi said on Monday that its net profit almost tripled.", { xiaomi: "target" }],
  ])("%s", (text, want) => expect(roles(text, "2025-02-18")).toEqual(want));
});
