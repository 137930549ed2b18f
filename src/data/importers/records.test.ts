import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../calendar/days.js";
import { InputError } from "../inputError.js";
import { decimalAt, firstRecords, forEachRecord, forEachRow, isSimpleCsv, numberCell, unterminatedLastLine, wrongWidth } from "./records.js";

function records(text: string): [number, string[]][] {
  const out: [number, string[]][] = [];
  forEachRecord(text, "mem", (cells, line) => {
    out.push([line, [...cells]]);
  });
  return out;
}

describe("forEachRecord", () => {
  it("splits plain CSV fast, skipping blank lines, keeping physical line numbers and raw cells", () => {
    const text = "\uFEFFdate,a\r\n2020-01-02, 0700 \r\n\r\n   \n2020-01-03,\n";
    expect(isSimpleCsv(text)).toBe(true);
    expect(records(text)).toEqual([
      [1, ["date", "a"]],
      [2, ["2020-01-02", " 0700 "]],
      [5, ["2020-01-03", ""]],
    ]);
  });

  it("falls back to csv-parse when quotes appear, with the same results and lines", () => {
    const text = 'date,a\n2020-01-02,"1,5"\n\n"2020-01-03","x\ny"\n2020-01-06,7\n';
    expect(isSimpleCsv(text)).toBe(false);
    expect(records(text)).toEqual([
      [1, ["date", "a"]],
      [2, ["2020-01-02", "1,5"]],
      [4, ["2020-01-03", "x\ny"]],
      [6, ["2020-01-06", "7"]],
    ]);
    expect(isSimpleCsv("a\rb")).toBe(false);
    expect(records("a,b\r1,2\r")).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
    ]);
  });

  it("gives the same records either way", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.stringMatching(/^[a-z0-9. -]{0,6}$/), { minLength: 1, maxLength: 4 }), { maxLength: 8 }), (rows) => {
        const plain = rows.map((r) => r.join(",")).join("\n");
        const quoted = `${rows.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n")}\n`;
        const norm = (rs: [number, string[]][]) => rs.filter(([, c]) => !(c.length === 1 && c[0]!.trim() === ""));
        expect(norm(records(quoted))).toEqual(norm(records(plain)));
      }),
    );
  });

  it("can stop early, and reports malformed quoting as an InputError with a line", () => {
    let n = 0;
    forEachRecord("a\nb\nc\n", "mem", () => ++n < 2);
    expect(n).toBe(2);
    expect(() => records('a,b\n1,"2\n')).toThrow(InputError);
    expect(() => records('a,b\n1,"2\n')).toThrow(/^mem:\d+: malformed CSV/);
  });

  it("firstRecords reads only the start of a big text", () => {
    const text = `h\n${"1\n".repeat(100_000)}`;
    expect(firstRecords(text, "mem", 2)).toEqual([
      { cells: ["h"], line: 1 },
      { cells: ["1"], line: 2 },
    ]);
  });
});

describe("Row", () => {
  it("reads numbers, ISO dates, timestamps and compares cells in place", () => {
    const seen: unknown[] = [];
    forEachRow("AAL,2013-02-08,15.07,,2020-07-27 04:00:00+00:00,1e3\n", "mem", (row) => {
      seen.push(row.is(0, "AAL"), row.is(0, "AA"), row.day(1, "date"), row.num(2, "x"), row.num(3, "x"), row.day(4, "d"), row.num(5, "x"));
    });
    expect(seen).toEqual([true, false, dayNumber("2013-02-08"), 15.07, Number.NaN, dayNumber("2020-07-27"), 1000]);
  });

  it("names line and field for bad numbers and dates", () => {
    const bad = (text: string, read: (r: Parameters<Parameters<typeof forEachRow>[2]>[0]) => unknown) => {
      try {
        forEachRow(text, "mem", read);
      } catch (e) {
        return (e as Error).message;
      }
      return "no error";
    };
    expect(bad("x\n2020-02-30,1\n", (r) => (r.line === 2 ? r.day(0, "date") : 0))).toBe('mem:2: field "date": "2020-02-30" is not a calendar date');
    expect(bad("x\n1,abc\n", (r) => (r.line === 2 ? r.num(1, "close") : 0))).toMatch(/^mem:2: field "close": "abc" is not a number/);
    expect(bad('x\n1,"abc"\n', (r) => (r.line === 2 ? r.num(1, "close") : 0))).toMatch(/^mem:2: field "close": "abc" is not a number/);
  });
});

describe("decimalAt", () => {
  it("reads plain decimals exactly as Number() does", () => {
    for (const t of ["0", "-0", "15.07", "+3.25", ".5", "5.", "0.1", "0.3", "123456789012345", "9007199254740.991", "35.25091171264"]) {
      expect(decimalAt(t, 0, t.length), t).toBe(Number(t));
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.integer({ min: 0, max: 12 }), fc.boolean(), (m, k, neg) => {
        const digits = String(m).padStart(k + 1, "0");
        const t = `${neg ? "-" : ""}${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
        expect(decimalAt(t, 0, t.length)).toBe(Number(t));
      }),
    );
  });

  it("leaves everything else to the full reader", () => {
    for (const t of ["", "-", ".", "1e5", " 1", "1 ", "1.2.3", "abc", "0x10", "12345678901234567890", "NA"]) {
      expect(decimalAt(t, 0, t.length), t).toBeUndefined();
    }
    expect(numberCell(" 1e5 ", "mem", 1, "x")).toBe(100000);
    expect(numberCell("NA", "mem", 1, "x")).toBeNaN();
    expect(numberCell("35.250911712646484", "mem", 1, "x")).toBe(35.250911712646484);
  });

  it("reads a number with 23 or more decimals as its value, not as missing", () => {
    for (const t of ["0.00000000000000000000001", "1.00000000000000000000000", "-0.0000000000000000000000000000042", "12.5000000000000000000000000"]) {
      expect(decimalAt(t, 0, t.length), t).toBeUndefined();
      expect(numberCell(t, "mem", 1, "x"), t).toBe(Number(t));
    }
    const seen: number[] = [];
    forEachRow("date,close\n2025-02-17,1.00000000000000000000000\n", "mem", (r) => {
      if (r.line === 2) seen.push(r.num(1, "close"));
    });
    expect(seen).toEqual([1]);
  });
});

describe("wrongWidth", () => {
  it("words a short last line without a line end as a truncated file", () => {
    expect(unterminatedLastLine("a\nb")).toBe(2);
    expect(unterminatedLastLine("a\nb\n")).toBe(-1);
    const header = ["date", "open", "close"];
    expect(() => wrongWidth("f.csv", 2, ["2020-01-02", "1"], header, "h\n2020-01-02,1")).toThrow(
      'f.csv:2: field "close": missing: the row has 2 fields, the header 3 (truncated file? the last line has no line end)',
    );
    expect(() => wrongWidth("f.csv", 2, ["2020-01-02", "1"], header, "h\n2020-01-02,1\nmore\n")).toThrow(
      'f.csv:2: field "close": missing: the row has 2 fields, the header 3 (truncated row?)',
    );
    expect(() => wrongWidth("f.csv", 2, ["a", "b", "c", "d"], header, "")).toThrow(/^f.csv:2: the row has 4 fields, the header only 3/);
  });
});
