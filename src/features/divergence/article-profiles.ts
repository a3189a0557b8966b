import type { Lexicon } from "../../lexicon/types";
import { VOICE_BUCKET } from "../../profile/divergence";
import type { Profiled } from "../../profile/types";
import type { ResolvedVoiceOptions } from "../../profile/voice-rules";
import { compareCodeUnits } from "../../util/compare";
import { eventOf } from "../groups";
import { inProfileOrder } from "../profile-order";

/**
 * One article's divergence part as dense-id arrays over the whole corpus, so
 * the measures and the permutation tests pool articles by indexing.
 */
export interface DenseArticle {
  readonly id: string;
  readonly outlet: string;
  readonly event: string;
  /** Term ids (into `DenseProfiles.vocabulary`, ascending) and their counts. */
  readonly termIds: Int32Array;
  readonly termCounts: Float64Array;
  /** Per concept (index into `DenseProfiles.concepts`), counts of each label in the outlet's own words. */
  readonly labelCounts: readonly Float64Array[];
  /** Sentence sentiment scores (headline sentences left out unless `includeHeadline`). */
  readonly scores: readonly number[];
  /** Per frame (index into `DenseProfiles.frames`), sentences carrying at least one of its cues. */
  readonly frameSentences: Float64Array;
  /** Per speaker (index into `DenseProfiles.speakers`), words quoted as voice counts them. */
  readonly speakerWords: Float64Array;
  /** Claim ids (indices into `DenseProfiles.claims`) the article carries; empty without a coverage result. */
  readonly claims: Int32Array;
}

export interface DenseProfiles {
  /** Every term of the corpus, sorted. */
  readonly vocabulary: readonly string[];
  /** Concepts and their labels: the lexicon's, else those the mentions show (sorted). */
  readonly concepts: readonly { readonly id: string; readonly labels: readonly string[] }[];
  /** Frames: the lexicon's, else those the mentions show (sorted). */
  readonly frames: readonly string[];
  /** Resolved speakers quoted as voice anywhere in the corpus, sorted. */
  readonly speakers: readonly string[];
  /** Claim ids given by the caller (coverage), sorted. */
  readonly claims: readonly string[];
  /** In profile order: by id, then outlet and event (the map's order), whatever the input order. */
  readonly articles: readonly DenseArticle[];
}

export interface DenseOptions {
  lexicon?: Lexicon;
  includeHeadline: boolean;
  /** Article id → the claim ids it carries (from coverage), for the coverage family. */
  claims?: ReadonlyMap<string, readonly string[]>;
  /** Which quotes count as voice. */
  voice: Pick<ResolvedVoiceOptions, "includeScare" | "includeHeadline">;
}

/** Gives every term, concept, frame, speaker and claim of the profiles a dense id, and each article its vectors over them; O(total counts). */
export function densify(input: readonly Profiled<"divergence">[], options: DenseOptions): DenseProfiles {
  const profiles = inProfileOrder(input);
  const vocabulary = sortedUnion(profiles, (d) => d.terms);
  const termIndex = indexOf(vocabulary);
  const lexicon = options.lexicon;
  const concepts = lexicon
    ? lexicon.concepts.map((c) => ({ id: c.id, labels: c.labels.map((l) => l.label) }))
    : conceptsFromMentions(profiles);
  const conceptIndex = new Map(concepts.map((c, i) => [c.id, { i, labels: indexOf(c.labels) }]));
  const frames = lexicon ? lexicon.frames.map((f) => f.id) : sortedUnion(profiles, (d) => d.frames);
  const frameIndex = indexOf(frames);
  // the voice buckets (see DivergenceProfile.speakers) the options count
  const buckets = [0, 1, 2, 3].filter((b) => (options.voice.includeScare || !(b & VOICE_BUCKET.scare)) && (options.voice.includeHeadline || !(b & VOICE_BUCKET.headline)));
  const voiced = (d: Profiled<"divergence">["divergence"], k: number) => buckets.some((b) => d.speakerWords[4 * k + b] > 0);
  const speakers = sortedUnion(profiles, (d) => d.speakers.filter((_, k) => voiced(d, k)));
  const speakerIndex = indexOf(speakers);
  const claimSet = new Set<string>();
  for (const list of options.claims?.values() ?? []) for (const c of list) claimSet.add(c);
  const claims = [...claimSet].sort(compareCodeUnits);
  const claimIndex = indexOf(claims);

  const articles = profiles.map((p): DenseArticle => {
    const d = p.divergence;
    const labelCounts = concepts.map((c) => new Float64Array(c.labels.length));
    // own-voice counts: the map leaves labels inside quotes out (issue 11 finding 6)
    for (let k = 0, at = 0; k < d.concepts.length; at += d.labelsPer[k], k++) {
      const c = conceptIndex.get(d.concepts[k]);
      if (!c) continue;
      for (let j = at; j < at + d.labelsPer[k]; j++) {
        const l = c.labels.get(d.labels[j]);
        if (l !== undefined) labelCounts[c.i][l] += d.labelCounts[j];
      }
    }
    const scores: number[] = [];
    for (let s = 0; s < d.scores.length; s++) if (options.includeHeadline || !d.headline[s]) scores.push(d.scores[s]);
    const frameSentences = new Float64Array(frames.length);
    d.frames.forEach((f, k) => { const i = frameIndex.get(f); if (i !== undefined) frameSentences[i] += d.frameSentences[k]; });
    const speakerWords = new Float64Array(speakers.length);
    d.speakers.forEach((s, k) => { const i = speakerIndex.get(s); if (i !== undefined) for (const b of buckets) speakerWords[i] += d.speakerWords[4 * k + b]; });
    return {
      id: p.id, outlet: p.outlet, event: eventOf(p), speakerWords,
      termIds: Int32Array.from(d.terms, (t) => termIndex.get(t)!), termCounts: Float64Array.from(d.termCounts),
      labelCounts, scores, frameSentences,
      claims: Int32Array.from(options.claims?.get(p.id) ?? [], (c) => claimIndex.get(c)!),
    };
  });
  return { vocabulary, concepts, frames, speakers, claims, articles };
}

function indexOf(list: readonly string[]): Map<string, number> {
  return new Map(list.map((x, i) => [x, i]));
}

function sortedUnion(profiles: readonly Profiled<"divergence">[], keys: (d: Profiled<"divergence">["divergence"]) => readonly string[]): string[] {
  const all = new Set<string>();
  for (const p of profiles) for (const k of keys(p.divergence)) all.add(k);
  return [...all].sort(compareCodeUnits);
}

function conceptsFromMentions(profiles: readonly Profiled<"divergence">[]): { id: string; labels: string[] }[] {
  const m = new Map<string, Set<string>>();
  for (const { divergence: d } of profiles) {
    for (let k = 0, at = 0; k < d.concepts.length; at += d.labelsPer[k], k++) {
      const labels = m.get(d.concepts[k]) ?? m.set(d.concepts[k], new Set()).get(d.concepts[k])!;
      for (let j = at; j < at + d.labelsPer[k]; j++) labels.add(d.labels[j]);
    }
  }
  return [...m.keys()].sort(compareCodeUnits).map((id) => ({ id, labels: [...m.get(id)!].sort(compareCodeUnits) }));
}
