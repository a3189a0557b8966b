import { BYTES_PER_TEXT_BYTE, memoryProblem } from "../../src/cli/memory-check";
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
