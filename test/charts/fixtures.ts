/**
 * Hand-built, deeply frozen feature results for the chart tests: three
 * outlets (alpha, beta, gamma), small enough to check by eye.
 */
import { COVERAGE_DEFAULTS, type CoverageClaims, type CoverageOmissions } from "../../src/features/coverage/index";
import type { DivergenceParams, DivergenceRow } from "../../src/features/divergence/divergence";
import { SECTION_DEFAULTS, type FrameAttentionParams, type FrameAttentionRow, type PositionRow, type SalienceRow } from "../../src/features/emphasis/index";
import { featureResult, type FeatureResult } from "../../src/features/result";
import { SENTIMENT_DEFAULTS, type ArcParams, type ArcRow, type OutletSentimentRow, type ResolvedSentimentOptions, type TowardParams, type TowardRow } from "../../src/features/sentiment/index";
import { distinctiveOptions } from "../../src/features/terminology/options";
import type { DistinctiveParams, DistinctiveTermRow } from "../../src/features/terminology/distinctive";
import type { LabelChoiceParams, LabelChoiceRow } from "../../src/features/terminology/labels";
import { VOICE_DEFAULTS, type OutletVoiceRow, type SpeakerVoiceRow, type VoiceParams } from "../../src/features/voice/index";

export function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object") {
    for (const v of Object.values(x as Record<string, unknown>)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

export const OUTLETS = Object.freeze(["alpha", "beta", "gamma"]);
export const LABELS = Object.freeze({ alpha: "Alpha Daily", beta: "Beta News", gamma: "Gamma Wire" });

const iv = (estimate: number, lower: number, upper: number) => ({ estimate, lower, upper });

export const sentimentOutlets: FeatureResult<"sentiment-outlets", ResolvedSentimentOptions, OutletSentimentRow> = deepFreeze(featureResult("sentiment-outlets", { ...SENTIMENT_DEFAULTS }, [
  { outlet: "alpha", articleIds: ["a1", "a2"], articles: 2, sentences: 40, mean: iv(0.1, 0.02, 0.2), negative: iv(0.2, 0.1, 0.3), neutral: iv(0.5, 0.4, 0.6), positive: iv(0.3, 0.2, 0.4), resample: "clusters-then-items" },
  { outlet: "beta", articleIds: ["b1"], articles: 1, sentences: 20, mean: iv(-0.05, -0.15, 0.04), negative: iv(0.4, 0.3, 0.5), neutral: iv(0.4, 0.3, 0.5), positive: iv(0.2, 0.1, 0.3), resample: "clusters-then-items" },
  { outlet: "gamma", articleIds: ["g1"], articles: 1, sentences: 10, mean: iv(0.02, -0.1, 0.12), negative: iv(0.3, 0.2, 0.4), neutral: iv(0.4, 0.3, 0.5), positive: iv(0.3, 0.2, 0.4), resample: "clusters-then-items" },
]));

// mention tone in the fixture: half the sentence tone (exact in floating point), one more mention than sentences
const toward = (target: string, outlet: string, sentences: number, mean: ReturnType<typeof iv> | null): TowardRow => ({
  kind: "actor", target, outlet, articleIds: sentences ? [`${outlet[0]}1`] : [],
  mentions: sentences ? sentences + 1 : 0, mentionTone: mean && iv(mean.estimate / 2, mean.lower / 2, mean.upper / 2), sentences, sentenceTone: mean, resample: mean ? "clusters-then-items" : null,
});
export const sentimentToward: FeatureResult<"sentiment-toward", TowardParams, TowardRow> = deepFreeze(featureResult("sentiment-toward", { ...SENTIMENT_DEFAULTS, targets: ["actor:Kuleba", "actor:Lavrov"] }, [
  toward("Kuleba", "alpha", 3, iv(-0.2, -0.4, 0)), toward("Kuleba", "beta", 0, null), toward("Kuleba", "gamma", 2, iv(0.1, 0, 0.2)),
  toward("Lavrov", "alpha", 8, iv(0.3, 0.1, 0.5)), toward("Lavrov", "beta", 5, iv(-0.1, -0.3, 0.1)), toward("Lavrov", "gamma", 4, iv(0, -0.1, 0.1)),
]));

const arc = (outlet: string, bin: number, mean: ReturnType<typeof iv> | null): ArcRow => ({ outlet, bin, from: bin / 2, to: (bin + 1) / 2, sentences: mean ? 5 : 0, articleIds: mean ? [`${outlet[0]}1`] : [], mean, resample: mean ? "clusters-then-items" : null });
const { includeHeadline: _h, ...arcOpts } = SENTIMENT_DEFAULTS;
export const sentimentArc: FeatureResult<"sentiment-arc", ArcParams, ArcRow> = deepFreeze(featureResult("sentiment-arc", { ...arcOpts, bins: 2 }, [
  arc("alpha", 0, iv(0.1, 0, 0.2)), arc("alpha", 1, iv(-0.1, -0.2, 0)),
  arc("beta", 0, iv(0.05, -0.05, 0.15)), arc("beta", 1, null),
  arc("gamma", 0, iv(0, -0.1, 0.1)), arc("gamma", 1, iv(0.2, 0.1, 0.3)),
]));

const lc = (outlet: string, label: string, count: number, total: number): LabelChoiceRow => ({ event: "(all)", concept: "capital", outlet, label, count, total, share: total ? count / total : null, voice: "own", articleIds: count ? [`${outlet[0]}1`] : [] });
export const labelChoice: FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow> = deepFreeze(featureResult("label-choice", {
  lexicon: { name: "test", version: "1", hash: "h" }, concepts: [{ id: "capital", labels: ["Kyiv", "Kiev", "Kyjiw"] }], byEvent: false, voices: ["own", "direct", "scare"], labelVoice: "own",
}, [
  lc("alpha", "Kyiv", 3, 4), lc("alpha", "Kiev", 1, 4), lc("alpha", "Kyjiw", 0, 4),
  lc("beta", "Kyiv", 0, 2), lc("beta", "Kiev", 2, 2), lc("beta", "Kyjiw", 0, 2),
  lc("gamma", "Kyiv", 0, 0), lc("gamma", "Kiev", 0, 0), lc("gamma", "Kyjiw", 0, 0),
]));

const term = (target: string, t: string, z: number, ct: number, cr: number): DistinctiveTermRow => ({
  target, reference: "(rest)", term: t, n: t.includes(" ") ? 2 : 1, countTarget: ct, countReference: cr, delta: z / 2, sigma: 0.5, z, G2: z * z, p: 0.05,
  articleIds: ct ? [`${target[0]}1`] : [], referenceArticles: cr ? 1 : 0, referenceArticleIds: cr ? ["x1"] : [],
});
const { pairs: _p, alpha0: _a, ...distOpts } = distinctiveOptions({});
export const distinctive: FeatureResult<"distinctive-terms", DistinctiveParams, DistinctiveTermRow> = deepFreeze(featureResult("distinctive-terms", {
  ...distOpts, alpha0: null,
  comparisons: OUTLETS.map((o) => ({ target: o, reference: "(rest)", n: 1 as const, totalTarget: 100, totalReference: 200, alpha0: 50, articleIdsTarget: [`${o[0]}1`], articleIdsReference: ["x1"] })),
}, [
  term("alpha", "kiev", 2.5, 6, 0), term("alpha", "special operation", 2.1, 4, 0), term("alpha", "war", -2.2, 0, 7), term("alpha", "say", 0.3, 10, 18),
  term("beta", "kyiv", 2.8, 7, 0), term("beta", "invasion", 1.2, 3, 1), term("beta", "operation", -1.9, 0, 6),
  term("gamma", "ceasefire", 1.5, 4, 2), term("gamma", "talks", -0.8, 1, 6),
]));

const fa = (outlet: string, frame: string, section: FrameAttentionRow["section"], share: number | null): FrameAttentionRow => ({
  outlet, frame, section, sentenceShare: share, tokenShare: share === null ? null : share * 1.1, cuesPer1000: share === null ? null : share * 40,
  sentences: share === null ? 0 : 10, sentencesWithFrame: share === null ? 0 : Math.round(share * 10), articleIds: share ? [`${outlet[0]}1`] : [],
});
export const frameAttention: FeatureResult<"frame-attention", FrameAttentionParams, FrameAttentionRow> = deepFreeze(featureResult("frame-attention", { ...SECTION_DEFAULTS, frames: ["humanitarian", "military"] },
  OUTLETS.flatMap((o, i) => ["humanitarian", "military"].flatMap((fr, j) => (["all", "headline"] as const).map((sec) => fa(o, fr, sec, sec === "headline" && o === "gamma" ? null : (i + 1) * (j + 1) / 10))))));

const pos = (outlet: string, articleId: string, key: string, placement: PositionRow["placement"], firstPosition: number | null): PositionRow => ({ outlet, event: "e", articleId, kind: "actor", key, mentions: 2, placement, firstPosition, spread: 0 });
export const positions: FeatureResult<"mention-positions", Required<typeof SECTION_DEFAULTS>, PositionRow> = deepFreeze(featureResult("mention-positions", { ...SECTION_DEFAULTS }, [
  pos("alpha", "a1", "Lavrov", "headline", 0), pos("alpha", "a1", "Kuleba", "lead", 0.1), pos("alpha", "a1", "NATO", "body", 0.5),
  pos("beta", "b1", "Lavrov", "lead", 0.2), pos("beta", "b1", "NATO", "body", 0.4),
  pos("gamma", "g1", "Lavrov", "body", 0.8), pos("gamma", "g1", "Kuleba", "lead", 0),
]));

const sal = (outlet: string, actor: string, mentions: number): SalienceRow => ({ outlet, actor, mentions, per1000Words: mentions * 2, sentenceShare: mentions / 50, meanFirstRank: mentions ? 1 : null, articlesMentioning: mentions ? 1 : 0, articleIds: mentions ? [`${outlet[0]}1`] : [] });
export const salience: FeatureResult<"actor-salience", Record<string, never>, SalienceRow> = deepFreeze(featureResult("actor-salience", {}, [
  sal("alpha", "Kuleba", 2), sal("alpha", "Lavrov", 6), sal("beta", "Kuleba", 0), sal("beta", "Lavrov", 4), sal("gamma", "Kuleba", 3), sal("gamma", "Lavrov", 0),
]));

const voiceParams: VoiceParams = { ...VOICE_DEFAULTS, lexicon: null, extraction: null };
const sp = (outlet: string, speaker: string, words: number, total: number): SpeakerVoiceRow => ({
  event: "(all)", outlet, speaker, speakerResolved: speaker !== "unresolved", articleIds: [`${outlet[0]}1`], quotes: 2, directQuotes: 1, indirectQuotes: 1,
  words, directWords: words / 2, indirectWords: words / 2, share: words / total, directShare: 0.5, indirectShare: 0.5, quoteShare: 0.5, neutral: 2, assertive: 0, distancing: 0, noVerb: 0,
});
export const voiceSpeakers: FeatureResult<"voice-speakers", VoiceParams, SpeakerVoiceRow> = deepFreeze(featureResult("voice-speakers", voiceParams, [
  sp("alpha", "Lavrov", 60, 100), sp("alpha", "Kuleba", 30, 100), sp("alpha", "unresolved", 10, 100),
  sp("beta", "Kuleba", 40, 50), sp("beta", "a spokesman", 10, 50),
]));

const vo = (outlet: string, quotes: number, words: number, direct: number, st: [number, number, number, number]): OutletVoiceRow => ({
  event: "(all)", outlet, articleIds: [`${outlet[0]}1`], articles: 1, quotes, directQuotes: Math.ceil(quotes / 2), indirectQuotes: Math.floor(quotes / 2),
  words, directWords: direct, indirectWords: words - direct, directShare: words ? direct / words : null, unresolvedShare: words ? 0.1 : null, speakers: 2,
  scareQuotes: 0, scareWords: 0, unclosedQuotes: 0, neutral: st[0], assertive: st[1], distancing: st[2], noVerb: st[3],
  neutralShare: quotes ? st[0] / quotes : null, assertiveShare: quotes ? st[1] / quotes : null, distancingShare: quotes ? st[2] / quotes : null, noVerbShare: quotes ? st[3] / quotes : null,
});
export const voiceOutlets: FeatureResult<"voice-outlets", VoiceParams, OutletVoiceRow> = deepFreeze(featureResult("voice-outlets", voiceParams, [
  vo("alpha", 10, 100, 70, [6, 2, 1, 1]), vo("beta", 4, 50, 10, [2, 0, 2, 0]), vo("gamma", 0, 0, 0, [0, 0, 0, 0]),
]));

const cell = (outlet: string, sentence: number, text: string) => ({ outlet, articleId: `${outlet[0]}1`, sentence, text, headline: false, fit: 0.4 });
const claim = (id: string, text: string, cells: ReturnType<typeof cell>[]) => {
  const outlets = [...new Set(cells.map((c) => c.outlet))].sort();
  return { claim: id, event: "e", text, representative: { articleId: cells[0].articleId, sentence: cells[0].sentence }, outlets, nOutlets: outlets.length, eventOutlets: 3, share: outlets.length / 3, unique: outlets.length === 1, wordings: cells.length, cohesion: 0.4, articleIds: outlets.map((o) => `${o[0]}1`), cells };
};
const claimParams = { ...COVERAGE_DEFAULTS, method: "test", lexicon: null, events: [{ event: "e", outlets: [...OUTLETS], articles: OUTLETS.map((o) => ({ id: `${o[0]}1`, outlet: o })) }] };
export const claims: CoverageClaims = deepFreeze(featureResult("coverage-claims", claimParams, [
  claim("c1", "Talks ended without a ceasefire.", [cell("alpha", 1, "The talks ended without a ceasefire."), cell("beta", 2, "No ceasefire was agreed.")]),
  claim("c2", "Only alpha says this.", [cell("alpha", 3, "Only alpha says this.")]),
  claim("c3", "All three report the meeting in Antalya.", [cell("alpha", 0, "They met in Antalya."), cell("beta", 0, "The ministers met in Antalya."), cell("gamma", 0, "Antalya hosted the meeting.")]),
  claim("c10", "Beta and gamma mention the hospital.", [cell("beta", 4, "A hospital was hit."), cell("gamma", 2, "The hospital was struck.")]),
]));

export const omissions: CoverageOmissions = deepFreeze(featureResult("coverage-omissions", { ...claimParams, minShare: 0.5, minCarriers: 2 }, [
  { outlet: "alpha", event: "e", rank: 1, claim: "c10", text: "Beta and gamma mention the hospital.", carriedBy: ["beta", "gamma"], carriers: 2, otherOutlets: 2, share: 1, articleIds: ["a1"], carrierArticleIds: ["b1", "g1"] },
  { outlet: "gamma", event: "e", rank: 1, claim: "c1", text: "Talks ended without a ceasefire.", carriedBy: ["alpha", "beta"], carriers: 2, otherOutlets: 2, share: 1, articleIds: ["g1"], carrierArticleIds: ["a1", "b1"] },
]));

const dv = (family: DivergenceRow["family"], a: string, b: string, value: number | null, extra: Partial<DivergenceRow> = {}): DivergenceRow => ({
  family, scope: "pooled", event: null, outletA: a, outletB: b, value, lower: null, upper: null, interval: null, p: null, pHolm: null, pBH: null, test: "not tested", permutations: null, note: value === null ? "undefined" : null,
  articlesA: null, articlesB: null, nA: 1, nB: 1, events: null, ...extra,
});
// combined distances of three points on a line at 0, 0.3 and 0.5: alpha–beta 0.3, alpha–gamma 0.5, beta–gamma 0.2
export const divergence: FeatureResult<"divergence", DivergenceParams, DivergenceRow> = deepFreeze(featureResult("divergence", {
  termSmoothing: 0.01, terms: { ngrams: [1] }, includeHeadline: true, iterations: 100, permutations: 99, sequentialH: 10, minArticlesPerOutlet: 2, minRelabellings: 20, level: 0.95, seed: 1, maxOutlets: 100, maxEventRows: 100_000, lexicon: null,
} as DivergenceParams, [
  dv("terms", "alpha", "beta", 0.4), dv("terms", "alpha", "gamma", 0.5), dv("terms", "beta", "gamma", null),
  dv("sentiment", "alpha", "beta", 0.15, { lower: 0.05, upper: 0.25 }), dv("sentiment", "alpha", "gamma", 0.08, { lower: -0.02, upper: 0.18 }), dv("sentiment", "beta", "gamma", -0.07, { lower: -0.17, upper: 0.03 }),
  dv("combined", "alpha", "beta", 0.3), dv("combined", "alpha", "gamma", 0.5), dv("combined", "beta", "gamma", 0.2),
]));
