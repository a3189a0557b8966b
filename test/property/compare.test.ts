import fc from "fast-check";
import { compare, type CompareOptions } from "../../src/features/compare";
import { pointValues, resampledValues, violations } from "./invariants";
import { corpus, LEXICON, shuffled } from "./news-text";

// Few resamples keep each compare fast; the invariants do not depend on their number.
const OPTIONS: CompareOptions = { seed: 7, iterations: 50, divergence: { permutations: 19 } };
const RUNS = { seed: 42, numRuns: 30 };

const input = fc.record({ corpus: corpus(), lexicon: fc.boolean(), order: fc.integer({ min: 1, max: 2 ** 31 - 1 }) });

describe("property: compare on hostile corpora (issue 8)", () => {
  it("never throws, and every feature keeps its invariants, with and without a lexicon", () => {
    fc.assert(fc.property(input, ({ corpus: c, lexicon }) => {
      const r = compare(c, lexicon ? LEXICON : undefined, OPTIONS);
      // compare's fault barrier skips an article that throws: a skipped article is a crash found
      const bad = [...r.skipped.flatMap((s) => s.problems.map((p) => `skipped: ${p.message}`)), ...violations(r)];
      if (bad.length > 0) throw new Error(`${bad.length} violations:\n${bad.slice(0, 10).join("\n")}`);
    }), RUNS);
  });

  it("same input, same output; shuffling the articles changes nothing (point estimates, intervals, p-values)", () => {
    fc.assert(fc.property(input, ({ corpus: c, lexicon, order }) => {
      const lex = lexicon ? LEXICON : undefined;
      const a = compare(c, lex, OPTIONS);
      expect(JSON.stringify(compare(c, lex, OPTIONS))).toBe(JSON.stringify(a));
      const b = compare(shuffled(c, order), lex, OPTIONS);
      expect(pointValues(b)).toEqual(pointValues(a)); // the clearer message first
      expect(resampledValues(b)).toEqual(resampledValues(a));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }), { ...RUNS, numRuns: 10 });
  });
});
