import fc from "fast-check";

/** One damage a careless edit, a cut transfer or a hostile sender does to a text. */
type Mutation =
  | { readonly kind: "cut"; readonly at: number }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "duplicate-line"; readonly line: number }
  | { readonly kind: "blank-line"; readonly line: number }
  | { readonly kind: "swap-lines"; readonly line: number };

const NASTY = [
  "",
  ",",
  '"',
  "\n",
  "\r",
  "\r\n",
  " ",
  "\t",
  "\u0000",
  "\uFEFF",
  "é",
  "-",
  ".",
  "e",
  "E9",
  "0",
  "NaN",
  "Infinity",
  "1e999",
  "00000000000000000000000000001",
  "<",
  ">",
  "]]>",
  "<item>",
  "</div>",
  "&amp;",
  "2025-02-31",
  "99999999",
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("blank-line" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines" as const), line: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = (n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
  const lines = text.split("\n");
  const line = (n: number): number => n % Math.max(1, lines.length);
  switch (m.kind) {
    case "cut":
      return text.slice(0, at(m.at));
    case "delete":
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case "insert":
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case "duplicate-line": {
      const k = line(m.line);
      return [...lines.slice(0, k + 1), lines[k]!, ...lines.slice(k + 1)].join("\n");
    }
    case "blank-line": {
      const k = line(m.line);
      return [...lines.slice(0, k), "", ...lines.slice(k)].join("\n");
    }
    case "swap-lines": {
      const k = line(m.line);
      if (k + 1 >= lines.length) return text;
      return [...lines.slice(0, k), lines[k + 1]!, lines[k]!, ...lines.slice(k + 2)].join("\n");
    }
  }
}

/** Up to `max` mutations of a text. */
export function mutated(base: string, max = 3): fc.Arbitrary<string> {
  return fc.array(mutation, { minLength: 1, maxLength: max }).map((ms) => ms.reduce(mutate, base));
}
