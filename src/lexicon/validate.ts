import { FramediffError, type Problem } from "../errors";
import { fold } from "./fold";
import type { Lexicon, LexiconSection } from "./types";

/** One pattern of a lexicon with the entry it belongs to. */
export interface PatternRef {
  readonly section: LexiconSection;
  /** Actor name, concept id or frame id. */
  readonly key: string;
  /** Concept label; the actor name or frame id for the other sections. */
  readonly label: string;
  readonly pattern: string;
  readonly line?: number;
}

/** Every pattern of the lexicon, in file order. */
export function lexiconPatterns(lexicon: Lexicon): PatternRef[] {
  const out: PatternRef[] = [];
  for (const a of lexicon.actors) for (const p of a.variants) out.push({ section: "actors", key: a.name, label: a.name, pattern: p, line: a.line });
  for (const c of lexicon.concepts) for (const l of c.labels) for (const p of l.variants) out.push({ section: "concepts", key: c.id, label: l.label, pattern: p, line: l.line ?? c.line });
  for (const f of lexicon.frames) for (const p of f.cues) out.push({ section: "frames", key: f.id, label: f.id, pattern: p, line: f.line });
  return out;
}

const WILDCARD = /\*$/;

/**
 * Throws a FramediffError listing every problem: an empty pattern, an entry with
 * no patterns, a `*` anywhere but the end of the last word, the same pattern
 * twice in one entry, or one pattern claimed by two entries of one section
 * (patterns are compared after case/diacritic folding).
 */
export function validateLexicon(lexicon: Lexicon): void {
  const problems: Problem[] = [];
  const file = lexicon.file;
  const add = (line: number | undefined, field: string, message: string, hint: string) =>
    problems.push({ code: "invalid-lexicon", file, line, field, message, hint });

  const emptyEntries: [string, number | undefined, number][] = [
    ...lexicon.actors.map((a) => [`actors.${a.name}`, a.line, a.variants.length] as [string, number | undefined, number]),
    ...lexicon.concepts.flatMap((c) => c.labels.length === 0
      ? [[`concepts.${c.id}`, c.line, 0] as [string, number | undefined, number]]
      : c.labels.map((l) => [`concepts.${c.id}.labels.${l.label}`, l.line, l.variants.length] as [string, number | undefined, number])),
    ...lexicon.frames.map((f) => [`frames.${f.id}`, f.line, f.cues.length] as [string, number | undefined, number]),
  ];
  for (const [field, line, n] of emptyEntries) if (n === 0) add(line, field, "has no patterns.", "give it at least one pattern or remove it.");

  const owner = new Map<string, PatternRef>();
  for (const ref of lexiconPatterns(lexicon)) {
    const field = ref.section === "concepts" ? `concepts.${ref.key}.labels.${ref.label}` : `${ref.section}.${ref.key}`;
    const folded = fold(ref.pattern);
    if (folded === "" || folded === "*") { add(ref.line, field, `has an empty pattern "${ref.pattern}".`, "remove it."); continue; }
    if (folded.slice(0, -1).includes("*") || (WILDCARD.test(folded) && /[\s*]\*$/.test(folded))) {
      add(ref.line, field, `pattern "${ref.pattern}" has a misplaced "*".`, 'a "*" may only end the last word, as in "invad*".');
      continue;
    }
    const id = `${ref.section}\u0000${folded}`;
    const prev = owner.get(id);
    if (!prev) { owner.set(id, ref); continue; }
    const same = prev.key === ref.key && prev.label === ref.label;
    add(ref.line, field, same
      ? `pattern "${ref.pattern}" is listed twice (as "${prev.pattern}"${prev.line ? ` on line ${prev.line}` : ""}).`
      : `pattern "${ref.pattern}" is claimed by two entries: "${prev.key}${prev.section === "concepts" ? "/" + prev.label : ""}"${prev.line ? ` (line ${prev.line})` : ""} and "${ref.key}${ref.section === "concepts" ? "/" + ref.label : ""}".`,
      same ? "remove the duplicate (matching ignores case and diacritics)." : "keep the pattern in one entry only.");
  }
  if (problems.length) throw new FramediffError(problems);
}
