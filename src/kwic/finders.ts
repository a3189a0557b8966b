import { FramediffError } from "../errors";
import { compileLexicon, findLexiconHits } from "../lexicon/match";
import type { Lexicon } from "../lexicon/types";
import type { KwicKind } from "./types";
import { inflections } from "./inflect";
import { compilePhrase } from "./phrase";
import { findPhrases, indexPhrases, type KeyHit } from "./phrase-index";

/** A key of a concordance: what the report and the table call it. */
export interface KwicKey {
  readonly kind: KwicKind;
  readonly key: string;
}

/** Finds the hits of several keys in one pass over a text; a hit's `key` indexes `keys`. */
export interface KeyFinder {
  readonly keys: readonly KwicKey[];
  find(text: string): KeyHit[];
}

const REGEX = /^\/(.*)\/([a-z]*)$/s;

/** Whether a pattern is written as a regular expression (`/source/flags`). */
export function isRegexPattern(pattern: string): boolean {
  return REGEX.test(pattern) && pattern.length > 2;
}

/**
 * A finder of one pattern, its key the pattern as given (kind `term`): a
 * regular expression `/source/flags` runs on the text as written (`g` is
 * added, `y` dropped, empty matches skipped); anything else is a word or
 * phrase (see `compilePhrase`). Throws a FramediffError on a pattern that
 * cannot be compiled.
 */
export function patternFinder(pattern: string): KeyFinder {
  const keys = [{ kind: "term" as const, key: pattern }];
  const m = REGEX.exec(pattern);
  if (m && pattern.length > 2) {
    let regex: RegExp;
    try {
      regex = new RegExp(m[1], [...new Set(m[2].replace(/[gy]/g, "") + "g")].join(""));
    } catch (e) {
      throw new FramediffError({ code: "invalid-pattern", field: "pattern", message: `${pattern} is not a valid regular expression (${(e as Error).message})`, hint: "write it as /source/flags, e.g. /kyiv|kiev/i." });
    }
    return { keys, find: (text) => regexHits(text, regex) };
  }
  const phrase = compilePhrase(pattern);
  if (!phrase) throw new FramediffError({ code: "invalid-pattern", field: "pattern", message: `"${pattern}" has no letter or digit to look for`, hint: 'give a word or phrase ("Lavrov", "special military operation", "ukrain*") or a regular expression (/kyiv|kiev/i).' });
  const index = indexPhrases([[phrase]]);
  return { keys, find: (text) => findPhrases(text, index) };
}

function regexHits(text: string, regex: RegExp): KeyHit[] {
  const hits: KeyHit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) { regex.lastIndex = m.index + (regex.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1); continue; }
    hits.push({ key: 0, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/**
 * A finder of terms as distinctive terms count them (a unigram, or a bigram
 * "w1 w2"): with unit `lemma` each word also finds its inflections
 * (`inflections`), with `surface` only itself. Every term is indexed by its
 * first word, so a pass costs one look-up per word of the text whatever the
 * number of terms. Terms with no letter or digit are left out of `keys`.
 */
export function termFinder(terms: readonly string[], unit: "lemma" | "surface"): KeyFinder {
  const keys: KwicKey[] = [], phrases = [];
  for (const term of terms) {
    const phrase = compilePhrase(term.replace(/\*/g, " "), unit === "lemma" ? inflections : undefined);
    if (!phrase) continue;
    keys.push({ kind: "term", key: term });
    phrases.push([phrase]);
  }
  const index = indexPhrases(phrases);
  return { keys, find: (text) => findPhrases(text, index) };
}

/**
 * A finder of a lexicon's actors (kind `actor`, key the canonical name) and
 * concept labels (kind `label`, key the label), with hits exactly where
 * `findLexiconHits` puts them. `only` keeps one entry (an actor, or a label
 * within an optional concept).
 */
export function lexiconFinder(lexicon: Lexicon, only?: { actor: string } | { label: string; concept?: string }): KeyFinder {
  const matcher = compileLexicon({ ...lexicon, frames: [] });
  const keys: KwicKey[] = [], index = new Map<string, number>();
  const add = (kind: "actor" | "label", key: string) => {
    const id = `${kind}\u0000${key}`;
    if (!index.has(id)) { index.set(id, keys.length); keys.push({ kind, key }); }
  };
  if (only && "actor" in only) {
    if (!lexicon.actors.some((a) => a.name === only.actor)) throw unknownEntry(lexicon, "actor", only.actor, lexicon.actors.map((a) => a.name));
    add("actor", only.actor);
  } else if (only) {
    const labels = lexicon.concepts.filter((c) => only.concept === undefined || c.id === only.concept).flatMap((c) => c.labels.map((l) => l.label));
    if (!labels.includes(only.label)) throw unknownEntry(lexicon, "label", only.label, labels);
    add("label", only.label);
  } else {
    for (const a of lexicon.actors) add("actor", a.name);
    for (const c of lexicon.concepts) for (const l of c.labels) add("label", l.label);
  }
  const concept = only && "label" in only ? only.concept : undefined;
  return {
    keys,
    find(text) {
      const hits: KeyHit[] = [];
      for (const h of findLexiconHits(text, matcher)) {
        if (h.section === "concepts" && concept !== undefined && h.key !== concept) continue;
        const k = index.get(h.section === "actors" ? `actor\u0000${h.key}` : `label\u0000${h.label}`);
        if (k !== undefined) hits.push({ key: k, start: h.start, end: h.end });
      }
      return hits;
    },
  };
}

function unknownEntry(lexicon: Lexicon, what: string, name: string, known: readonly string[]): FramediffError {
  const list = known.slice(0, 12).map((k) => `"${k}"`).join(", ") + (known.length > 12 ? `, and ${known.length - 12} more` : "");
  return new FramediffError({ code: "unknown-entry", file: lexicon.file, field: what, message: `the lexicon has no ${what} "${name}"`, hint: known.length ? `use one of ${list}.` : `the lexicon lists no ${what}s.` });
}

/** Several finders as one: keys one after another, hits by start then key. */
export function combineFinders(finders: readonly KeyFinder[]): KeyFinder {
  const keys: KwicKey[] = [], offsets: number[] = [];
  for (const f of finders) { offsets.push(keys.length); for (const k of f.keys) keys.push(k); }
  return {
    keys,
    find(text) {
      const hits: KeyHit[] = [];
      finders.forEach((f, i) => { for (const h of f.find(text)) hits.push({ key: h.key + offsets[i], start: h.start, end: h.end }); });
      return hits.sort((a, b) => a.start - b.start || a.key - b.key);
    },
  };
}
