import { actorSalience, frameAttention, mentionPositions, placementByOutlet } from "../../src/features/emphasis/index";
import { loadLexicon, parseLexicon } from "../../src/lexicon/index";
import { profileEmphasis, type EmphasisProfile } from "../../src/profile/emphasis";
import type { ArticleProfile } from "../../src/profile/types";
import type { QuotedArticle } from "../../src/quotes/quote-article";
import { article, BUNDLED, parseQuoted } from "../helpers";
import { describePartContract } from "./part-checks";

const lexicon = loadLexicon(`${BUNDLED}/lexicon.yaml`);
const frames = [...lexicon.frames.map((f) => f.id), "absent-frame"];
const part = (q: QuotedArticle, lex = lexicon): EmphasisProfile => profileEmphasis(q, { lexicon: lex, options: {} });

/** Every emphasis result, as JSON, under the default and another section setting. */
function results(ps: readonly ArticleProfile[]): string {
  const bySections = [{}, { leadSentences: 1, minWords: 0 }].map((o) => [frameAttention(ps, frames, o), mentionPositions(ps, o), placementByOutlet(ps, o)]);
  return JSON.stringify([bySections, actorSalience(ps)]);
}

/** The part's facts checked against the parse itself: word tokens per sentence, headline flags, and every mention in order. */
function expectFaithful(p: EmphasisProfile, q: QuotedArticle): void {
  const words = new Array<number>(q.sentences.text.length).fill(0);
  q.tokens.type.forEach((t, i) => { if (t === "word") words[q.tokens.sentence[i]]++; });
  expect([...p.words]).toEqual(words);
  expect([...p.headline].map(Boolean)).toEqual(q.sentences.headline);
  const targets = [...p.actors.map((k) => `actor:${k}`), ...p.concepts.map((k) => `concept:${k}`), ...p.frames.map((k) => `frame:${k}`)];
  expect(targets).toEqual([...new Set(q.mentions.kind.map((k, i) => `${k}:${q.mentions.key[i]}`))].sort());
  expect([...p.mentionTarget].map((t, m) => [targets[t], p.mentionSentence[m]])).toEqual(q.mentions.kind.map((k, i) => [`${k}:${q.mentions.key[i]}`, q.mentions.sentence[i]]));
}

describe("emphasis part (hand computed)", () => {
  const lex = parseLexicon(`actors:
  Lavrov: [Lavrov]
  Kuleba: [Kuleba]
frames:
  humanitarian: [humanitarian, civilians]
`);
  it("keeps word counts, headline flags, sorted targets and every mention as (target, sentence) in order", () => {
    const q = parseQuoted(article({ id: "a", outlet: "o", title: "Lavrov speaks", text: "20220310\nKuleba met Lavrov today. Aid for civilians was late." }), lex);
    const p = part(q, lex);
    // sentences: "Lavrov speaks" (title), "20220310" (no word), "Kuleba met Lavrov today." (4), "Aid for civilians was late." (5)
    expect([...p.words]).toEqual([2, 0, 4, 5]);
    expect([...p.headline]).toEqual([1, 0, 0, 0]);
    expect([p.actors, p.concepts, p.frames]).toEqual([["Kuleba", "Lavrov"], [], ["humanitarian"]]);
    // Lavrov (1) in 0, Kuleba (0) in 2, Lavrov in 2, humanitarian (2) in 3
    expect([...p.mentionTarget]).toEqual([1, 0, 1, 2]);
    expect([...p.mentionSentence]).toEqual([0, 2, 2, 3]);
  });
});

describePartContract({ family: "emphasis", lexicon, part: (q) => part(q), faithful: expectFaithful, results, seeds: [13, 14] });
