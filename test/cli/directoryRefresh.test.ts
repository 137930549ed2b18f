import { spawn } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hkexWorkbook } from "../../src/data/directory/fixtures/refresh/hkexWorkbook.js";
import { listingStatus, nameKey } from "../../src/data/directory/index.js";
import { openStore } from "../../src/data/store/index.js";
import { importDirectoryFolder, storedDirectory } from "../../src/pipeline/securitiesDirectory.js";
import { aftershockWith } from "../support/cli.js";
import { repoRoot } from "../support/paths.js";

const FIXTURES = join(repoRoot, "src/data/directory/fixtures");
const UA = "Aftershock Tests tests@example.com";

/** Runs the command line without blocking this process, which serves the lists. */
function aftershockAsync(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_NO_WARNINGS: "1", ...env },
    });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let server: Server;
let base = "";
const userAgents = new Map<string, string>();
const temps: string[] = [];

beforeAll(async () => {
  const files: Record<string, { body: Buffer | Uint8Array; type: string }> = {
    "/SymDir/nasdaqlisted.txt": { body: readFileSync(join(FIXTURES, "refresh/nasdaqlisted.txt")), type: "text/plain" },
    "/SymDir/otherlisted.txt": { body: readFileSync(join(FIXTURES, "refresh/otherlisted.txt")), type: "text/plain" },
    "/files/company_tickers_exchange.json": { body: readFileSync(join(FIXTURES, "refresh/company_tickers_exchange.json")), type: "application/json" },
    "/ListOfSecurities.xlsx": { body: await hkexWorkbook(), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  };
  server = createServer((req, res) => {
    userAgents.set(req.url ?? "", req.headers["user-agent"] ?? "");
    const file = files[req.url ?? ""];
    if (file === undefined) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A store holding the fixture directory, as `aftershock import FOLDER` leaves it. */
async function storeWithDirectory(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "aftershock-refresh-"));
  temps.push(dir);
  const store = join(dir, "s.duckdb");
  const s = await openStore(store);
  try {
    await importDirectoryFolder(s, join(FIXTURES, "directory"));
  } finally {
    s.close();
  }
  return store;
}

const urls = (overrides: Record<string, string> = {}): string[] =>
  Object.entries({
    "--nasdaq-trader-url": `${base}/SymDir/`,
    "--sec-url": `${base}/files/company_tickers_exchange.json`,
    "--hkex-url": `${base}/ListOfSecurities.xlsx`,
    ...overrides,
  }).flat();

async function stamp(store: string): Promise<string | undefined> {
  const s = await openStore(store);
  try {
    return (await s.directory.lastImport())?.imported;
  } finally {
    s.close();
  }
}

describe("aftershock directory refresh", () => {
  it("merges today's lists into the stored directory, prints the changes per market, and links the new company", async () => {
    const store = await storeWithDirectory();
    const run = await aftershockAsync({}, "directory", "refresh", "--store", store, "--sec-user-agent", UA, ...urls());
    expect(run.code, run.stderr).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(run.stdout).toContain(`securities directory refreshed as of ${today}`);
    expect(run.stdout).toMatch(
      /^US \(list of 2026-12-07 21:32\): 7 listed; 3 new, 0 renamed, 0 gone from the latest list, 0 reused tickers, 0 ticker changes$/m,
    );
    expect(run.stdout).toMatch(/^ {4}CRWV XNAS CoreWeave, Inc\.$/m);
    expect(run.stdout).toMatch(/^XHKG \(list of 2026-12-07\): 4 listed; 2 new, 0 renamed, 0 gone from the latest list, 0 reused tickers, 0 ticker changes$/m);
    expect(run.stdout).toContain("Shanghai and Shenzhen (XSHG, XSHE): not refreshed");
    expect(userAgents.get("/files/company_tickers_exchange.json")).toBe(UA);

    const directory = (await storedDirectory(store))!;
    const crwv = directory.named(nameKey("CoreWeave"), today);
    expect(crwv.map((u) => u.listing.symbol)).toEqual(["CRWV"]);
    expect(crwv[0]!.listing.cik).toBe("1769628");
    expect(listingStatus(crwv[0]!.listing, today)).toBe("trading");
    expect(directory.listing("0700.HK")?.name).toBe("TENCENT");
    expect(directory.listing("BRK-B")?.cik).toBe("1067983");
  });

  it("stores nothing when a list cannot be downloaded midway, and says which", async () => {
    const store = await storeWithDirectory();
    const before = await stamp(store);
    const run = await aftershockAsync(
      {},
      "directory",
      "refresh",
      "--store",
      store,
      "--sec-user-agent",
      UA,
      ...urls({ "--hkex-url": `${base}/moved/ListOfSecurities.xlsx` }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^aftershock: hkex: HTTP 404 from .*ListOfSecurities\.xlsx/);
    expect(await stamp(store)).toBe(before);
    expect((await storedDirectory(store))!.listing("CRWV")).toBeUndefined();
  });

  it("offline: says the host cannot be reached and to import the folder instead, exit code 3 as fetch", async () => {
    const store = await storeWithDirectory();
    const before = await stamp(store);
    const run = await aftershockAsync(
      {},
      "directory",
      "refresh",
      "--store",
      store,
      "--sec-user-agent",
      UA,
      ...urls({ "--nasdaq-trader-url": "http://nasdaqtrader.invalid/SymDir/" }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^aftershock: cannot reach nasdaqtrader\.invalid \(.*\); the stored directory is unchanged\. Import a directory folder instead: aftershock import FOLDER/,
    );
    expect(await stamp(store)).toBe(before);
  });

  it("asks for the SEC's User-Agent when none is given", () => {
    const run = aftershockWith({ AFTERSHOCK_SEC_USER_AGENT: "" }, "directory", "refresh", "--store", join(tmpdir(), "never-opened.duckdb"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /the SEC asks callers to name themselves with a contact: give --sec-user-agent "Your Name you@example.com" or set AFTERSHOCK_SEC_USER_AGENT/,
    );
  });
});
