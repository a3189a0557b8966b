import { fold } from "../lexicon/fold";
import type { ParsedArticle } from "../parse/types";

/** One folded capitalised form as one article uses it (the map's working shape; the part stores it as tables). */
export interface ArticleNameForm {
  /** Spellings as written → count. */
  readonly surfaces: Map<string, number>;
  /** Capitalised uses, and those of them that are not the first word of a sentence or that wink tags PROPN. */
  capitalised: number;
  nameLike: number;
  /** wink lemmas of single-token uses (folded). */
  readonly lemmas: Set<string>;
  /** Content words (folded lemmas) near its uses → count. */
  readonly context: Map<string, number>;
}

/** The capitalised forms of one article (folded form → use) and its words written in lower case (folded word → uses). */
export interface ArticleNames {
  readonly forms: Map<string, ArticleNameForm>;
  readonly lowercase: Map<string, number>;
}

interface Word { text: string; folded: string; lemma: string; stop: boolean; propn: boolean; initial: boolean }

const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Reads the capitalised words of one article. A word is a run of abutting
 * letter tokens within a sentence, so a name wink splits at a letter it does
 * not know ("Çavuşoğlu" → "Çavu" "ş" "o" "ğ" "lu") is whole again; an
 * apostrophe or hyphen ends a word ("Lavrov's" → "Lavrov"). A word is
 * capitalised when it starts upper-case and is not all capitals (acronyms
 * such as NATO or DPR are not transliterated). Context: the `window` nearest
 * non-stop words on each side in the same sentence, as folded lemmas.
 */
export function articleNames(p: ParsedArticle, window: number): ArticleNames {
  const forms = new Map<string, ArticleNameForm>();
  const lowercase = new Map<string, number>();
  for (const words of sentenceWords(p)) {
    const content = words.filter((w) => !w.stop);
    words.forEach((w) => {
      if (/^\p{Ll}/u.test(w.text)) { lowercase.set(w.folded, (lowercase.get(w.folded) ?? 0) + 1); return; }
      if (!/^\p{Lu}/u.test(w.text) || !/\p{Ll}/u.test(w.text)) return;
      let f = forms.get(w.folded);
      if (!f) { f = { surfaces: new Map(), capitalised: 0, nameLike: 0, lemmas: new Set(), context: new Map() }; forms.set(w.folded, f); }
      f.surfaces.set(w.text, (f.surfaces.get(w.text) ?? 0) + 1);
      f.capitalised++;
      if (!w.initial || w.propn) f.nameLike++;
      if (w.lemma) f.lemmas.add(w.lemma);
      const at = content.indexOf(w);
      const near = at >= 0 ? [...content.slice(Math.max(0, at - window), at), ...content.slice(at + 1, at + 1 + window)] : nearby(words, content, w, window);
      for (const c of near) if (c.folded !== w.folded) f.context.set(c.lemma || c.folded, (f.context.get(c.lemma || c.folded) ?? 0) + 1);
    });
  }
  return { forms, lowercase };
}

/** Context of a stop-word occurrence: the content words nearest to its position. */
function nearby(words: Word[], content: Word[], w: Word, window: number): Word[] {
  const pos = words.indexOf(w);
  const before = content.filter((c) => words.indexOf(c) < pos), after = content.filter((c) => words.indexOf(c) > pos);
  return [...before.slice(-window), ...after.slice(0, window)];
}

/** The letter words of each sentence of an article. */
function sentenceWords(p: ParsedArticle): Word[][] {
  const t = p.tokens;
  const out: Word[][] = p.sentences.tokenStart.map(() => []);
  for (let i = 0; i < t.value.length; i++) {
    if (!LETTERS.test(t.value[i])) continue;
    let j = i;
    while (j + 1 < t.value.length && t.sentence[j + 1] === t.sentence[i] && t.start[j + 1] === t.end[j] && LETTERS.test(t.value[j + 1])) j++;
    const words = out[t.sentence[i]];
    const text = p.text.slice(t.start[i], t.end[j]);
    const single = i === j;
    words.push({
      text, folded: fold(text), lemma: single ? fold(t.lemma[i]) : "", stop: single && t.stop[i],
      propn: t.pos[i] === "PROPN", initial: words.length === 0,
    });
    i = j;
  }
  return out;
}
