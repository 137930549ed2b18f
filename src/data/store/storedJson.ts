import type { z } from "zod";
import { StoreError } from "./storeError.js";

/**
 * A JSON document of the store parsed with the schema of what it holds. A document that does not fit
 * (written by another version of aftershock, or edited by hand) is a StoreError `unreadable-record`
 * naming the table, the row and the first field at fault, never a value of the wrong type.
 */
export function parseStored<T>(json: string, schema: z.ZodType<T>, where: { readonly file: string; readonly table: string; readonly key: string }): T {
  const parsed = schema.safeParse(JSON.parse(json));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join(".");
  const path = `${where.table}/${where.key}${field === "" ? "" : `.${field}`}`;
  throw new StoreError("unreadable-record", where.file, `the store ${where.file}: ${path} does not have the shape this aftershock reads (${issue.message})`, {
    path,
    details: { table: where.table, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) },
  });
}
