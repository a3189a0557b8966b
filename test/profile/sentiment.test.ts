import { sentimentArc, sentimentByArticle, sentimentByOutlet, sentimentToward } from "../../src/features/sentiment/index";
import { loadLexicon } from "../../src/lexicon/index";
import { profileSentiment, type SentimentProfile } from "../../src/profile/sentiment";
import type { ArticleProfile } from "../../src/profile/types";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { BUNDLED, fakeParsed } from "../helpers";
import { describePartContract } from "./part-checks";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
const part = (q: QuotedArticle): SentimentProfile => profileSentiment(q, { lexicon, options: {} });

/** Every sentiment result, as JSON (few replicates: the point is sameness, not precision). */
function results(ps: readonly ArticleProfile[]): string {
  const o = { iterations: 60 };
  return JSON.stringify([
    sentimentByArticle(ps, o), sentimentByArticle(ps, { ...o, includeHeadline: false }), sentimentByOutlet(ps, o),
    sentimentToward(ps, o), sentimentToward(ps, { ...o, includeHeadline: false }), sentimentArc(ps, { ...o, bins: 4 }),
  ]);
}

/** The part's facts checked against the parse itself: scores, headline flags, and the sentences naming each target. */
function expectFaithful(p: SentimentProfile, q: QuotedArticle): void {
  expect([...p.scores]).toEqual(q.sentences.sentiment);
  expect([...p.headline].map(Boolean)).toEqual(q.sentences.headline);
  const targets = [...p.actors.map((k) => `actor:${k}`), ...p.concepts.map((k) => `concept:${k}`)];
  const expected = new Map<string, Set<number>>();
  q.mentions.kind.forEach((k, i) => {
    if (k === "frame") return;
    const id = `${k}:${q.mentions.key[i]}`;
    (expected.get(id) ?? expected.set(id, new Set()).get(id)!).add(q.mentions.sentence[i]);
  });
  expect(targets).toEqual([...expected.keys()].sort());
  expect(p.targetStart).toHaveLength(targets.length + 1);
  targets.forEach((id, t) => expect([...p.targetSentences.subarray(p.targetStart[t], p.targetStart[t + 1])]).toEqual([...expected.get(id)!].sort((a, b) => a - b)));
  // one mention-level entry per actor or concept mention, in text order, with a score in [-1, 1]
  const kept = q.mentions.kind.flatMap((k, i) => (k === "frame" ? [] : [i]));
  expect([...p.mentionTarget].map((t) => targets[t])).toEqual(kept.map((i) => `${q.mentions.kind[i]}:${q.mentions.key[i]}`));
  expect([...p.mentionSentence]).toEqual(kept.map((i) => q.mentions.sentence[i]));
  expect([...p.mentionScore].every((x) => x >= -1 && x <= 1)).toBe(true);
}

describe("sentiment part (hand computed)", () => {
  it("keeps scores, headline flags, and each named target's sentences once, ascending", () => {
    const q = fakeParsed({ id: "a", outlet: "o", scores: [0.5, -0.2, 0, 0.04], headline: 1, mentions: [
      ["actor", "Lavrov", "Lavrov", 2], ["concept", "war", "war", 1], ["actor", "Kuleba", "Kuleba", 3], ["actor", "Lavrov", "Lavrov", 0], ["actor", "Lavrov", "Lavrov", 2], ["frame", "military", "troops", 1],
    ] });
    const p = part(q);
    expect(p.scores).toStrictEqual(new Float64Array([0.5, -0.2, 0, 0.04]));
    expect(p.headline).toStrictEqual(new Uint8Array([1, 0, 0, 0]));
    expect([p.actors, p.concepts]).toEqual([["Kuleba", "Lavrov"], ["war"]]);
    // Kuleba: [3]; Lavrov: [0, 2]; war: [1]; the frame is not a sentiment target
    expect([...p.targetStart]).toEqual([0, 1, 3, 4]);
    expect([...p.targetSentences]).toEqual([3, 0, 2, 1]);
    // mentions in text order, the frame left out; no tokens in a fake parse, so no words to score
    expect([...p.mentionTarget]).toEqual([1, 2, 0, 1, 1]);
    expect([...p.mentionSentence]).toEqual([2, 1, 3, 0, 2]);
    expect(p.mentionScore).toStrictEqual(new Float64Array(5));
  });
});

describePartContract({ family: "sentiment", lexicon, part, faithful: expectFaithful, results, seeds: [11, 12] });
