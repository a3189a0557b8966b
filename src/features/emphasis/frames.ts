import type { Warning } from "../../errors";
import type { ParsedArticle } from "../../parse/types";
import { byOutlet } from "../groups";
import { featureResult, type FeatureResult } from "../result";
import { sectionOptions, sentenceSections, type Section, type SectionOptions } from "./sections";

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
export function frameAttention(parsed: readonly ParsedArticle[], frames: readonly string[], options: SectionOptions = {}): FeatureResult<"frame-attention", FrameAttentionParams, FrameAttentionRow> {
  const o = sectionOptions(options);
  const warnings: Warning[] = [];
  if (frames.length === 0) warnings.push({ code: "no-frames", message: "the lexicon has no frames, so there is no frame attention to measure." });
  const rows: FrameAttentionRow[] = [];
  for (const [outlet, articles] of byOutlet(parsed)) {
    const secs = articles.map((p) => sentenceSections(p, o));
    for (const frame of [...frames]) {
      for (const section of ["all", "headline", "lead", "body"] as const) {
        let sentences = 0, withFrame = 0, words = 0, wordsWith = 0, cues = 0;
        const ids = new Set<string>();
        articles.forEach((p, a) => {
          const { section: sec, words: w } = secs[a];
          const carrying = new Set<number>();
          p.mentions.kind.forEach((k, m) => {
            const s = p.mentions.sentence[m];
            if (k !== "frame" || p.mentions.key[m] !== frame || !inSection(sec[s], section)) return;
            carrying.add(s);
            cues++;
          });
          sec.forEach((x, s) => {
            if (!inSection(x, section)) return;
            sentences++;
            words += w[s];
            if (carrying.has(s)) { withFrame++; wordsWith += w[s]; ids.add(p.id); }
          });
        });
        rows.push({
          outlet, frame, section,
          sentenceShare: sentences ? withFrame / sentences : null,
          tokenShare: words ? wordsWith / words : null,
          cuesPer1000: words ? (1000 * cues) / words : null,
          sentences, sentencesWithFrame: withFrame, articleIds: [...ids],
        });
      }
    }
    const noHeadline = secs.every((s) => !s.section.includes("headline"));
    if (noHeadline) warnings.push({ code: "no-headline", message: `outlet "${outlet}" has no headline sentences (no titles), so its headline rows are null.` });
  }
  return featureResult("frame-attention", { ...o, frames: [...frames] }, rows, warnings);
}

function inSection(s: Section | null, want: Section | "all"): boolean {
  return s !== null && (want === "all" || s === want);
}
