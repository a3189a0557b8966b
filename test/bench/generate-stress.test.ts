import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stressRecords, writeStress, zipfSampler, type StressOptions } from "../../bench/generate-stress";
import { mulberry32 } from "../../bench/generate-corpus";
import { readArticles } from "../../src/corpus/index";

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "framediff-stress-test-")); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

const write = async (name: string, options: StressOptions) => {
  const file = join(dir, name);
  const summary = await writeStress(file, Object.freeze({ ...options }));
  return { file, summary, bytes: readFileSync(file) };
};

describe("issue 8: stress generator", () => {
  test("same seed, same bytes; another seed, other bytes", async () => {
    const options = { articles: 150, outlets: 40, words: 80, seed: 3 };
    const a = await write("a.jsonl", options), b = await write("b.jsonl", options);
    const c = await write("c.jsonl", { ...options, seed: 4 });
    expect(a.bytes.length).toBeGreaterThan(0);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.bytes.equals(c.bytes)).toBe(false);
  });

  test("--megabytes stops at the first line that reaches the size, and the summary counts what was written", async () => {
    const { file, summary, bytes } = await write("mb.jsonl", { megabytes: 0.3, outlets: 30, words: 200, seed: 5 });
    const lines = bytes.toString("utf8").split("\n");
    expect(lines.pop()).toBe(""); // every line ends with "\n"
    const lastLength = Buffer.byteLength(lines[lines.length - 1]) + 1;
    expect(statSync(file).size).toBe(summary.bytes);
    expect(summary.bytes).toBeGreaterThanOrEqual(300_000);
    expect(summary.bytes - lastLength).toBeLessThan(300_000);
    expect(summary.articles).toBe(lines.length);
  });

  test("every line is a valid article for framediff, with unique ids, ISO dates and some without event", async () => {
    const { file, bytes, summary } = await write("valid.jsonl", { articles: 1000, outlets: 50, words: 40, seed: 6 });
    const records = bytes.toString("utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(new Set(records.map((r) => r.id)).size).toBe(1000);
    for (const r of records) {
      expect(Object.keys(r).filter((k) => k !== "event")).toEqual(["id", "outlet", "date", "title", "text"]);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/);
    }
    const withoutEvent = records.filter((r) => !("event" in r)).length;
    expect(withoutEvent).toBe(summary.withoutEvent);
    // 10% of 1000 without event: binomial sd ≈ 9.5, so 5 sd either side.
    expect(withoutEvent).toBeGreaterThan(50);
    expect(withoutEvent).toBeLessThan(150);
    let valid = 0, skipped = 0;
    for await (const item of readArticles(file, { onInvalid: "skip" })) { if (item.article) valid++; else skipped++; }
    expect([valid, skipped]).toEqual([1000, 0]);
  });

  test("article counts per outlet are Zipf-like: every outlet present, a big head, a tail of one or two", () => {
    // 1000 articles, 300 outlets, s = 1.5: one each, then 700 by Zipf with H(300, 1.5) ≈ 2.49,
    // so the top outlet expects 1 + 700/2.49 ≈ 282 and outlet k ≥ 40 expects under 1 + 700/(2.49·253) ≈ 2.1.
    const counts = new Map<string, number>();
    for (const r of stressRecords({ articles: 1000, outlets: 300, words: 5, seed: 7 })) counts.set(r.outlet, (counts.get(r.outlet) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBe(300);
    expect(sorted[0]).toBeGreaterThan(200);
    expect(counts.get("tass")).toBe(sorted[0]);
    expect(sorted.filter((n) => n <= 2).length).toBeGreaterThan(150);
  });

  test("zipfSampler follows P(k) ∝ 1/(k+1)^s", () => {
    // n = 3, s = 1: P = (1, 1/2, 1/3) / (11/6) = 6/11, 3/11, 2/11.
    const draw = zipfSampler(3, 1, mulberry32(1));
    const seen = [0, 0, 0];
    for (let i = 0; i < 110_000; i++) seen[draw()]++;
    expect(seen[0] / 110_000).toBeCloseTo(6 / 11, 2);
    expect(seen[1] / 110_000).toBeCloseTo(3 / 11, 2);
    expect(seen[2] / 110_000).toBeCloseTo(2 / 11, 2);
  });

  test("the text carries each real-news phenomenon of issue 8", async () => {
    const { bytes } = await write("phenomena.jsonl", { articles: 400, outlets: 20, words: 100, seed: 2 });
    const records = bytes.toString("utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { title: string; text: string });
    const texts = records.map((r) => r.text);
    const some = (re: RegExp) => texts.some((t) => re.test(t));
    const phenomena: [string, RegExp][] = [
      ["cannot before punctuation", /\bcannot[.!]/], ["won't", /\bwon't\b/], ["y'all", /\b[Yy]['’]all\b/],
      ["straight possessive", /\w's\b/], ["curly possessive", /\w’s\b/], ["em dash", /—/], ["en dash", /–/], ["U+2015 dateline", /^[A-Z]+ ― /],
      ["ZWJ emoji", /\p{Extended_Pictographic}\u200D\p{Extended_Pictographic}/u], ["URL", /https?:\/\//], ["e-mail", /\w@\w+\.\w/],
      ["currency", /[$€£¥₽]\d/], ["unit", /\d ?(km|°C|%)/], ["all-caps sentence", /\b[A-Z]{3,} [A-Z]{3,} [A-Z]{3,}\b/],
      ["Cyrillic", /\p{Script=Cyrillic}/u], ["Arabic", /\p{Script=Arabic}/u], ["CJK", /\p{Script=Han}/u],
      ["RTL mark", /[\u200F\u202B]/], ["zero-width space", /\u200B/], ["nested quotes", /[«“‘].*[„“"'].*[”“»’]/],
      ["empty paragraph", /\n\s*\n\s*\n/], ["very long sentence", /[^.!?]{2000}/],
    ];
    const missing = phenomena.filter(([, re]) => !some(re)).map(([name]) => name);
    expect(missing).toEqual([]);
    expect(records.some((r) => r.title.length > 10 && r.title === r.title.toUpperCase())).toBe(true);
    expect(texts.some((t) => !/\s/.test(t.trim()))).toBe(true); // one-word article
    expect(texts.some((t) => !/[\p{L}\p{N}]/u.test(t))).toBe(true); // punctuation only
    // Never half of a surrogate pair.
    expect(texts.some((t) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t))).toBe(false);
  });
});
