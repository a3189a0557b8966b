import type { QuotedArticle } from "../quotes/quote-article";
import { compareCodeUnits } from "../util/compare";

/** One (concept, label) an article uses and how often in each voice: own words, direct quotes, scare quotes. */
export interface LabelUse {
  readonly concept: string;
  readonly label: string;
  readonly voice: [own: number, direct: number, scare: number];
}

/**
 * The concept mentions of an article counted per (concept, label) and voice,
 * sorted by concept then label (code units). A use inside a direct quote is
 * the speaker's (a scare quote within a direct quote included); inside scare
 * quotes and no direct quote, scare; else the outlet's own (indirect speech
 * is the outlet's wording).
 */
export function labelUses(article: QuotedArticle): LabelUse[] {
  const m = article.mentions;
  const inDirect = spans(article, "direct"), inScare = spans(article, "scare");
  const rows = new Map<string, LabelUse>();
  for (let i = 0; i < m.kind.length; i++) {
    if (m.kind[i] !== "concept") continue;
    const key = `${m.key[i]}\u0000${m.label[i]}`;
    let r = rows.get(key);
    if (!r) { r = { concept: m.key[i], label: m.label[i], voice: [0, 0, 0] }; rows.set(key, r); }
    r.voice[inDirect(m.start[i], m.end[i]) ? 1 : inScare(m.start[i], m.end[i]) ? 2 : 0]++;
  }
  return [...rows.values()].sort((a, b) => compareCodeUnits(a.concept, b.concept) || compareCodeUnits(a.label, b.label));
}

/**
 * Whether [start, end) lies inside a quote of this kind: quotes sorted by
 * start with the running maximum of their ends, so one binary search answers
 * (a quote covers the span iff some quote starting at or before `start` ends
 * at or after `end`). O(log quotes) per mention, for articles with thousands.
 */
function spans(article: QuotedArticle, kind: "direct" | "scare"): (start: number, end: number) => boolean {
  const q = article.quotes;
  const idx: number[] = [];
  for (let i = 0; i < q.kind.length; i++) if (q.kind[i] === kind) idx.push(i);
  idx.sort((a, b) => q.start[a] - q.start[b]);
  const starts = idx.map((i) => q.start[i]);
  const maxEnd: number[] = [];
  for (let k = 0; k < idx.length; k++) maxEnd.push(Math.max(k > 0 ? maxEnd[k - 1] : -Infinity, q.end[idx[k]]));
  return (start, end) => {
    let lo = 0, hi = starts.length; // first quote starting after `start`
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= start) lo = mid + 1; else hi = mid; }
    return lo > 0 && maxEnd[lo - 1] >= end;
  };
}
