/**
 * Saved studies: what was asked (the spec) and what came of it (the result), both JSON, under ids
 * from a sequence. A study is read back through the schemas of its spec and result, so that what
 * comes out of the store has a type; a row that does not fit them is a coded StoreError.
 */
import { blobValue } from "@duckdb/node-api";
import type { z } from "zod";
import type { StoreConnection } from "./connection.js";
import { parseStored } from "./storedJson.js";

/** A saved study: its id, when it was saved (ISO 8601, UTC), what was asked and what came of it (null: none saved). */
export interface StoredStudy<Spec, Result> {
  readonly id: number;
  readonly created: string;
  readonly spec: Spec;
  readonly result: Result | null;
}

/** A saved study's result as the JSON text stored, in UTF-8 bytes (null when it has none): passed on without decoding. */
export interface StoredStudyJson {
  readonly id: number;
  readonly created: string;
  readonly resultJson: Uint8Array | null;
}

/** The shapes a study is read with. */
export interface StudySchemas<Spec, Result> {
  readonly spec: z.ZodType<Spec>;
  readonly result: z.ZodType<Result>;
}

interface StudyRow<Result> {
  readonly id: number;
  readonly created: string;
  readonly specJson?: string;
  readonly resultJson: Result | null;
}

export class StudyRepository {
  constructor(private readonly store: StoreConnection) {}

  /**
   * Saves a study: what was asked (`spec`) and what came of it (`result`), both as JSON, in one
   * INSERT (a transaction of its own: the row is there whole or not at all). `created` defaults to
   * now. Returns the study's id, from the `studies_id` sequence.
   */
  save(spec: unknown, result: unknown, created: Date = new Date()): Promise<number> {
    return this.saveJson(spec, JSON.stringify(result) ?? null, created);
  }

  /**
   * {@link save} with the result already written as JSON text, or as its UTF-8 bytes (as a worker
   * thread hands it over: never decoded on this thread), kept as it is.
   */
  saveJson(spec: unknown, resultJson: string | Uint8Array | null, created: Date = new Date()): Promise<number> {
    const specJson = JSON.stringify(spec);
    if (specJson === undefined) return Promise.reject(new TypeError("a study's spec must be JSON-serialisable"));
    const bytes = resultJson instanceof Uint8Array;
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll(
        `INSERT INTO studies (created, spec, result) VALUES ($created::TIMESTAMP, $spec::JSON, ${bytes ? "decode($result)" : "$result"}::JSON) RETURNING id`,
        { created: timestampText(created), spec: specJson, result: bytes ? blobValue(resultJson) : resultJson },
      );
      return r.getRowObjectsJS()[0]!["id"] as number;
    });
  }

  /** A saved study by id, its spec and result parsed with `schemas`; undefined when there is none. */
  async load<Spec, Result>(id: number, schemas: StudySchemas<Spec, Result>): Promise<StoredStudy<Spec, Result> | undefined> {
    const row = await this.read<string>(id, true);
    if (row === undefined) return undefined;
    const where = (part: string): { file: string; table: string; key: string } => ({ file: this.store.path, table: "studies", key: `${row.id}.${part}` });
    return {
      id: row.id,
      created: row.created,
      spec: parseStored(row.specJson!, schemas.spec, where("spec")),
      result: row.resultJson === null ? null : parseStored(row.resultJson, schemas.result, where("result")),
    };
  }

  /**
   * A saved study's result as the JSON text stored, in UTF-8 bytes, neither parsed nor decoded: a
   * large result is passed on as it is (the API answers with it); undefined when there is no study.
   */
  loadJson(id: number): Promise<StoredStudyJson | undefined> {
    return this.read<Uint8Array>(id, false).then((row) => (row === undefined ? undefined : { id: row.id, created: row.created, resultJson: row.resultJson }));
  }

  /** A study's row: with its spec and result as text (`withSpec`), or its result alone as UTF-8 bytes. */
  private read<Result extends string | Uint8Array>(id: number, withSpec: boolean): Promise<StudyRow<Result> | undefined> {
    if (!Number.isSafeInteger(id)) return Promise.resolve(undefined);
    return this.store.exclusive(async (connection) => {
      const r = await connection.runAndReadAll(
        `SELECT id, strftime(created, '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS created, ${withSpec ? "spec::VARCHAR" : "NULL"} AS spec,
                ${withSpec ? "result::VARCHAR" : "encode(result::VARCHAR)"} AS result
         FROM studies WHERE id = $id`,
        { id: BigInt(id) },
      );
      const row = r.getRowObjectsJS()[0];
      if (row === undefined) return undefined;
      return {
        id: Number(row["id"]),
        created: row["created"] as string,
        ...(withSpec ? { specJson: row["spec"] as string } : {}),
        resultJson: row["result"] as Result | null,
      };
    });
  }
}

/** A Date as DuckDB TIMESTAMP text in UTC ("2025-02-17 09:30:00.123"). */
function timestampText(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}
