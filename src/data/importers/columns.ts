/**
 * Column roles of bar files (date, security, open, high, low, close, adj close, volume) and the
 * header each column-mapped format accepts.
 */
import { InputError } from "../inputError.js";

export type Role = "date" | "security" | "open" | "high" | "low" | "close" | "adjClose" | "volume";

/** Header names (lower case, trimmed) each role is known by. */
export const ROLE_ALIASES: Readonly<Record<Role, readonly string[]>> = {
  date: ["date", "datetime", "timestamp", "day"],
  security: ["security", "ticker", "symbol", "name", "id"],
  open: ["open"],
  high: ["high"],
  low: ["low"],
  close: ["close", "price", "value"],
  adjClose: ["adj close", "adj_close", "adjclose", "adjusted close", "adjusted_close"],
  volume: ["volume"],
};

/** What a column-mapped format expects of its header. */
export interface HeaderSpec {
  /** Roles that must be present. */
  readonly required: readonly Role[];
  /** Roles that may be present. */
  readonly optional: readonly Role[];
  /** Aliases to use instead of {@link ROLE_ALIASES} for some roles. */
  readonly aliases?: Partial<Record<Role, readonly string[]>>;
  /** Refuse columns that are not one of the roles (a fixed layout) rather than ignore them. */
  readonly strict: boolean;
  /** How to describe the expected header in messages. */
  readonly describe: string;
}

/** Column index per role, -1 when absent. */
export type ColumnMap = Record<Role, number>;

/** The role a header name stands for under a spec, if any. */
function roleOf(name: string, spec: HeaderSpec): Role | undefined {
  const key = name.trim().toLowerCase();
  for (const role of [...spec.required, ...spec.optional]) {
    const aliases = spec.aliases?.[role] ?? ROLE_ALIASES[role];
    if (aliases.includes(key)) return role;
  }
  return undefined;
}

/**
 * Map a header to roles. Throws an {@link InputError} (on the header `line`, if it has one, naming the field) for a
 * column given twice, a column a strict format does not have, or a required column missing.
 */
export function mapColumns(
  header: readonly string[],
  spec: HeaderSpec,
  format: string,
  source: string,
  line: number | undefined,
): ColumnMap {
  const map: ColumnMap = { date: -1, security: -1, open: -1, high: -1, low: -1, close: -1, adjClose: -1, volume: -1 };
  const expect = `format ${format} expects ${spec.describe}`;
  header.forEach((raw, col) => {
    const name = raw.trim();
    const role = roleOf(name, spec);
    if (role === undefined) {
      if (spec.strict) throw new InputError({ file: source, line, field: name }, `unexpected column: ${expect}`);
      return;
    }
    if (map[role] >= 0) {
      throw new InputError(
        { file: source, line, field: name },
        `a second ${role} column (columns ${map[role] + 1} and ${col + 1}): ${expect}`,
      );
    }
    map[role] = col;
  });
  for (const role of spec.required) {
    if (map[role] >= 0) continue;
    // Adjusted close stands in for close where a format takes either.
    if (role === "close" && map.adjClose >= 0) continue;
    const names = (spec.aliases?.[role] ?? ROLE_ALIASES[role]).map((a) => JSON.stringify(a)).join(" or ");
    const list = header.map((h) => JSON.stringify(h.trim())).join(", ");
    throw new InputError({ file: source, line, field: role }, `no ${names} column: ${expect}; the header has ${list}`);
  }
  return map;
}
