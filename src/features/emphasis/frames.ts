import type { Warning } from "../../errors";
import type { EmphasisProfile } from "../../profile/emphasis";
import type { Profiled } from "../../profile/types";
import { byOutlet } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { sectionOptions, type SectionOptions } from "./options";
import { sentenceSections, type Section } from "./sections";

/** Attention an outlet gives one frame in one part of its articles. */
export interface FrameAttentionRow {
  readonly outlet: string;
  readonly frame: string;
  /** `all` = headline + content sentences; furniture is never counted. */
  readonly section: Section | "all";
  /** Sentences in the section carrying at least one cue of the frame / sentences in the section; null for an empty section. */
  readonly sentenceShare: number | null;
  /** Word tokens of those sentences / word tokens of the section; null for an empty section. */
  readonly tokenShare: number | null;
  /** Cue mentions per 1,000 words of the section; null for an empty section. */
  readonly cuesPer1000: number | null;
  readonly sentences: number;
  readonly sentencesWithFrame: number;
  readonly articleIds: readonly string[];
}

export interface FrameAttentionParams extends Required<SectionOptions> { readonly frames: readonly string[] }

/**
 * Frame attention: the share of each outlet's sentences (and words) that carry
 * each lexicon frame, overall and by section (headline, lead, body). Pooled
 * over the outlet's articles, each sentence weighing the same. A sentence
 * carries a frame when it contains one of its cue terms (see the lexicon) —
 * a dictionary measure of attention (cf. Boydstun 2013; Card et al. 2015 for
 * richer frame coding), not a reading of the frame's argument.
 */
export function frameAttention(input: readonly Profiled<"emphasis">[], frames: readonly string[], options: SectionOptions = {}): FeatureResult<"frame-attention", FrameAttentionParams, FrameAttentionRow> {
  const profiles = inProfileOrder(input);
  const o = sectionOptions(options);
  const warnings: Warning[] = [];
  if (frames.length === 0) warnings.push({ code: "no-frames", message: "the lexicon has no frames, so there is no frame attention to measure." });
  const rows: FrameAttentionRow[] = [];
  for (const [outlet, articles] of byOutlet(profiles)) {
    const secs = articles.map((p) => sentenceSections(p.emphasis, o));
    // per article: sentences and words of each section (frame-independent), and the sentence of every cue of each frame
    const totals = secs.map(({ section, words }) => {
      const t = { all: [0, 0], headline: [0, 0], lead: [0, 0], body: [0, 0] };
      section.forEach((x, s) => {
        if (x === null) return;
        t.all[0]++; t.all[1] += words[s];
        t[x][0]++; t[x][1] += words[s];
      });
      return t;
    });
    const cues = articles.map((p) => cueSentences(p.emphasis));
    for (const frame of [...frames]) {
      for (const section of ["all", "headline", "lead", "body"] as const) {
        let sentences = 0, withFrame = 0, words = 0, wordsWith = 0, cueCount = 0;
        const ids: string[] = [];
        articles.forEach((p, a) => {
          const { section: sec, words: w } = secs[a];
          sentences += totals[a][section][0];
          words += totals[a][section][1];
          const carrying = new Set<number>();
          for (const s of cues[a].get(frame) ?? []) {
            if (!inSection(sec[s], section)) continue;
            carrying.add(s);
            cueCount++;
          }
          for (const s of carrying) { withFrame++; wordsWith += w[s]; }
          if (carrying.size) ids.push(p.id);
        });
        rows.push({
          outlet, frame, section,
          sentenceShare: sentences ? withFrame / sentences : null,
          tokenShare: words ? wordsWith / words : null,
          cuesPer1000: words ? (1000 * cueCount) / words : null,
          sentences, sentencesWithFrame: withFrame, articleIds: ids,
        });
      }
    }
    const noHeadline = secs.every((s) => !s.section.includes("headline"));
    if (noHeadline) warnings.push({ code: "no-headline", message: `outlet "${outlet}" has no headline sentences (no titles), so its headline rows are null.` });
  }
  return featureResult("frame-attention", { ...o, frames: [...frames] }, rows, warnings);
}

/** Frame id → the sentence of each of its cue mentions, in mention order. */
function cueSentences(part: EmphasisProfile): Map<string, number[]> {
  const first = part.actors.length + part.concepts.length;
  const out = new Map<string, number[]>();
  for (let m = 0; m < part.mentionTarget.length; m++) {
    const t = part.mentionTarget[m];
    if (t < first) continue;
    const frame = part.frames[t - first];
    (out.get(frame) ?? out.set(frame, []).get(frame)!).push(part.mentionSentence[m]);
  }
  return out;
}

function inSection(s: Section | null, want: Section | "all"): boolean {
  return s !== null && (want === "all" || s === want);
}
