/**
 * Example articles: the *.txt and *.html files of a news folder (by default the shared one beside the
 * project), listed with a title and, where known, a publication date.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { parseHtml } from "../news/html.js";
import { parsePlainText } from "../news/plainText.js";

/** A file name without its extension: the only ids the API accepts (no separators, no dot-dot). */
const EXAMPLE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;
const EXTENSIONS = new Set([".txt", ".html"]);

/**
 * Publication dates of example texts that carry none of their own. The founding example's README
 * (shared/news/README.md) says the reader supplies one between 2025-02-17 and 2025-02-23 (the article
 * is of Tuesday's paper); the day after the meeting is the one the project's demo and tests use.
 */
const KNOWN_PUBLISHED: Readonly<Record<string, string>> = { "xi-meets-tech-bosses": "2025-02-18" };

export interface ExampleSummary {
  readonly id: string;
  readonly title: string;
  readonly published?: string;
}

export interface Example extends ExampleSummary {
  readonly text: string;
}

/** The example files of the folder, by id; an absent folder has none. */
async function exampleFiles(newsDir: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = await readdir(newsDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return new Map();
    throw e;
  }
  const files = new Map<string, string>();
  for (const name of names.sort()) {
    const ext = extname(name).toLowerCase();
    if (!EXTENSIONS.has(ext)) continue;
    const id = name.slice(0, -ext.length);
    if (EXAMPLE_ID.test(id) && !files.has(id)) files.set(id, join(newsDir, name));
  }
  return files;
}

function describe(id: string, file: string, text: string): ExampleSummary {
  let title = "";
  let published: string | undefined = KNOWN_PUBLISHED[id];
  try {
    const article = extname(file).toLowerCase() === ".html" ? parseHtml(text) : parsePlainText(text);
    title = article.title;
    published = article.published?.date ?? published;
  } catch {
    // An unreadable example still lists, under its file name.
  }
  return { id, title: title.trim() === "" ? id : title.trim(), ...(published === undefined ? {} : { published }) };
}

export async function listExamples(newsDir: string): Promise<ExampleSummary[]> {
  const files = await exampleFiles(newsDir);
  return Promise.all([...files].map(async ([id, file]) => describe(id, file, await readFile(file, "utf8"))));
}

/** The example of that id with its text; undefined when there is none. */
export async function readExample(newsDir: string, id: string): Promise<Example | undefined> {
  const file = EXAMPLE_ID.test(id) ? (await exampleFiles(newsDir)).get(id) : undefined;
  if (file === undefined) return undefined;
  const text = await readFile(file, "utf8");
  return { ...describe(id, file, text), text };
}
