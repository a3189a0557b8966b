import { serialize } from "node:v8";
import { divergence } from "../../src/features/divergence/divergence";
import { loadLexicon } from "../../src/lexicon/index";
import { profileDivergence, type DivergenceProfile } from "../../src/profile/divergence";
import { profileArticle } from "../../src/profile/profile-article";
import { termCounts } from "../../src/profile/terms";
import type { ArticleProfile } from "../../src/profile/types";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { BUNDLED, fakeParsed, fakeQuotes } from "../helpers";
import { describePartContract } from "./part-checks";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
const part = (q: QuotedArticle): DivergenceProfile => profileDivergence(q, { lexicon, options: {} });

/** Divergence results under several option sets, as JSON (few replicates: the point is sameness). */
function results(ps: readonly ArticleProfile[]): string {
  const o = { iterations: 40, permutations: 49 };
  const claims = new Map(ps.map((p) => [p.id, [`c${p.id.charCodeAt(p.id.length - 1) % 3}`, `c${p.id.length % 4}`]])); // from the id, not the position
  return JSON.stringify([
    divergence(ps, lexicon, { ...o, claims }), divergence(ps, undefined, { ...o, sequentialH: 0 }),
    divergence(ps, lexicon, { ...o, includeHeadline: false, voice: { includeScare: true, includeHeadline: false } }),
  ]);
}

/** The part's facts checked against the parse itself. */
function expectFaithful(p: DivergenceProfile, q: QuotedArticle): void {
  const counts = termCounts(q, { ngrams: [1] });
  expect(p.terms).toEqual([...counts.keys()].sort());
  expect([...p.termCounts]).toEqual(p.terms.map((t) => counts.get(t)));
  expect([...p.scores]).toEqual(q.sentences.sentiment);
  expect([...p.headline].map(Boolean)).toEqual(q.sentences.headline);
  // Own voice (issue 11 finding 6): a concept mention no direct or scare quote covers, checked by a plain scan.
  const quoted = (i: number) => q.quotes.kind.some((k, j) => k !== "indirect" && q.quotes.start[j] <= q.mentions.start[i] && q.mentions.end[i] <= q.quotes.end[j]);
  const concepts = q.mentions.kind.flatMap((k, i) => (k === "concept" && !quoted(i) ? [`${q.mentions.key[i]}\u0000${q.mentions.label[i]}`] : []));
  const pairs = p.concepts.flatMap((c, k) => new Array<string>(p.labelsPer[k]).fill(c)).map((c, j) => `${c}\u0000${p.labels[j]}`);
  expect(pairs).toEqual([...new Set(concepts)].sort());
  expect([...p.labelCounts].reduce((s, x) => s + x, 0)).toBe(concepts.length);
  const words = q.quotes.words.reduce((s, w, i) => s + (q.quotes.parent[i] === -1 && q.quotes.speakerResolved[i] ? w : 0), 0);
  expect([...p.speakerWords].reduce((s, x) => s + x, 0)).toBe(words);
}

describe("divergence part (hand computed)", () => {
  const q = (speaker: string, words: number, kind: "direct" | "scare" = "direct") => ({ kind, speaker, words });
  const quotes = fakeQuotes([q("Lavrov", 30), q("Kuleba", 10), q("unresolved", 50), q("Lavrov", 4, "scare"), q("Kuleba", 7)]);
  const a = fakeParsed({ id: "a", outlet: "tass", scores: [0.5, -0.25, 0.125], headline: 1, quotes, mentions: [
    ["concept", "conflict", "smo", 0], ["concept", "conflict", "invasion", 2], ["concept", "conflict", "smo", 1], ["frame", "military", "troops", 1], ["frame", "military", "army", 1], ["frame", "humanitarian", "aid", 2],
  ] });
  const p = part(a);
  it("keeps label counts per (concept, label), frames with the sentences carrying them, scores with headline flags", () => {
    expect([p.concepts, [...p.labelsPer], p.labels, [...p.labelCounts]]).toEqual([["conflict"], [2], ["invasion", "smo"], [1, 2]]);
    // military: two cues in sentence 1 count one sentence
    expect([p.frames, [...p.frameSentences]]).toEqual([["humanitarian", "military"], [1, 1]]);
    expect(p.scores).toStrictEqual(new Float64Array([0.5, -0.25, 0.125]));
    expect(p.headline).toStrictEqual(new Uint8Array([1, 0, 0]));
  });
  it("keeps resolved speakers' words in four buckets (scare +2, headline +1), the unresolved left out", () => {
    // fakeQuotes puts every quote in sentence 0, the headline here: Kuleba 10 + 7 headline speech; Lavrov 30 headline speech, 4 headline scare
    expect(p.speakers).toEqual(["Kuleba", "Lavrov"]);
    expect([...p.speakerWords]).toEqual([0, 17, 0, 0, 0, 30, 0, 4]);
  });
  it("lets the voice options choose buckets at the reduce: includeScare adds Lavrov's scare quote, includeHeadline false drops them all", () => {
    const b = fakeParsed({ id: "b", outlet: "yahoo", scores: [0], quotes: fakeQuotes([q("Kuleba", 20)]) });
    const voice = (o: object) => divergence([a, b].map((x) => profileArticle(x)), undefined, { iterations: 20, voice: o }).rows.find((r) => r.family === "voice" && r.scope === "pooled")!.value;
    const jsd2 = (P: number[], Q: number[]) => P.reduce((s, _, k) => { const m = (P[k] + Q[k]) / 2; return s + (P[k] > 0 ? 0.5 * P[k] * Math.log2(P[k] / m) : 0) + (Q[k] > 0 ? 0.5 * Q[k] * Math.log2(Q[k] / m) : 0); }, 0);
    // speakers (Kuleba, Lavrov): tass (17, 30)/47 or (17, 34)/51; yahoo (1, 0)
    expect(voice({})).toBeCloseTo(jsd2([17 / 47, 30 / 47], [1, 0]), 12);
    expect(voice({ includeScare: true })).toBeCloseTo(jsd2([17 / 51, 34 / 51], [1, 0]), 12);
    expect(voice({ includeHeadline: false })).toBeNull();
  });
});

describePartContract({
  family: "divergence", lexicon, part, faithful: expectFaithful, results, seeds: [11, 12],
  size: {
    title: "is smaller than the text over the corpus, and per article once the lexicon's names are left out (v8.serialize bytes vs UTF-8 bytes)",
    check: (profiles, quoted) => {
      // A short article can name many lexicon concepts, labels and frames (the 2 KB article 002 names 14 concepts):
      // those names are bounded by the lexicon, not by the article, so the per-article bound leaves them out.
      const text = (i: number) => Buffer.byteLength(quoted[i].text, "utf8");
      profiles.forEach((p, i) => {
        const { concepts, labels, frames, speakers, ...counts } = p.divergence;
        void concepts; void labels; void frames; void speakers;
        expect(serialize(counts).length).toBeLessThan(text(i));
      });
      const total = profiles.reduce((n, p) => n + serialize(p.divergence).length, 0);
      expect(total).toBeLessThan(quoted.reduce((n, _, i) => n + text(i), 0));
    },
  },
});
