import type { Lexicon } from "../../lexicon/types";
import type { QuotedArticle } from "../../quotes/quote-article";
import { eventOf } from "../groups";
import { termCounts, type TermOptions } from "../terminology/term-counts";
import { voiceOptions, type VoiceOptions } from "../voice/options";
import { countsAsVoice } from "../voice/quotes";

/**
 * What the divergence measures need of one article, as dense-id arrays so a
 * permutation test can re-pool articles thousands of times cheaply.
 */
export interface ArticleProfile {
  readonly id: string;
  readonly outlet: string;
  readonly event: string;
  /** Term ids (into `Profiles.vocabulary`) and their counts. */
  readonly termIds: Int32Array;
  readonly termCounts: Float64Array;
  /** Per concept (index into `Profiles.concepts`), counts of each label. */
  readonly labelCounts: readonly Float64Array[];
  /** Sentence sentiment scores. */
  readonly scores: readonly number[];
  /** Per frame (index into `Profiles.frames`), sentences carrying at least one of its cues. */
  readonly frameSentences: Float64Array;
  /** Per speaker (index into `Profiles.speakers`), words quoted (direct + indirect, as voice counts them). */
  readonly speakerWords: Float64Array;
  /** Claim ids (indices into `Profiles.claims`) the article carries; empty without a coverage result. */
  readonly claims: Int32Array;
}

export interface Profiles {
  /** Every term of the corpus, sorted. */
  readonly vocabulary: readonly string[];
  /** Concepts and their labels: the lexicon's, else those the mentions show (sorted). */
  readonly concepts: readonly { readonly id: string; readonly labels: readonly string[] }[];
  /** Frames: the lexicon's, else those the mentions show (sorted). */
  readonly frames: readonly string[];
  /** Resolved speakers quoted anywhere in the corpus, sorted ("unresolved" left out). */
  readonly speakers: readonly string[];
  /** Claim ids given by the caller (coverage), sorted. */
  readonly claims: readonly string[];
  readonly articles: readonly ArticleProfile[];
}

export interface ProfileOptions {
  lexicon?: Lexicon;
  terms?: TermOptions;
  includeHeadline?: boolean;
  /** Article id → the claim ids it carries (from coverage), for the coverage family. */
  claims?: ReadonlyMap<string, readonly string[]>;
  /** Which quotes count as voice (see voice-options). */
  voice?: VoiceOptions;
}

/** Builds the profiles of every article from its parse (no re-parsing). */
export function profileArticles(parsed: readonly QuotedArticle[], options: ProfileOptions = {}): Profiles {
  const counts = parsed.map((p) => termCounts(p, options.terms));
  const vocabulary = [...new Set(counts.flatMap((c) => [...c.keys()]))].sort();
  const termIndex = new Map(vocabulary.map((t, i) => [t, i]));

  const concepts = options.lexicon
    ? options.lexicon.concepts.map((c) => ({ id: c.id, labels: c.labels.map((l) => l.label) }))
    : conceptsFromMentions(parsed);
  const conceptIndex = new Map(concepts.map((c, i) => [c.id, { i, labels: new Map(c.labels.map((l, k) => [l, k])) }]));

  const frames = options.lexicon
    ? options.lexicon.frames.map((f) => f.id)
    : [...new Set(parsed.flatMap((p) => p.mentions.key.filter((_, m) => p.mentions.kind[m] === "frame")))].sort();
  const frameIndex = new Map(frames.map((f, i) => [f, i]));
  const vo = voiceOptions(options.voice);
  const voiced = parsed.map((p) => p.quotes.speaker.map((_, i) => i).filter((i) => countsAsVoice(p, i, vo) && p.quotes.speakerResolved[i]));
  const speakers = [...new Set(parsed.flatMap((p, a) => voiced[a].map((i) => p.quotes.speaker[i])))].sort();
  const speakerIndex = new Map(speakers.map((x, i) => [x, i]));
  const claims = [...new Set([...(options.claims?.values() ?? [])].flat())].sort();
  const claimIndex = new Map(claims.map((c, i) => [c, i]));

  const articles = parsed.map((p, a): ArticleProfile => {
    const entries = [...counts[a].entries()].map(([t, n]) => [termIndex.get(t)!, n] as const).sort((x, y) => x[0] - y[0]);
    const labelCounts = concepts.map((c) => new Float64Array(c.labels.length));
    p.mentions.kind.forEach((k, m) => {
      if (k !== "concept") return;
      const c = conceptIndex.get(p.mentions.key[m]);
      const l = c?.labels.get(p.mentions.label[m]);
      if (c && l !== undefined) labelCounts[c.i][l]++;
    });
    const scores = p.sentences.sentiment.filter((_, i) => options.includeHeadline !== false || !p.sentences.headline[i]);
    const carrying = new Set<string>(); // "frame index/sentence" pairs, so a sentence counts once per frame
    p.mentions.kind.forEach((k, m) => {
      const f = frameIndex.get(p.mentions.key[m]);
      if (k === "frame" && f !== undefined) carrying.add(`${f}/${p.mentions.sentence[m]}`);
    });
    const frameSentences = new Float64Array(frames.length);
    for (const c of carrying) frameSentences[Number(c.split("/")[0])]++;
    const speakerWords = new Float64Array(speakers.length);
    for (const i of voiced[a]) speakerWords[speakerIndex.get(p.quotes.speaker[i])!] += p.quotes.words[i];
    return {
      id: p.id, outlet: p.outlet, event: eventOf(p), speakerWords,
      termIds: Int32Array.from(entries.map((e) => e[0])), termCounts: Float64Array.from(entries.map((e) => e[1])),
      labelCounts, scores, frameSentences,
      claims: Int32Array.from((options.claims?.get(p.id) ?? []).map((c) => claimIndex.get(c)!)),
    };
  });
  return { vocabulary, concepts, frames, speakers, claims, articles };
}

function conceptsFromMentions(parsed: readonly QuotedArticle[]): { id: string; labels: string[] }[] {
  const m = new Map<string, Set<string>>();
  for (const p of parsed) p.mentions.kind.forEach((k, i) => {
    if (k === "concept") (m.get(p.mentions.key[i]) ?? m.set(p.mentions.key[i], new Set()).get(p.mentions.key[i])!).add(p.mentions.label[i]);
  });
  return [...m.keys()].sort().map((id) => ({ id, labels: [...m.get(id)!].sort() }));
}
