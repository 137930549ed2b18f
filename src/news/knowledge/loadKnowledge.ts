/**
 * Loads the knowledge base of entities the news extractor links articles to: the project's
 * `data/issuers/*.json` plus any files the user adds (JSON or YAML), each validated with
 * `knowledgeFileSchema`, then checked as a whole (unique ids, unique listing symbols, parents that
 * exist, dates in order). Any problem is reported with its file, entity (index and id) and field.
 */
import { isIsoDate } from "../../calendar/days.js";
import { AftershockError } from "../../shared/errors.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { knowledgeFileSchema, type Entity } from "./schema.js";

/** The knowledge base: every entity, by id and by listing symbol. */
export interface LoadedKnowledge {
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
  /** Every listing symbol ("0700.HK", "BIDU", "^HSI") → the entity it is a listing of. */
  readonly bySymbol: ReadonlyMap<string, Entity>;
  /** The file each entity was read from, by entity id. */
  readonly sourceOf: ReadonlyMap<string, string>;
}

export interface LoadKnowledgeOptions {
  /** Folder of the project's knowledge files; default `<project root>/data/issuers`. */
  readonly dataDir?: string;
  /** Read the project's files at all (default true); false loads only `extraFiles`. */
  readonly includeProjectData?: boolean;
}

/** A knowledge file that cannot be used; `issues` lists every problem found, one line each. */
export class KnowledgeError extends AftershockError {
  override readonly name = "KnowledgeError";
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    const head = issues.length === 1 ? "invalid knowledge base:" : `invalid knowledge base (${issues.length} problems):`;
    super("knowledge", {}, `${head}\n  ${issues.join("\n  ")}`, { issues });
    this.issues = issues;
  }
}

/**
 * The project root: the nearest folder holding a package.json above `from` (this module's folder by
 * default), so that the same code works from `src/news/knowledge` and from the compiled `dist/`.
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json found in ${from} or any folder above it`);
    dir = up;
  }
}

/** The folder of the project's own knowledge files. */
export function knowledgeDataDir(): string {
  return join(projectRoot(), "data", "issuers");
}

/** Reads, validates and cross-checks the project's knowledge files and `extraFiles`. */
export function loadKnowledge(extraFiles: readonly string[] = [], options: LoadKnowledgeOptions = {}): LoadedKnowledge {
  const files: string[] = [];
  if (options.includeProjectData ?? true) {
    const dir = options.dataDir ?? knowledgeDataDir();
    if (!existsSync(dir)) throw new KnowledgeError([`${dir}: the knowledge folder does not exist`]);
    files.push(
      ...readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(dir, f)),
    );
  }
  files.push(...extraFiles.map((f) => resolve(f)));

  const issues: string[] = [];
  const loaded: { file: string; index: number; entity: Entity }[] = [];
  for (const file of files) {
    const parsed = readKnowledgeFile(file, issues);
    if (parsed === undefined) continue;
    parsed.entities.forEach((entity, index) => loaded.push({ file, index, entity }));
  }
  if (issues.length > 0) throw new KnowledgeError(issues);

  const where = (l: { file: string; index: number; entity: Entity }): string => `${l.file}: entity #${l.index} "${l.entity.id}"`;
  const byId = new Map<string, Entity>();
  const firstById = new Map<string, (typeof loaded)[number]>();
  const bySymbol = new Map<string, Entity>();
  const firstBySymbol = new Map<string, (typeof loaded)[number]>();
  const sourceOf = new Map<string, string>();
  for (const l of loaded) {
    const { entity } = l;
    const earlier = firstById.get(entity.id);
    if (earlier !== undefined) {
      issues.push(`${where(l)}: id: "${entity.id}" is already the id of entity #${earlier.index} in ${earlier.file}`);
    } else {
      firstById.set(entity.id, l);
      byId.set(entity.id, entity);
      sourceOf.set(entity.id, l.file);
    }
    entity.listings.forEach((listing, k) => {
      const field = `listings[${k}]`;
      const other = firstBySymbol.get(listing.symbol);
      if (other !== undefined) {
        const whose = other.entity === entity ? "this entity" : `entity #${other.index} "${other.entity.id}" in ${other.file}`;
        issues.push(`${where(l)}: ${field}.symbol: "${listing.symbol}" is already a listing of ${whose} (one entity per issuer, each symbol once)`);
      } else {
        firstBySymbol.set(listing.symbol, l);
        bySymbol.set(listing.symbol, entity);
      }
      for (const key of ["from", "to"] as const) {
        const date = listing[key];
        if (date !== undefined && !isIsoDate(date)) issues.push(`${where(l)}: ${field}.${key}: "${date}" is not a calendar date`);
      }
      if (listing.from !== undefined && listing.to !== undefined && listing.to < listing.from) {
        issues.push(`${where(l)}: ${field}: to (${listing.to}) is before from (${listing.from})`);
      }
    });
    entity.people.forEach((p, k) => {
      if (p.from !== undefined && p.to !== undefined && p.to < p.from)
        issues.push(`${where(l)}: people[${k}] (${p.name}): to (${p.to}) is before from (${p.from})`);
    });
  }
  for (const l of loaded) {
    const parent = l.entity.parent;
    if (parent === undefined) continue;
    if (parent === l.entity.id) issues.push(`${where(l)}: parent: an entity cannot be its own parent`);
    else if (!byId.has(parent)) issues.push(`${where(l)}: parent: "${parent}" is not the id of any entity in the knowledge base`);
  }
  if (issues.length === 0) issues.push(...parentCycles(byId, sourceOf));
  if (issues.length > 0) throw new KnowledgeError(issues);

  return { entities: loaded.map((l) => l.entity), byId, bySymbol, sourceOf };
}

/** Parses and validates one file; problems are added to `issues` and undefined returned. */
function readKnowledgeFile(file: string, issues: string[]): z.output<typeof knowledgeFileSchema> | undefined {
  const ext = extname(file).toLowerCase();
  if (![".json", ".yaml", ".yml"].includes(ext)) {
    issues.push(`${file}: unsupported file type "${ext}" (a knowledge file is .json, .yaml or .yml)`);
    return undefined;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    issues.push(`${file}: cannot be read (${(e as Error).message})`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = ext === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    issues.push(`${file}: not valid ${ext === ".json" ? "JSON" : "YAML"}: ${(e as Error).message}`);
    return undefined;
  }
  const result = knowledgeFileSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push(`${file}: ${describePath(raw, issue.path)}: ${issue.message}`);
  return undefined;
}

/** `entity #3 "baidu": listings[0].symbol` for a path into a file's raw content. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  if (path[0] === "entities" && typeof path[1] === "number") {
    const index = path[1];
    const entities = (raw as { entities?: unknown }).entities;
    const entity = Array.isArray(entities) ? (entities[index] as unknown) : undefined;
    const id =
      typeof entity === "object" && entity !== null && typeof (entity as { id?: unknown }).id === "string" ? ` "${(entity as { id: string }).id}"` : "";
    const rest = fieldPath(path.slice(2));
    return `entity #${index}${id}${rest === "" ? "" : `: ${rest}`}`;
  }
  return fieldPath(path);
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out === "" ? "" : "."}${String(p)}`;
  return out;
}

/** Parent chains that loop back (a → b → a). */
function parentCycles(byId: ReadonlyMap<string, Entity>, sourceOf: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const reported = new Set<string>();
  for (const start of byId.values()) {
    const chain: string[] = [];
    for (let e: Entity | undefined = start; e !== undefined; e = e.parent === undefined ? undefined : byId.get(e.parent)) {
      const at = chain.indexOf(e.id);
      if (at >= 0) {
        const loop = chain.slice(at);
        const key = [...loop].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          out.push(`${sourceOf.get(loop[0]!) ?? "?"}: entity "${loop[0]}": parent: the parents form a cycle (${[...loop, loop[0]].join(" → ")})`);
        }
        break;
      }
      chain.push(e.id);
    }
  }
  return out;
}
