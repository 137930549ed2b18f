import { describe, expect, it } from "vitest";
import { openStore } from "../../src/data/store/index.js";
import { readStoredStudyJson, storedStudyJson } from "../../src/pipeline/storedStudy.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("a stored study's answer as bytes", () => {
  it("puts the id and creation time before the study's own fields, characters beyond ASCII kept", () => {
    const joined = storedStudyJson(7, "2025-02-18T09:30:00.123Z", utf8('{"headline":"百度 −6.94 % · HK","result":[1,null]}'));
    expect(JSON.parse(new TextDecoder().decode(joined))).toEqual({
      id: 7,
      createdAt: "2025-02-18T09:30:00.123Z",
      headline: "百度 −6.94 % · HK",
      result: [1, null],
    });
    expect(() => storedStudyJson(7, "2025-02-18T09:30:00.123Z", utf8("{}"))).toThrow(TypeError);
    expect(() => storedStudyJson(7, "2025-02-18T09:30:00.123Z", utf8("[1]"))).toThrow(TypeError);
  });

  it("comes back from the store as it was saved, undefined for a study that is not there", async () => {
    const store = await openStore(":memory:");
    try {
      const study = utf8('{"headline":"Absent fell 6.94 % (百度)"}');
      const created = new Date("2025-02-18T09:30:00.123Z");
      const id = await store.studies.saveJson({ event: {} }, study, created);
      const bytes = await readStoredStudyJson(store, id);
      expect(new TextDecoder().decode(bytes)).toBe(`{"id":${id},"createdAt":"2025-02-18T09:30:00.123Z","headline":"Absent fell 6.94 % (百度)"}`);
      expect(await readStoredStudyJson(store, id + 1)).toBeUndefined();
    } finally {
      store.close();
    }
  });
});
