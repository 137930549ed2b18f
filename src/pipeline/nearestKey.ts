import { distance } from "fastest-levenshtein";

/**
 * The valid key closest to a mistyped one by edit distance (case ignored), when it is within a third
 * of the key's length (at least 2 edits): "estimaton" → "estimation", "colum" → "column".
 */
export function nearestKey(key: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of valid) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** "unknown key "x"", with the nearest valid key when there is one, else the valid keys. */
export function unknownKeyMessage(key: string, valid: readonly string[]): string {
  const near = nearestKey(key, valid);
  return near === undefined ? `unknown key "${key}" (valid keys: ${valid.join(", ")})` : `unknown key "${key}": did you mean "${near}"?`;
}
