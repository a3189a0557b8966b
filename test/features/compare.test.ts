import { loadCorpus } from "../../src/corpus/index";
import type { Corpus } from "../../src/corpus/types";
import { loadLexicon } from "../../src/lexicon/index";
import type { Lexicon } from "../../src/lexicon/types";
import { compare } from "../../src/features/compare";
import { BUNDLED } from "../helpers";

describe("compare on the bundled corpus", () => {
  let corpus: Corpus, lexicon: Lexicon;
  beforeAll(async () => {
    corpus = await loadCorpus(BUNDLED);
    lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
  });

  it("returns every feature, each tagged, parsing each article once", () => {
    const c = compare(corpus, lexicon, { iterations: 200, divergence: { permutations: 99 } });
    expect(c.articles).toHaveLength(5);
    expect([c.labelChoice!.kind, c.labelDivergence!.kind, c.distinctiveTerms.kind, c.transliterationVariants.kind, c.sentiment.articles.kind, c.sentiment.outlets.kind, c.sentiment.toward.kind, c.sentiment.arc.kind, c.divergence.kind])
      .toEqual(["label-choice", "label-divergence", "distinctive-terms", "transliteration-variants", "sentiment-articles", "sentiment-outlets", "sentiment-toward", "sentiment-arc", "divergence"]);
    expect([c.emphasis.frames.kind, c.emphasis.positions.kind, c.emphasis.placement.kind, c.emphasis.salience.kind, c.coverage.claims.kind, c.coverage.omissions.kind, c.coverage.sharedWording.kind])
      .toEqual(["frame-attention", "mention-positions", "placement", "actor-salience", "coverage-claims", "coverage-omissions", "coverage-shared-wording"]);
    const families = new Set(c.divergence.rows.map((r) => r.family));
    expect([...families].sort()).toEqual(["combined", "coverage", "emphasis", "labels", "sentiment", "terms", "voice"]);
    expect([c.voice.quotes.kind, c.voice.speakers.kind, c.voice.outlets.kind]).toEqual(["quote-table", "voice-speakers", "voice-outlets"]);
    const tass = c.labelChoice!.rows.filter((r) => r.outlet === "tass" && r.concept === "conflict");
    expect(tass.find((r) => r.label === "special military operation")!.count).toBeGreaterThan(0);
    expect(tass.find((r) => r.label === "invasion")!.share).toBe(0);
    expect(c.lexicon).toEqual({ name: lexicon.name, version: lexicon.version, hash: lexicon.hash });
  });

  it("gives the same output for the same seed", () => {
    const opts = { iterations: 100, divergence: { permutations: 49 } };
    const strip = (c: ReturnType<typeof compare>) => JSON.stringify({ ...c, parsed: undefined });
    expect(strip(compare(corpus, lexicon, opts))).toBe(strip(compare(corpus, lexicon, opts)));
  });

  it("runs without a lexicon and says what was skipped", () => {
    const c = compare(corpus, undefined, { iterations: 100 });
    expect(c.labelChoice).toBeNull();
    expect(c.warnings.map((w) => w.code)).toContain("no-lexicon");
    expect(c.distinctiveTerms.rows.length).toBeGreaterThan(0);
  });
});
