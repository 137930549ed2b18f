import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeError, knowledgeDataDir, loadKnowledge, projectRoot } from "./loadKnowledge.js";

const dir = mkdtempSync(join(tmpdir(), "aftershock-knowledge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function userFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

/** The KnowledgeError `fn` throws (fails the test when it throws nothing or something else). */
function knowledgeError(fn: () => unknown): KnowledgeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KnowledgeError) return e;
    throw e;
  }
  throw new Error("expected a KnowledgeError");
}

const acme = { id: "acme-robotics", kind: "company", name: "Acme Robotics Co., Ltd.", shortName: "Acme Robotics", listings: [{ symbol: "ACMR" }] };

describe("locating the project's files", () => {
  it("finds the project root (the folder with package.json) from the module", () => {
    expect(existsSync(join(projectRoot(), "package.json"))).toBe(true);
    expect(existsSync(join(projectRoot(), "src", "news", "knowledge", "schema.ts"))).toBe(true);
    expect(knowledgeDataDir()).toBe(join(projectRoot(), "data", "issuers"));
  });

  it("walks up from a compiled location too", () => {
    expect(projectRoot(join(projectRoot(), "dist", "src", "news", "knowledge"))).toBe(projectRoot());
  });
});

describe("user files", () => {
  it("adds a valid JSON file's entities to the project's", () => {
    const kb = loadKnowledge([userFile("ok.json", { entities: [acme] })]);
    expect(kb.byId.get("acme-robotics")?.shortName).toBe("Acme Robotics");
    expect(kb.bySymbol.get("ACMR")?.id).toBe("acme-robotics");
    expect(kb.byId.has("tencent")).toBe(true);
    expect(kb.sourceOf.get("acme-robotics")).toMatch(/ok\.json$/);
  });

  it("reads YAML, with the schema's defaults filled in", () => {
    const file = userFile(
      "ok.yaml",
      [
        "entities:",
        "  - id: acme-robotics",
        "    kind: company",
        "    name: Acme Robotics Co., Ltd.",
        "    shortName: Acme",
        "    parent: tencent",
        "    listings:",
        "      - symbol: ACMR.HK",
        "        from: 2025-05-20",
        "",
      ].join("\n"),
    );
    const kb = loadKnowledge([file]);
    const acmeEntity = kb.byId.get("acme-robotics")!;
    expect(acmeEntity).toMatchObject({ parent: "tencent", aliases: [], ambiguous: false, listings: [{ symbol: "ACMR.HK", from: "2025-05-20" }] });
  });

  it("can be loaded without the project's files", () => {
    const kb = loadKnowledge([userFile("alone.json", { entities: [acme] })], { includeProjectData: false });
    expect(kb.entities.map((e) => e.id)).toEqual(["acme-robotics"]);
  });

  it("names the file, the entity (index and id) and the field of a schema error", () => {
    const bad = userFile("bad.json", {
      entities: [acme, { ...acme, id: "broken-co", shortName: "", listings: [{ symbol: 700 }] }],
    });
    const err = knowledgeError(() => loadKnowledge([bad]));
    expect(err.message).toContain(bad);
    expect(err.issues).toHaveLength(2);
    expect(err.issues[0]).toMatch(/bad\.json: entity #1 "broken-co": shortName: /);
    expect(err.issues[1]).toMatch(/bad\.json: entity #1 "broken-co": listings\[0\]\.symbol: /);
  });

  it("reports an unknown field, a bad kind and a bad date", () => {
    const bad = userFile("fields.json", {
      entities: [{ ...acme, kind: "startup", tickers: ["ACMR"], listings: [{ symbol: "ACMR", from: "20/05/2025" }] }],
    });
    const err = knowledgeError(() => loadKnowledge([bad], { includeProjectData: false }));
    const text = err.issues.join("\n");
    expect(text).toMatch(/entity #0 "acme-robotics": kind: /);
    expect(text).toMatch(/entity #0 "acme-robotics": .*tickers/);
    expect(text).toMatch(/entity #0 "acme-robotics": listings\[0\]\.from: a date written YYYY-MM-DD/);
  });

  it("rejects a date that is not on the calendar and dates out of order", () => {
    const bad = userFile("dates.json", {
      entities: [
        {
          ...acme,
          listings: [
            { symbol: "ACMR", from: "2025-02-30" },
            { symbol: "ACMR.HK", from: "2025-05-20", to: "2024-01-01" },
          ],
        },
      ],
    });
    const err = knowledgeError(() => loadKnowledge([bad], { includeProjectData: false }));
    expect(err.issues).toEqual([
      expect.stringMatching(/entity #0 "acme-robotics": listings\[0\]\.from: "2025-02-30" is not a calendar date/),
      expect.stringMatching(/entity #0 "acme-robotics": listings\[1\]: to \(2024-01-01\) is before from \(2025-05-20\)/),
    ]);
  });

  it("rejects an id the project already uses, naming both files", () => {
    const bad = userFile("dup-id.json", { entities: [{ ...acme, id: "baidu", listings: [] }] });
    const err = knowledgeError(() => loadKnowledge([bad]));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatch(/dup-id\.json: entity #0 "baidu": id: "baidu" is already the id of entity #\d+ in .*hong-kong\.json/);
  });

  it("rejects a symbol that is already another entity's listing", () => {
    const bad = userFile("dup-symbol.json", { entities: [{ ...acme, listings: [{ symbol: "BIDU" }] }] });
    const err = knowledgeError(() => loadKnowledge([bad]));
    expect(err.issues[0]).toMatch(/entity #0 "acme-robotics": listings\[0\]\.symbol: "BIDU" is already a listing of entity #\d+ "baidu"/);
  });

  it("rejects an unknown parent and a parent cycle", () => {
    const unknown = userFile("parent.json", { entities: [{ ...acme, parent: "acme-holdings" }] });
    expect(knowledgeError(() => loadKnowledge([unknown])).issues[0]).toMatch(/entity #0 "acme-robotics": parent: "acme-holdings" is not the id of any entity/);
    const cycle = userFile("cycle.json", {
      entities: [
        { ...acme, parent: "acme-holdings" },
        { id: "acme-holdings", kind: "company", name: "Acme Holdings", shortName: "Acme Holdings", parent: "acme-robotics" },
      ],
    });
    expect(knowledgeError(() => loadKnowledge([cycle], { includeProjectData: false })).issues[0]).toMatch(/parents form a cycle/);
  });

  it("reports unreadable, malformed and unsupported files clearly", () => {
    expect(knowledgeError(() => loadKnowledge([join(dir, "missing.json")])).issues[0]).toMatch(/missing\.json: cannot be read/);
    expect(knowledgeError(() => loadKnowledge([userFile("syntax.json", '{ "entities": [ ')])).issues[0]).toMatch(/syntax\.json: not valid JSON/);
    expect(knowledgeError(() => loadKnowledge([userFile("syntax.yaml", "entities: [a, b\n  c: :")])).issues[0]).toMatch(/syntax\.yaml: not valid YAML/);
    expect(knowledgeError(() => loadKnowledge([userFile("list.json", [acme])])).issues[0]).toMatch(/list\.json: \(file\): /);
    expect(knowledgeError(() => loadKnowledge([userFile("notes.txt", "Acme")])).issues[0]).toMatch(/notes\.txt: unsupported file type/);
  });
});
