import type { Profiled } from "../../profile/types";
import { WORDING_TOKENS } from "../../profile/coverage-wording";
import { unpackSpans, unpackText } from "../../profile/coverage-pack";
import { eventOf } from "../groups";
import { DEFAULTS } from "./options";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";

/** Options of `sharedWording`. */
export interface SharedWordingOptions {
  /** Shortest shared span reported, in tokens. Defaults to *8*. */
  minTokens?: number;
  /** Compare articles of different events too. Defaults to *false*: only within an event (without events the corpus is one event). */
  acrossEvents?: boolean;
  /** A pair is flagged `copy` when shared spans cover at least this share of either article's tokens. Defaults to *0.5*. */
  copyShare?: number;
}

export type ResolvedSharedWordingOptions = Readonly<Required<SharedWordingOptions>> & { readonly tokens: string };

const TOKENS = WORDING_TOKENS;

/** A run of identical consecutive tokens in two articles. Offsets index each article's `text`. */
export interface SharedSpan {
  readonly startA: number;
  readonly endA: number;
  readonly startB: number;
  readonly endB: number;
  readonly tokens: number;
  /** The span as written in article A. */
  readonly text: string;
}

/** Two articles that share wording. A is the one with the smaller id. */
export interface SharedWordingRow {
  readonly articleA: string;
  readonly articleB: string;
  readonly outletA: string;
  readonly outletB: string;
  readonly eventA: string;
  readonly eventB: string;
  readonly sameOutlet: boolean;
  /** Maximal shared spans, by position in A. The same passage repeated in one article gives one span per place. */
  readonly spans: readonly SharedSpan[];
  /** Tokens of each article inside a shared span, and their shares of the article's tokens. */
  readonly sharedTokensA: number;
  readonly sharedTokensB: number;
  readonly tokensA: number;
  readonly tokensB: number;
  readonly shareA: number;
  readonly shareB: number;
  /** max(shareA, shareB) ≥ copyShare: one article is mostly the other's text (wire copy, syndication). */
  readonly copy: boolean;
}

export type SharedWording = FeatureResult<"coverage-shared-wording", ResolvedSharedWordingOptions, SharedWordingRow>;

/** Fills in defaults and checks values. */
export function sharedWordingOptions(options: SharedWordingOptions = {}): ResolvedSharedWordingOptions {
  const o = { minTokens: DEFAULTS.minTokens, acrossEvents: DEFAULTS.acrossEvents, copyShare: DEFAULTS.copyShare, ...options };
  if (!Number.isInteger(o.minTokens) || o.minTokens < 2) throw new Error(`invalid minTokens: ${o.minTokens} (use a whole number ≥ 2, e.g. 8)`);
  if (typeof o.acrossEvents !== "boolean") throw new Error(`invalid acrossEvents: ${String(o.acrossEvents)} (use true or false)`);
  if (!(o.copyShare > 0 && o.copyShare <= 1)) throw new Error(`invalid copyShare: ${o.copyShare} (use a share in (0, 1], e.g. 0.5)`);
  return Object.freeze({ ...o, tokens: TOKENS });
}

/** An article's tokens for matching: forms and each one's character span. */
interface Stream { readonly p: Profiled<"coverage">; readonly forms: string[]; readonly start: Uint32Array; readonly end: Uint32Array }

function stream(p: Profiled<"coverage">): Stream {
  const c = p.coverage;
  const { start, end } = unpackSpans(c.wordingGap, c.wordingLength);
  return { p, forms: Array.from(c.wordingTerm, (t) => c.terms[t]), start, end };
}

/**
 * Passages two articles share word for word: maximal runs of ≥ `minTokens`
 * identical consecutive tokens (see `params.tokens` for what a token is;
 * punctuation is skipped, so "said, adding" matches "said adding"), reported
 * per article pair with offsets in each text. Wire copy, syndication and the
 * same quote show up here, so that divergence is not measured between copies
 * of one story.
 *
 * Method: every run of `minTokens` tokens (a shingle) is indexed
 * (shingle → positions); pairs of positions in two articles are grouped by
 * article pair and diagonal (position in B − position in A), and consecutive
 * positions on one diagonal join into one maximal span of run + minTokens − 1
 * tokens. Cost is linear in the tokens plus the number of matching position
 * pairs; keys are the shingles themselves, so there are no hash collisions.
 *
 * @example
 * sharedWording(profiles).rows.filter((r) => r.copy); // pairs where one article is mostly the other
 */
export function sharedWording(parsed: readonly Profiled<"coverage">[], options: SharedWordingOptions = {}): SharedWording {
  const o = sharedWordingOptions(options);
  const articles = inProfileOrder(parsed);
  const streams = articles.map(stream);
  const k = o.minTokens;
  // Index per event (or one index when comparing across events): shingle → [article, position].
  const indexes = new Map<string, Map<string, number[]>>();
  streams.forEach((s, a) => {
    const scope = o.acrossEvents ? "" : eventOf(s.p);
    let index = indexes.get(scope);
    if (!index) indexes.set(scope, (index = new Map()));
    for (let i = 0; i + k <= s.forms.length; i++) {
      const key = s.forms.slice(i, i + k).join("\u0001");
      const list = index.get(key);
      if (list) list.push(a, i); else index.set(key, [a, i]);
    }
  });
  // Article pair → matching positions [posA, posB].
  const matches = new Map<number, number[]>();
  const n = streams.length;
  for (const index of indexes.values()) {
    for (const list of index.values()) {
      if (list.length <= 2) continue;
      for (let x = 0; x < list.length; x += 2) {
        for (let y = x + 2; y < list.length; y += 2) {
          const a = list[x], b = list[y];
          if (a === b) continue;
          const [i, j, pi, pj] = a < b ? [a, b, list[x + 1], list[y + 1]] : [b, a, list[y + 1], list[x + 1]];
          const key = i * n + j;
          const m = matches.get(key);
          if (m) m.push(pi, pj); else matches.set(key, [pi, pj]);
        }
      }
    }
  }
  const rows: SharedWordingRow[] = [...matches.keys()].sort((x, y) => x - y).map((key) => pairRow(streams[Math.floor(key / n)], streams[key % n], matches.get(key)!, k, o.copyShare));
  return featureResult("coverage-shared-wording", o, rows);
}

function pairRow(A: Stream, B: Stream, flat: number[], k: number, copyShare: number): SharedWordingRow {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((x, y) => (x[1] - x[0]) - (y[1] - y[0]) || x[0] - y[0]);
  const spans: SharedSpan[] = [];
  const textA = unpackText(A.p.coverage.text);
  const inA = new Uint8Array(A.forms.length), inB = new Uint8Array(B.forms.length);
  for (let s = 0; s < pairs.length;) {
    let e = s;
    while (e + 1 < pairs.length && pairs[e + 1][1] - pairs[e + 1][0] === pairs[s][1] - pairs[s][0] && pairs[e + 1][0] === pairs[e][0] + 1) e++;
    const [a0, b0] = pairs[s];
    const len = e - s + k;
    inA.fill(1, a0, a0 + len);
    inB.fill(1, b0, b0 + len);
    spans.push({ startA: A.start[a0], endA: A.end[a0 + len - 1], startB: B.start[b0], endB: B.end[b0 + len - 1], tokens: len, text: textA.slice(A.start[a0], A.end[a0 + len - 1]) });
    s = e + 1;
  }
  spans.sort((x, y) => x.startA - y.startA || x.startB - y.startB);
  const sharedA = inA.reduce((t, v) => t + v, 0), sharedB = inB.reduce((t, v) => t + v, 0);
  const shareA = sharedA / A.forms.length, shareB = sharedB / B.forms.length;
  return {
    articleA: A.p.id, articleB: B.p.id, outletA: A.p.outlet, outletB: B.p.outlet, eventA: eventOf(A.p), eventB: eventOf(B.p),
    sameOutlet: A.p.outlet === B.p.outlet, spans, sharedTokensA: sharedA, sharedTokensB: sharedB, tokensA: A.forms.length, tokensB: B.forms.length,
    shareA, shareB, copy: Math.max(shareA, shareB) >= copyShare,
  };
}
