import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SecuritiesDirectory, readDirectoryFolder } from "../data/directory/index.js";
import type { EventDocument } from "./eventDocument.js";
import { NO_DIRECTORY_NOTE, extractEvent } from "./extractEvent.js";
import { loadKnowledge } from "./knowledge/loadKnowledge.js";

/** The project's knowledge base over a small directory written for the tests (src/data/directory/fixtures). */
const knowledge = loadKnowledge();
const directory = SecuritiesDirectory.fromRows(readDirectoryFolder(fileURLToPath(new URL("../data/directory/fixtures/directory/", import.meta.url))));

function read(text: string, published: string, format: "text" | "html" = "text", dir: SecuritiesDirectory | null = directory): EventDocument {
  return extractEvent(format === "text" ? `\n\n${text}` : text, { knowledge, directory: dir, published, format });
}
const company = (doc: EventDocument, listing: string): EventDocument["companies"][number] | undefined =>
  doc.companies.find((c) => c.listings.includes(listing) || c.inactiveListings.some((l) => l.symbol === listing));
const ids = (doc: EventDocument): string[] => doc.companies.map((c) => c.entityId).sort();
const also = (doc: EventDocument, name: string): string | undefined => doc.otherEntities.find((o) => o.name === name)?.reason;

describe("time: each name and listing in its own period", () => {
  it("Whole Foods Market is its own listed company until the acquisition closed (2017-08-28)", () => {
    const june = read("Amazon agreed on Friday, June 16, 2017, to buy Whole Foods Market Inc. for $13.7 billion.", "2017-06-16");
    expect(company(june, "WFM")).toMatchObject({ entityId: "$WFM", listings: ["WFM"] });
    expect(ids(june)).toContain("amazon");
    const later = read("Whole Foods Market said on Monday, March 5, 2018, it would cut prices.", "2018-03-05");
    expect(company(later, "WFM")).toMatchObject({ listings: [], inactiveListings: [{ symbol: "WFM", status: "delisted", to: "2017-08-27" }] });
  });

  it("Facebook trades as FB and is named Facebook before its renaming; Meta trades as META after June 2022", () => {
    const fined = read("Facebook was fined $5 billion by the FTC on Wednesday, July 24, 2019.", "2019-07-24");
    expect(fined.companies.find((c) => c.entityId === "meta-platforms")).toMatchObject({ name: "Facebook", listings: ["FB"] });
    const later = read("Facebook owner Meta was fined 1.2 billion euros on Monday, May 22, 2023.", "2023-05-22");
    expect(later.companies.find((c) => c.entityId === "meta-platforms")).toMatchObject({ name: "Meta", listings: ["META"] });
  });

  it("Jefferies in 2021 is Jefferies Financial Group, trading as JEF", () => {
    const doc = read("Jefferies agreed on Tuesday, March 2, 2021, to buy a stake in a software maker.", "2021-03-02");
    expect(doc.companies.find((c) => c.entityId === "leucadia-national")).toMatchObject({ name: "Jefferies", listings: ["JEF"] });
    const before = read("Leucadia National said on Monday, April 9, 2018, it would sell its beef stake.", "2018-04-09");
    expect(before.companies.find((c) => c.entityId === "leucadia-national")).toMatchObject({ name: "Leucadia National", listings: ["LUK"] });
  });

  it("Twitter was listed until the end of October 2022", () => {
    const doc = read("Twitter changed its verification rules on Friday, March 31, 2023.", "2023-03-31");
    expect(doc.companies.find((c) => c.entityId === "x-corp")).toMatchObject({ listings: [], inactiveListings: [{ symbol: "TWTR", status: "delisted" }] });
    const listed = read("Twitter's board adopted a poison pill on Friday, April 15, 2022.", "2022-04-15");
    expect(listed.companies.find((c) => c.entityId === "x-corp")?.listings).toEqual(["TWTR"]);
  });

  it("a person stands for a company only in the years they held the role", () => {
    const doc = read("Rupert Murdoch attended the dinner on Tuesday, June 3, 2025, with Apple's Tim Cook.", "2025-06-03");
    expect(ids(doc)).toEqual(["apple"]);
    expect(doc.notes.join(" ")).toMatch(/"Rupert Murdoch" held no role at Fox Corp in 2025/);
  });

  it("a person named alone is a person, not a company of the event", () => {
    const doc = read("Apple's Tim Cook attended the dinner on Thursday, September 4, 2025. Elon Musk was left off the guest list.", "2025-09-05");
    expect(ids(doc)).toEqual(["apple"]);
    expect(also(doc, "Elon Musk")).toMatch(/a person, not a company of the event/);
  });
});

describe("open-world recognition", () => {
  it("links bracketed tickers of every form to the knowledge base or the directory", () => {
    const doc = read(
      "Equifax Inc. (NYSE: EFX) said on Thursday, September 7, 2017, hackers stole data. Micron Technology (NASDAQ: MU) and TransUnion (TRU.N) were not affected.",
      "2017-09-07",
    );
    expect(ids(doc)).toEqual(["$TRU", "equifax", "micron"]);
  });

  it("reports a company no list knows with an unknown listing and the reason, never dropped", () => {
    const doc = read(
      "Jana Partners LLC disclosed a stake in the grocer on Monday, April 10, 2017. Experian (LSE: EXPN) declined to comment. Equifax was fined.",
      "2017-04-10",
    );
    expect(doc.companies.find((c) => c.name === "Jana Partners LLC")).toMatchObject({
      listings: [],
      unlisted: false,
      listingUnknown: "not found in the directory",
    });
    expect(doc.companies.find((c) => c.name === "Experian")).toMatchObject({ listingUnknown: "listed outside the directory's exchanges (LSE: EXPN)" });
  });

  it("reads Chinese names and names written with a legal suffix, on the event date", () => {
    const doc = read("世茂集團 missed an interest payment on Monday, January 3, 2022. Shares of Shimao Group fell.", "2022-01-03");
    expect(ids(doc)).toEqual(["$0813.HK"]);
    const early = read("Gaotu Techedu and New Oriental said on Monday, March 1, 2021, they would hire more tutors.", "2021-03-01");
    expect(ids(early)).toEqual(["new-oriental"]);
    expect(early.notes.join(" ")).toMatch(/"Gaotu Techedu" is a name the directory knows from another period only/);
  });

  it("says so when no directory is imported, and still links with the knowledge base", () => {
    const doc = read("Equifax said on Thursday, September 7, 2017, hackers stole data. TransUnion declined to comment.", "2017-09-07", "text", null);
    expect(doc.notes).toContain(NO_DIRECTORY_NOTE);
    expect(ids(doc)).toEqual(["equifax"]);
  });
});

describe("not companies of the event", () => {
  it("lists firms quoted only as sources under also named, with why", () => {
    const doc = read(
      "Equifax was fined $700 million on Monday, July 22, 2019. Barclays analyst Jane Doe said the fine was smaller than feared, according to data from FactSet. Moody's said the rating was unaffected.",
      "2019-07-22",
    );
    expect(ids(doc)).toEqual(["equifax"]);
    expect(also(doc, "Barclays PLC")).toMatch(/quoted only as a source/);
    expect(also(doc, "Moody's Corporation")).toMatch(/quoted only as a source/);
  });

  it("takes no company from page chrome: teasers, follow lines, disclaimers, credits", () => {
    const page = `<html><head><title>Equifax fined</title><meta property="article:published_time" content="2019-07-22T10:00:00Z"></head><body>
<nav><a href="/">Markets</a> <a href="/t">Alphabet shares</a></nav>
<article><h1>Equifax fined $700 million over breach</h1>
<p>Equifax agreed on Monday to pay up to $700 million to settle probes into its 2017 data breach, the largest settlement of its kind.</p>
<p>Follow Jane Doe on Twitter.</p>
<figure><figcaption>Equifax offices in Atlanta. Photo: Getty Images</figcaption></figure>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">PDD shares slump after results</a></li></ul></aside>
<p class="disclaimer">Nasdaq data is delayed at least 15 minutes. Market data provided by ICE Data Services.</p>
</article></body></html>`;
    expect(ids(read(page, "2019-07-22", "html"))).toEqual(["equifax"]);
  });
});
