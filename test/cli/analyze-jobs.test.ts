import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMatchedCorpus } from "../../bench/bench-machine";
import { analyze } from "../../src/cli/analyze";
import { BUNDLED } from "../helpers";

const quiet = { write: () => undefined };
const tmp = () => mkdtempSync(join(tmpdir(), "fd-jobs-"));

/** Every table file's bytes, by name. */
function tables(out: string): Map<string, Buffer> {
  return new Map(readdirSync(join(out, "tables")).sort().map((f) => [f, readFileSync(join(out, "tables", f))]));
}

/** The lines of a JSONL file in a seeded random order (Fisher–Yates with an LCG): the same articles, read in another order. */
function shuffledCopy(from: string, to: string, seed: number): void {
  const lines = readFileSync(from, "utf8").split("\n").filter((l) => l.length > 0);
  let s = seed >>> 0;
  for (let i = lines.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  writeFileSync(to, lines.join("\n") + "\n");
}

describe("issue 9: the same tables for any --jobs and any input order", () => {
  // 36 generated articles from the bundled sentences: 12 events × 3 outlets, matched stories
  const dir = tmp();
  const corpus = join(dir, "matched.jsonl");
  const shuffled = join(dir, "shuffled.jsonl");
  writeMatchedCorpus(corpus, 36, 150);
  shuffledCopy(corpus, shuffled, 7);
  const lexicon = join(BUNDLED, "lexicon.yaml");
  const run = async (path: string, jobs: number) => {
    const out = join(dir, `out-${jobs}-${path === corpus ? "a" : "b"}`);
    await analyze(path, { out, noFigures: true, iterations: 200, lexicon, jobs }, quiet);
    return out;
  };
  let one: Map<string, Buffer>;
  beforeAll(async () => { one = tables(await run(corpus, 1)); }, 120_000);

  it("writes the tables it should (guards against comparing two empty folders)", () => {
    expect([...one.keys()]).toEqual(expect.arrayContaining(["divergence.csv", "sentiment-outlets.csv", "label-choice.csv", "coverage-claims.csv", "voice-speakers.csv"]));
    expect(one.get("divergence.csv")!.toString("utf8").split("\n").length).toBeGreaterThan(10);
  });

  it("--jobs 2 (two worker threads) writes byte-identical tables to --jobs 1", async () => {
    const two = tables(await run(corpus, 2));
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [name, bytes] of one) expect({ name, same: two.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  }, 120_000);

  it("the same articles in another order, on two workers, give byte-identical tables", async () => {
    const other = tables(await run(shuffled, 2));
    expect([...other.keys()]).toEqual([...one.keys()]);
    for (const [name, bytes] of one) expect({ name, same: other.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  }, 120_000);

  it("records the jobs it ran with in run.json", async () => {
    const out = join(dir, "out-1-a");
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).parameters.jobs).toBe(1);
  });
});
