import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { contextAround } from "../../src/kwic/context";
import { inflections } from "../../src/kwic/inflect";
import { sentenceEnds } from "../../src/kwic/sentences";
import { createSpillSorter } from "../../src/kwic/spill-sort";

describe("sentenceEnds", () => {
  it("splits at terminal punctuation, not after abbreviations, initials, decimals or before lower case", () => {
    const t = "Mr. Lavrov met J. Smith at 3.5 p.m. today. “Really?” she asked. It went on… and on! Yes";
    // hand-counted offsets: "…today." ends at 42, "“Really?” she asked." at 63 ("? ” she" goes on in lower case), "on!" at 83
    expect(sentenceEnds(t)).toEqual([42, 63, 83, t.length]);
  });

  it("ends a sentence at a line break unless the next line goes on in lower case; a blank line always", () => {
    expect(sentenceEnds("Headline without a stop\nLavrov said\nthat it failed\n\nnext")).toEqual([23, 50, 56]);
  });
});

describe("contextAround", () => {
  it("takes window words each side, as single spaces, within the sentence", () => {
    const t = "One two\nthree four five. Six";
    expect(contextAround(t, 0, 24, 14, 18, 2)).toEqual({ left: "two three", right: "five." });
  });

  it("cuts a side past its character budget and marks it with …", () => {
    const long = "x".repeat(1000);
    const t = `${long} Kyiv ${long}`;
    const r = contextAround(t, 0, t.length, 1001, 1005, 1);
    expect(r.left.startsWith("…")).toBe(true);
    expect(r.right.endsWith("…")).toBe(true);
    expect(r.left.length).toBeLessThan(1000);
  });
});

describe("inflections", () => {
  it("gives regular and listed irregular forms", () => {
    expect(inflections("talk")).toEqual(expect.arrayContaining(["talks", "talked", "talking"]));
    expect(inflections("stop")).toEqual(expect.arrayContaining(["stopped", "stopping"]));
    expect(inflections("country")).toEqual(expect.arrayContaining(["countries"]));
    expect(inflections("say")).toEqual(expect.arrayContaining(["said", "says"]));
    expect(inflections("u.s")).toEqual([]);
  });
});

describe("createSpillSorter", () => {
  it("sorts more rows than it holds through run files, the same for any input order, and removes the runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "fd-spill-"));
    fc.assert(fc.property(fc.array(fc.tuple(fc.string(), fc.integer()), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (rows, max) => {
      const cmp = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);
      const s = createSpillSorter(cmp, max, dir);
      for (const r of rows) s.add(r);
      const got = [...s.drain()];
      expect(got).toEqual(rows.slice().sort(cmp));
      expect(readdirSync(dir)).toEqual([]);
    }), { numRuns: 100 });
  });
});
