/**
 * Scores quote extraction against hand-annotated gold quotes: detection
 * precision and recall, and speaker accuracy on the gold quotes that were
 * detected (the measures of quote-attribution studies, e.g. Pareti 2015 and
 * Newell, Margolin & Ruths 2018, "An attribution relations corpus for
 * political news", LREC: speaker accuracy is reported on correctly found quotes).
 */

/** One hand-annotated quote. */
export interface GoldQuote {
  /** The quoted text as written between the marks; a trailing ` …` makes it a prefix. */
  readonly text: string;
  /** Canonical lexicon actor who speaks it, or null when the text names no actor as its speaker. */
  readonly speaker: string | null;
  /** The pattern the quote illustrates (`x-said`, `pronoun-para`, …), for per-pattern figures. */
  readonly tag: string;
}

/** One quote the extractor found. */
export interface FoundQuote {
  readonly text: string;
  /** Lexicon actor, or null for none (unresolved, or a source phrase that is not a lexicon actor). */
  readonly speaker: string | null;
}

/** Gold and found quotes of one document. */
export interface EvalDocument {
  readonly id: string;
  readonly gold: readonly GoldQuote[];
  readonly found: readonly FoundQuote[];
}

/** A gold quote the extractor missed or attributed wrongly. */
export interface EvalError {
  readonly doc: string;
  readonly tag: string;
  readonly text: string;
  readonly gold: string | null;
  /** The found speaker; undefined when the quote was not detected. */
  readonly found?: string | null;
}

export interface TagScore { readonly gold: number; readonly detected: number; readonly correct: number }

export interface QuoteEvalScore {
  readonly gold: number;
  readonly found: number;
  /** Gold quotes paired with a found quote. */
  readonly detected: number;
  /** Detected gold quotes whose speaker is right. */
  readonly correct: number;
  /** detected / found; NaN when nothing was found. */
  readonly precision: number;
  /** detected / gold; NaN when there is no gold quote. */
  readonly recall: number;
  /** correct / detected; NaN when nothing was detected. */
  readonly speakerAccuracy: number;
  /** Per gold tag, in code-unit order of the tag. */
  readonly byTag: readonly (readonly [string, TagScore])[];
  /** Misses and wrong speakers, in document then gold order. */
  readonly errors: readonly EvalError[];
}

const PREFIX = " …";

/** Text compared: white space collapsed, punctuation and white space stripped from both ends. */
export function normalizeQuoteText(s: string): string {
  return s.replace(/\s+/gu, " ").replace(/^[\s,.;:!?…]+|[\s,.;:!?…]+$/gu, "");
}

/**
 * Pairs each gold quote (in order) with the first unpaired found quote of the
 * same document whose normalised text equals it (or starts with it, for a
 * prefix), then counts. A gold speaker of null is matched by a found null.
 *
 * @example
 * scoreQuotes([{ id: "d", gold: [{ text: "No.", speaker: "A", tag: "x" }], found: [{ text: "No", speaker: "A" }, { text: "Yes", speaker: null }] }]);
 * // => precision 0.5, recall 1, speakerAccuracy 1
 */
export function scoreQuotes(docs: readonly EvalDocument[]): QuoteEvalScore {
  let gold = 0, found = 0, detected = 0, correct = 0;
  const tags = new Map<string, { gold: number; detected: number; correct: number }>();
  const errors: EvalError[] = [];
  for (const d of docs) {
    found += d.found.length;
    const used = new Uint8Array(d.found.length);
    const foundText = d.found.map((f) => normalizeQuoteText(f.text));
    for (const g of d.gold) {
      gold++;
      const tag = tags.get(g.tag) ?? { gold: 0, detected: 0, correct: 0 };
      tags.set(g.tag, tag);
      tag.gold++;
      const prefix = g.text.endsWith(PREFIX);
      const want = normalizeQuoteText(prefix ? g.text.slice(0, -PREFIX.length) : g.text);
      let k = -1;
      for (let i = 0; i < d.found.length && k < 0; i++) if (!used[i] && (prefix ? foundText[i].startsWith(want) : foundText[i] === want)) k = i;
      if (k < 0) { errors.push({ doc: d.id, tag: g.tag, text: g.text, gold: g.speaker }); continue; }
      used[k] = 1;
      detected++; tag.detected++;
      if (d.found[k].speaker === g.speaker) { correct++; tag.correct++; }
      else errors.push({ doc: d.id, tag: g.tag, text: g.text, gold: g.speaker, found: d.found[k].speaker });
    }
  }
  const byTag = [...tags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t, s]) => [t, Object.freeze(s)] as const);
  return { gold, found, detected, correct, precision: detected / found, recall: detected / gold, speakerAccuracy: correct / detected, byTag, errors };
}
