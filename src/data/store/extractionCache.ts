/**
 * Event documents extracted from articles, kept under a hash of their inputs (the article, its
 * options, the knowledge base and the extractor), so that a second run of the same article skips the
 * NLP. A document is read back through its schema; one of another shape (written by an older
 * aftershock) is a miss, extracted again and replaced.
 */
import type { z } from "zod";
import type { StoreConnection } from "./connection.js";

export class ExtractionCache {
  constructor(private readonly store: StoreConnection) {}

  /** The document stored under `key`, parsed with `schema`; undefined when none is, or the one stored has another shape. */
  load<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll("SELECT document::VARCHAR AS document FROM extractions WHERE key = $key", { key });
      const row = r.getRowObjectsJS()[0];
      if (row === undefined) return undefined;
      const parsed = schema.safeParse(JSON.parse(row["document"] as string));
      return parsed.success ? parsed.data : undefined;
    });
  }

  /** Stores (or replaces) the event document extracted from inputs whose hash is `key`. */
  save(key: string, document: unknown): Promise<void> {
    const json = JSON.stringify(document);
    if (json === undefined) return Promise.reject(new TypeError("an extraction must be JSON-serialisable"));
    return this.store.exclusive(async (connection) => {
      await connection.run("INSERT OR REPLACE INTO extractions (key, document) VALUES ($key, $document::JSON)", { key, document: json });
    });
  }
}
