import { foldWithMap } from "../lexicon/fold";
import { gapPasses, wordPasses, type Phrase } from "./phrase";

/** A hit of key `key` at `[start, end)` (UTF-16 offsets into the original text). */
export interface KeyHit {
  readonly key: number;
  readonly start: number;
  readonly end: number;
}

/** Many phrases compiled for one pass over a text: indexed by the folded forms their first word may take. */
export interface PhraseIndex {
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  /** Phrases whose first word is a wildcard, tried at every word. */
  readonly wild: readonly Entry[];
}

interface Entry {
  readonly key: number;
  readonly phrase: Phrase;
}

/**
 * Indexes phrases (key i's phrases are `phrases[i]`) so that finding all of
 * them costs one look-up per word of the text, not one scan per key.
 */
export function indexPhrases(phrases: readonly (readonly Phrase[])[]): PhraseIndex {
  const byFirst = new Map<string, Entry[]>();
  const wild: Entry[] = [];
  phrases.forEach((list, key) => {
    for (const phrase of list) {
      const first = phrase.words[0];
      if (first instanceof RegExp) { wild.push({ key, phrase }); continue; }
      for (const form of first) {
        const l = byFirst.get(form);
        if (l) l.push({ key, phrase }); else byFirst.set(form, [{ key, phrase }]);
      }
    }
  });
  return { byFirst, wild };
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARK = /\p{M}/u;

/**
 * Every hit of every indexed phrase in `text`, whole words only, compared
 * folded (see `compilePhrase`). Per key, hits do not overlap: the leftmost
 * wins, and at one position the longest. Sorted by start, then key.
 */
export function findPhrases(text: string, index: PhraseIndex): KeyHit[] {
  const { folded, origin } = foldWithMap(text);
  const starts: number[] = [], ends: number[] = [];
  for (const m of folded.matchAll(WORD)) { const at = m.index ?? 0; starts.push(at); ends.push(at + m[0].length); }
  const word = (i: number) => folded.slice(starts[i], ends[i]);
  const nextFree = new Map<number, number>(); // key → first word a new hit of it may start at
  const hits: KeyHit[] = [];
  for (let i = 0; i < starts.length; i++) {
    const w = word(i);
    const exact = index.byFirst.get(w);
    const best = new Map<number, number>(); // key → last word of its longest hit starting here
    const tryEntry = (e: Entry) => {
      if ((nextFree.get(e.key) ?? 0) > i) return;
      const last = matchFrom(e.phrase, i, starts, ends, folded, word);
      if (last >= 0 && last > (best.get(e.key) ?? -1)) best.set(e.key, last);
    };
    if (exact) for (const e of exact) tryEntry(e);
    for (const e of index.wild) if (wordPasses(e.phrase.words[0], w)) tryEntry(e);
    for (const [key, last] of [...best].sort((a, b) => a[0] - b[0])) {
      nextFree.set(key, last + 1);
      hits.push({ key, start: origin[starts[i]], end: originalEnd(text, origin[ends[last] - 1]) });
    }
  }
  return hits;
}

/** The last word index of `phrase` matched from word `i`, or -1. */
function matchFrom(phrase: Phrase, i: number, starts: readonly number[], ends: readonly number[], folded: string, word: (i: number) => string): number {
  const n = phrase.words.length;
  if (i + n > starts.length) return -1;
  if (!wordPasses(phrase.words[0], word(i))) return -1;
  for (let k = 1; k < n; k++) {
    if (!gapPasses(phrase.gaps[k - 1], folded.slice(ends[i + k - 1], starts[i + k]))) return -1;
    if (!wordPasses(phrase.words[k], word(i + k))) return -1;
  }
  return i + n - 1;
}

/** The end (exclusive) of the original character at `at`, with a surrogate pair's second half and any combining marks after it. */
function originalEnd(text: string, at: number): number {
  const cp = text.codePointAt(at)!;
  let end = at + (cp > 0xffff ? 2 : 1);
  while (end < text.length && MARK.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}
