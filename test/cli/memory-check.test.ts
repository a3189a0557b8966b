import { BYTES_PER_ARTICLE_REDUCED, BYTES_PER_CORPUS_BYTE_MAPPED, BYTES_PER_TEXT_BYTE, mapMemoryProblem, memoryProblem, reduceMemoryProblem } from "../../src/cli/memory-check";
import { formatProblem } from "../../src/errors";

describe("issue 9: analyze refuses a corpus that will not fit in memory, up front and saying what to do", () => {
  it("passes a corpus whose estimate fits the heap limit", () => {
    // 50 bytes per text byte: 38 MB of text needs 1.9 GB
    expect(BYTES_PER_TEXT_BYTE).toBe(50);
    expect(memoryProblem("c.jsonl", 10_000, 38e6, 2e9)).toBeUndefined();
  });

  it("names the corpus, the need, the limit and a flag value that would fit", () => {
    // 48 MB of text needs 2.4 GB > 2.0 GB; 2.4 × 1.25 = 3.0 GB → --max-old-space-size=3000
    const p = memoryProblem("big.jsonl", 100_000, 48e6, 2e9)!;
    expect(p.code).toBe("corpus-too-large-for-memory");
    const line = formatProblem(p);
    expect(line).toContain("big.jsonl");
    expect(line).toContain("100000 articles (48 MB of text)");
    expect(line).toContain("needs about 2.4 GB of memory, more than the 2.0 GB");
    expect(line).toContain("NODE_OPTIONS=--max-old-space-size=3000");
    expect(line.split("\n")).toHaveLength(1);
  });
});

describe("issue 10: reduce refuses a store whose profiles will not fit in memory, up front and saying what to do", () => {
  it("passes 10,000 articles in a 2.1 GB heap (200 kB an article: 2.0 GB) and refuses 100,000 with the flag that would fit", () => {
    expect(BYTES_PER_ARTICLE_REDUCED).toBe(200_000);
    expect(reduceMemoryProblem("store", 10_000, 2.1e9)).toBeUndefined();
    // 100,000 × 200 kB = 20 GB > 4.3 GB; 20 × 1.25 = 25 GB → --max-old-space-size=25000
    const line = formatProblem(reduceMemoryProblem("store", 100_000, 4.3e9)!);
    expect(line).toBe("store: reducing 100000 articles' profiles in one run needs about 20.0 GB of memory, more than the 4.3 GB this Node.js process may use Fix: give Node.js more memory if the machine has it (NODE_OPTIONS=--max-old-space-size=25000 framediff reduce …), or reduce the corpus in parts (by period or outlet).");
  });
});

describe("issue 10: map refuses a shard too large for memory, and says how many shards would fit", () => {
  it("passes a 39.4 MB corpus in one shard (0.39 GB at 10 bytes a byte) and refuses 4 GB in 2 shards of a 4.3 GB heap", () => {
    expect(BYTES_PER_CORPUS_BYTE_MAPPED).toBe(10);
    expect(mapMemoryProblem("c.jsonl", 39.4e6, 1, 4.3e9)).toBeUndefined();
    // 4e9 / 2 × 10 = 20 GB > 4.3 GB; all shards: 40 GB / (0.8 × 4.3 GB) = 11.6 → N ≥ 12; 20 × 1.25 = 25 GB
    const line = formatProblem(mapMemoryProblem("big.jsonl", 4e9, 2, 4.3e9)!);
    expect(line).toBe("big.jsonl: one of 2 shards of this 4.0 GB corpus needs about 20.0 GB of memory to profile, more than the 4.3 GB this Node.js process may use Fix: cut the corpus into more shards (--shard I/N or --shards N with N ≥ 12), or give Node.js more memory (NODE_OPTIONS=--max-old-space-size=25000).");
    expect(mapMemoryProblem("big.jsonl", 4e9, 12, 4.3e9)).toBeUndefined();
  });
});
