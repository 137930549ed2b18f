/**
 * The project's knowledge base (data/issuers/*.json): it loads, and it covers every security of the
 * sample data in ../shared/data (skipped when that folder is absent).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { knowledgeFileSchema, type Entity } from "./schema.js";
import { knowledgeDataDir, loadKnowledge, projectRoot } from "./loadKnowledge.js";

const kb = loadKnowledge();
const SHARED = join(projectRoot(), "..", "shared", "data");
const hasShared = existsSync(SHARED);

function entity(id: string): Entity {
  const e = kb.byId.get(id);
  if (e === undefined) throw new Error(`no entity "${id}"`);
  return e;
}

function symbols(id: string): string[] {
  return entity(id).listings.map((l) => l.symbol);
}

function listing(symbol: string) {
  return kb.bySymbol.get(symbol)?.listings.find((l) => l.symbol === symbol);
}

describe("the project's knowledge base", () => {
  it("loads: every file validates and the ids, symbols and parents check out", () => {
    const files = readdirSync(knowledgeDataDir()).filter((f) => f.endsWith(".json"));
    expect(files).toEqual(expect.arrayContaining(["hong-kong.json", "us.json", "sp500.json", "unlisted.json", "non-companies.json"]));
    for (const f of files) {
      const parsed = knowledgeFileSchema.safeParse(JSON.parse(readFileSync(join(knowledgeDataDir(), f), "utf8")));
      expect(parsed.success, f).toBe(true);
    }
    expect(kb.entities.length).toBeGreaterThan(700);
    expect(kb.byId.size).toBe(kb.entities.length);
    for (const e of kb.entities) if (e.parent !== undefined) expect(kb.byId.has(e.parent), e.id).toBe(true);
  });

  it("gives every entity a non-empty name and ambiguous entities their context words", () => {
    for (const e of kb.entities) {
      expect(e.name.trim(), e.id).not.toBe("");
      if (e.ambiguous) expect(e.context.length, e.id).toBeGreaterThan(0);
    }
  });

  it("keeps one entity per issuer with all its listings", () => {
    expect(symbols("baidu")).toEqual(expect.arrayContaining(["9888.HK", "BIDU"]));
    expect(symbols("alibaba")).toEqual(expect.arrayContaining(["9988.HK", "BABA"]));
    expect(symbols("jd")).toEqual(expect.arrayContaining(["9618.HK", "JD"]));
    expect(symbols("netease")).toEqual(expect.arrayContaining(["9999.HK", "NTES"]));
    expect(symbols("bilibili")).toEqual(expect.arrayContaining(["9626.HK", "BILI"]));
    expect(symbols("li-auto")).toEqual(expect.arrayContaining(["2015.HK", "LI"]));
    expect(symbols("nio")).toEqual(expect.arrayContaining(["9866.HK", "NIO"]));
    expect(symbols("xpeng")).toEqual(expect.arrayContaining(["9868.HK", "XPEV"]));
    expect(symbols("tencent-music")).toEqual(expect.arrayContaining(["1698.HK", "TME"]));
    expect(symbols("alphabet")).toEqual(expect.arrayContaining(["GOOGL", "GOOG"]));
    expect(kb.bySymbol.get("BIDU")).toBe(kb.bySymbol.get("9888.HK"));
  });

  it("dates the Hong Kong listings of the cross-listed names", () => {
    expect(listing("9888.HK")?.from).toBe("2021-03-23");
    expect(listing("9988.HK")?.from).toBe("2019-11-26");
    expect(listing("9618.HK")?.from).toBe("2020-06-18");
    expect(listing("BIDU")?.from).toBe("2005-08-05");
  });

  it("has CATL's Shenzhen A-share and its Hong Kong H-share from 2025-05-20", () => {
    const catl = entity("catl");
    expect(symbols("catl")).toEqual(expect.arrayContaining(["300750.SZ", "3750.HK"]));
    expect(listing("3750.HK")).toMatchObject({ from: "2025-05-20" });
    expect(catl.people.map((p) => p.name)).toContain("Robin Zeng");
    expect(catl.chineseNames).toContain("宁德时代");
  });

  it("knows the founders and chief executives of the big internet names", () => {
    const people = (id: string) => entity(id).people.flatMap((p) => [p.name, ...p.aliases]);
    expect(people("tencent")).toEqual(expect.arrayContaining(["Pony Ma", "马化腾"]));
    expect(people("alibaba")).toEqual(expect.arrayContaining(["Jack Ma", "Joe Tsai", "Eddie Wu", "Daniel Zhang"]));
    expect(people("baidu")).toContain("Robin Li");
    expect(people("jd")).toContain("Richard Liu");
    expect(people("meituan")).toContain("Wang Xing");
    expect(people("xiaomi")).toContain("Lei Jun");
    expect(people("byd")).toContain("Wang Chuanfu");
    expect(people("netease")).toContain("William Ding");
    expect(people("pdd")).toContain("Colin Huang");
    expect(entity("alibaba").people.find((p) => p.name === "Eddie Wu")).toMatchObject({ role: expect.stringContaining("CEO"), from: 2023 });
  });

  it("has Huawei, ByteDance and DeepSeek as unlisted companies, Didi as delisted", () => {
    for (const id of ["huawei", "bytedance", "deepseek", "ant-group", "openai", "spacex"]) {
      expect(entity(id).kind, id).toBe("company");
      expect(entity(id).listings, id).toEqual([]);
    }
    expect(entity("bytedance").aliases).toEqual(expect.arrayContaining(["TikTok", "Douyin"]));
    expect(entity("ant-group")).toMatchObject({ parent: "alibaba", ambiguous: true });
    expect(entity("didi").listings).toEqual([expect.objectContaining({ symbol: "DIDI", from: "2021-06-30", to: expect.any(String) })]);
  });

  it("keeps HKEX a listed company and the other venues, indices and regulators non-companies", () => {
    expect(entity("hkex")).toMatchObject({ kind: "company", ambiguous: true });
    expect(symbols("hkex")).toEqual(["0388.HK"]);
    expect(entity("hkex").aliases).toContain("Hong Kong Stock Exchange");
    expect(kb.entities.filter((e) => e.kind === "exchange" && /hong kong/i.test(e.name))).toEqual([]);
    expect(entity("nyse")).toMatchObject({ kind: "exchange", parent: "intercontinental-exchange" });
    for (const id of ["cn-samr", "cn-csrc", "cn-cac", "cn-miit", "cn-ndrc", "cn-pboc", "us-sec", "us-ftc", "us-doj", "us-cfius", "eu-commission"])
      expect(entity(id).kind, id).toBe("regulator");
    for (const id of ["hang-seng-index", "hang-seng-tech", "sp-500", "nasdaq-composite", "dow-jones", "csi-300", "shanghai-composite"])
      expect(entity(id).kind, id).toBe("index");
    for (const id of ["xinhua", "reuters", "bloomberg", "afp", "ap", "cctv", "caixin", "scmp", "nikkei"]) expect(entity(id).kind, id).toBe("news-agency");
    for (const id of ["cn-state-council", "cn-politburo", "cn-cpc", "us-white-house", "us-congress"]) expect(entity(id).kind, id).toBe("government");
  });

  it("marks names that are ordinary words as ambiguous", () => {
    for (const id of ["apple", "meta-platforms", "target", "gap", "ball", "visa", "oracle", "discovery", "progressive", "amazon", "alphabet"]) {
      expect(entity(id).ambiguous, id).toBe(true);
    }
    expect(entity("meta-platforms").shortName).toBe("Meta");
    expect(entity("meta-platforms").formerNames).toEqual([{ name: "Facebook, Inc.", shortName: "Facebook", to: "2021-10-27" }]);
    expect(symbols("meta-platforms")).toEqual(["FB", "META"]);
  });
});

describe.skipIf(!hasShared)("coverage of the sample data in ../shared/data", () => {
  it("has an entity listing every Hong Kong security file", () => {
    const hk = readdirSync(join(SHARED, "hk"))
      .filter((f) => /^\d{4}\.HK\.csv$/.test(f))
      .map((f) => f.slice(0, -4));
    expect(hk).toHaveLength(96);
    const missing = hk.filter((s) => kb.bySymbol.get(s)?.kind !== "company");
    expect(missing).toEqual([]);
  });

  it("has an entity listing every US file, the ETFs as kind other", () => {
    const us = readdirSync(join(SHARED, "us"))
      .filter((f) => f.endsWith(".csv"))
      .map((f) => f.slice(0, -4));
    expect(us.length).toBeGreaterThanOrEqual(15);
    expect(us.filter((s) => !kb.bySymbol.has(s))).toEqual([]);
    for (const etf of ["KWEB", "FXI", "MCHI", "SPY", "QQQ"]) expect(kb.bySymbol.get(etf)?.kind, etf).toBe("other");
    for (const adr of ["BIDU", "BABA", "JD", "PDD", "NTES", "LI", "NIO", "XPEV", "BILI", "TME"]) expect(kb.bySymbol.get(adr)?.kind, adr).toBe("company");
  });

  it("has an index entity for the index series", () => {
    const bySeries: Record<string, string> = { HSI: "^HSI", GSPC: "^GSPC", NDX: "^NDX", CSI_300: "^CSI300" };
    for (const f of readdirSync(join(SHARED, "indices")).filter((f) => f.endsWith(".csv"))) {
      const symbol = bySeries[f.slice(0, -4)];
      if (symbol !== undefined) expect(kb.bySymbol.get(symbol)?.kind, f).toBe("index");
    }
  });

  it("has a company listing every ticker of the S&P 500 panel", () => {
    const text = readFileSync(join(SHARED, "sp500-2013-2018", "all_stocks_5yr.csv"), "utf8");
    const tickers = new Set<string>();
    for (const line of text.split("\n").slice(1)) {
      const name = line.slice(line.lastIndexOf(",") + 1).trim();
      if (name !== "") tickers.add(name);
    }
    expect(tickers.size).toBe(505);
    expect([...tickers].filter((t) => kb.bySymbol.get(t)?.kind !== "company")).toEqual([]);
  });
});
