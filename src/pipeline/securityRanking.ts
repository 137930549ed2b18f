/**
 * The knowledge base's entities ranked by how well their names, symbols and people match a query
 * (Fuse.js): the CPU-bound half of a security search, which the server runs on its worker threads.
 */
import Fuse from "fuse.js";
import type { Entity } from "../news/knowledge/schema.js";

interface Searchable {
  readonly entity: Entity;
  readonly names: readonly string[];
  readonly people: readonly string[];
  readonly symbols: readonly string[];
}

export class SecurityRanking {
  private readonly fuse: Fuse<Searchable>;

  constructor(entities: readonly Entity[]) {
    const records = entities.map((e): Searchable => ({
      entity: e,
      names: [e.name, e.shortName, ...e.aliases, ...e.chineseNames],
      people: e.people.flatMap((p) => [p.name, ...p.aliases]),
      symbols: e.listings.map((l) => l.symbol),
    }));
    this.fuse = new Fuse(records, {
      keys: [
        { name: "names", weight: 3 },
        { name: "symbols", weight: 2 },
        { name: "people", weight: 1 },
      ],
      includeScore: true,
      threshold: 0.3,
      ignoreLocation: true,
      isCaseSensitive: false,
    });
  }

  /** The ids of the best `limit` entities, best first. */
  rank(query: string, limit: number): string[] {
    return this.fuse.search(query.trim(), { limit }).map((hit) => hit.item.entity.id);
  }
}
