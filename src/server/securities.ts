/**
 * Security search for the API: the knowledge base's entities by name, short name, alias, Chinese
 * name, people and listing symbol (fuzzily, with Fuse.js), plus exact symbol matches, each with which
 * of its listings have prices in the store.
 */
import type { Store } from "../data/store/index.js";
import type { LoadedKnowledge } from "../news/knowledge/loadKnowledge.js";
import type { Entity } from "../news/knowledge/schema.js";
import { SecurityRanking } from "../pipeline/securityRanking.js";

export interface SecurityMatch {
  readonly entityId: string | null;
  readonly name: string;
  readonly kind: string;
  readonly listings: readonly { readonly symbol: string; readonly from?: string; readonly to?: string }[];
  readonly stored: readonly string[];
}

/** Ranks entity ids for a query: {@link SecurityRanking} on this thread, or a job on a worker. */
export type Ranker = (query: string, limit: number) => Promise<readonly string[]>;

/** Search across the knowledge base; built once per app. */
export class SecuritySearch {
  private readonly rank: Ranker;
  private readonly byId: ReadonlyMap<string, Entity>;

  constructor(
    private readonly knowledge: Pick<LoadedKnowledge, "entities" | "bySymbol">,
    rank?: Ranker,
  ) {
    this.byId = new Map(knowledge.entities.map((e) => [e.id, e]));
    if (rank !== undefined) this.rank = rank;
    else {
      const ranking = new SecurityRanking(knowledge.entities);
      this.rank = (query, limit) => Promise.resolve(ranking.rank(query, limit));
    }
  }

  async search(store: Store, query: string, limit: number): Promise<SecurityMatch[]> {
    const q = query.trim();
    const stored = new Set(await store.securities.symbols());
    const out: SecurityMatch[] = [];
    const seen = new Set<string>();
    const add = (e: Entity): void => {
      if (seen.has(e.id)) return;
      seen.add(e.id);
      out.push({
        entityId: e.id,
        name: e.name,
        kind: e.kind,
        listings: e.listings.map((l) => ({ symbol: l.symbol, ...(l.from ? { from: l.from } : {}), ...(l.to ? { to: l.to } : {}) })),
        stored: e.listings.map((l) => l.symbol).filter((s) => stored.has(s)),
      });
    };
    // An exact symbol first ("9888.HK", "bidu", "^hsi"), whether the knowledge base or only the store knows it.
    const symbol = [...stored, ...this.knowledge.bySymbol.keys()].find((s) => s.toUpperCase() === q.toUpperCase());
    if (symbol !== undefined) {
      const entity = this.knowledge.bySymbol.get(symbol);
      if (entity !== undefined) add(entity);
      else {
        const security = await store.securities.get(symbol);
        out.push({
          entityId: null,
          name: security?.name ?? security?.issuerName ?? symbol,
          kind: security?.kind ?? "equity",
          listings: [{ symbol }],
          stored: [symbol],
        });
      }
    }
    for (const id of await this.rank(q, limit + 1)) {
      const entity = this.byId.get(id);
      if (entity !== undefined) add(entity);
    }
    return out.slice(0, limit);
  }
}
