/**
 * wink-nlp ends a sentence at a line break only when it is exactly one blank
 * line ("\n\n"): a single "\n" or a run of three or more does not split. To make
 * every line break a boundary without altering the text, we analyse a copy in
 * which each run of white space containing a line break becomes "\n\n", and map
 * offsets back to the original.
 */
export interface SplitText {
  /** The string given to wink-nlp. */
  readonly analysed: string;
  /** Maps an offset in `analysed` to one in the original. */
  readonly toOriginal: (offset: number) => number;
}

const BREAK_RUN = /[^\S\n]*\n\s*/g;

export function withLineBreakBoundaries(text: string, enabled: boolean): SplitText {
  if (!enabled || !text.includes("\n")) return { analysed: text, toOriginal: (o) => o };
  // Segment k starts at analysedAt[k] in the copy and at originalAt[k] in the text;
  // within a segment offsets move together.
  const analysedAt: number[] = [0];
  const originalAt: number[] = [0];
  let analysed = "";
  let from = 0;
  for (const m of text.matchAll(BREAK_RUN)) {
    const at = m.index!;
    analysed += text.slice(from, at) + "\n\n";
    from = at + m[0].length;
    analysedAt.push(analysed.length);
    originalAt.push(from);
  }
  analysed += text.slice(from);
  const toOriginal = (offset: number): number => {
    let lo = 0, hi = analysedAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (analysedAt[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return originalAt[lo] + (offset - analysedAt[lo]);
  };
  return { analysed, toOriginal };
}
