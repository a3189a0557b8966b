import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { main } from "../../../src/cli/main";
import { distinctiveOptions } from "../../../src/features/terminology/options";
import { distinctiveTerms, pairedDistinctiveTerms, REST } from "../../../src/features/terminology/index";
import { checkStopWords, isStopTerm, SNOWBALL_ENGLISH, stopWordSet } from "../../../src/features/terminology/stop-words";
import { article, profiled } from "../../helpers";

const profiles = Object.freeze([
  profiled(article({ id: "a1", outlet: "a", event: "e", text: "Kiev Kiev war." })),
  profiled(article({ id: "b1", outlet: "b", event: "e", text: "Kyiv war war." })),
]);

describe("issue 12: no stop-word option for distinctive terms", () => {
  it("drops the listed words and computes every other z without them (hand-computed)", () => {
    const r = distinctiveTerms(profiles, { ngrams: [1], alpha0: 4, stopWords: ["War"] });
    expect(r.rows.some((x) => x.term === "war")).toBe(false);
    // left: a {kiev: 2}, b {kyiv: 1}; background {kiev: 2, kyiv: 1}, α₀ = 4, so α_kiev = 8/3 (Monroe et al. 2008, eqs. 16–22).
    // kiev, a (n = 2) vs rest (n = 1): δ = ln((2+8/3)/(2+4−2−8/3)) − ln((0+8/3)/(1+4−0−8/3)) = ln(7/2) − ln(8/7) = ln(49/16);
    // σ² = 1/(2+8/3) + 1/(0+8/3) = 3/14 + 3/8
    const kiev = r.rows.find((x) => x.target === "a" && x.reference === REST && x.term === "kiev")!;
    expect(kiev.delta).toBeCloseTo(Math.log(49 / 16), 12);
    expect(kiev.z).toBeCloseTo(Math.log(49 / 16) / Math.sqrt(3 / 14 + 3 / 8), 12);
    const a = r.params.comparisons.find((c) => c.target === "a")!;
    expect([a.totalTarget, a.totalReference]).toEqual([2, 1]);
    expect(r.params.stopWords).toEqual(["war"]);
    // without the list, "war" counts and kiev's z changes
    const full = distinctiveTerms(profiles, { ngrams: [1], alpha0: 4 });
    expect(full.rows.find((x) => x.target === "a" && x.term === "kiev")!.z).not.toBeCloseTo(kiev.z, 3);
    expect(full.params.stopWords).toBeNull();
  });
  it("drops bigrams with a listed word, and applies to paired terms too", () => {
    const r = distinctiveTerms(profiles, { ngrams: [2], stopWords: ["war"] });
    expect(r.rows.every((x) => !x.term.split(" ").includes("war"))).toBe(true);
    const p = pairedDistinctiveTerms(profiles, { stopWords: "english" });
    expect(p.params.stopWords).toBe("english");
    const q = pairedDistinctiveTerms(profiles, { ngrams: [1], stopWords: ["war"] });
    expect(q.rows.some((x) => x.term === "war")).toBe(false);
  });
  it("ships the Snowball English list and matches terms lower-cased, bigrams on either word", () => {
    expect(SNOWBALL_ENGLISH).toHaveLength(174);
    expect(SNOWBALL_ENGLISH).toEqual(expect.arrayContaining(["the", "be", "have", "would", "don't"]));
    expect(SNOWBALL_ENGLISH).not.toContain("say");
    const s = stopWordSet("english")!;
    expect([isStopTerm("The", s), isStopTerm("kiev the", s), isStopTerm("the kiev", s), isStopTerm("kiev war", s)]).toEqual([true, true, true, false]);
  });
  it("defaults to none and names the option on bad input", () => {
    expect(distinctiveOptions({}).stopWords).toBeNull();
    expect(() => checkStopWords("german")).toThrow('invalid stopWords: "german" (use "english", a list of words, or null for none)');
    expect(() => checkStopWords(["ok", "two words"])).toThrow('invalid stopWords: entry 2 ("two words") is not one word (give one word per entry)');
  });
  it("never keeps a listed word, whatever the list (property)", () => {
    fc.assert(fc.property(fc.subarray(["kiev", "kyiv", "war"]), (stop) => {
      const r = distinctiveTerms(profiles, { ngrams: [1, 2], stopWords: stop });
      for (const x of r.rows) for (const w of x.term.split(" ")) expect(stop).not.toContain(w);
    }), { numRuns: 8 });
  });
});

describe("issue 12: --stop-words on the command line", () => {
  const run = async (...argv: string[]) => { let out = "", err = ""; const code = await main(argv, (s) => { out += s; }, (s) => { err += s; }); return { code, out, err }; };
  const dir = mkdtempSync(join(tmpdir(), "fd-stop-"));
  const corpus = join(dir, "c.jsonl");
  writeFileSync(corpus, [{ id: "a", outlet: "tass", text: "Lavrov spoke in Kiev about the war." }, { id: "b", outlet: "yahoo", text: "Kuleba spoke in Kyiv about the war." }].map((x) => JSON.stringify(x)).join("\n") + "\n");
  it("rejects a missing file and a line of two words with a one-line usage error (exit 2)", async () => {
    const r = await run("analyze", corpus, "--stop-words", join(dir, "nope.txt"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invalid --stop-words ".*nope\.txt": no such readable file \(use english, or a file of one word a line\)/);
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "# mine\nsay\ntwo words\n");
    const b = await run("analyze", corpus, "--stop-words", bad);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/invalid --stop-words ".*bad\.txt" line 3: "two words" is not one word/);
  });
  it("drops the file's words from distinctive terms and records them in run.json", async () => {
    const list = join(dir, "stop.txt");
    writeFileSync(list, "# domain words\nSpeak\n\nwar\n");
    const out = join(dir, "out");
    const r = await run("analyze", corpus, "--stop-words", list, "--out", out, "--no-figures", "--iterations", "20", "--no-store", "--quiet");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const runJson = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(runJson.parameters.stopWords).toEqual(["speak", "war"]);
    const csv = readFileSync(join(out, "tables", "distinctive-terms.csv"), "utf8");
    expect(csv).not.toMatch(/,war,|,speak,/);
    expect(csv).toMatch(/kiev/);
  }, 120_000);
  it("lists the flag in the help", async () => {
    expect((await run("analyze", "--help")).out).toMatch(/--stop-words W\s+Drop these words/);
  });
});
