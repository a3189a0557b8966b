import type { Lexicon } from "../lexicon/types";
import type { MentionKind } from "../parse/types";

/** `actor:<name>`, `concept:<id>/<label>`, `frame:<id>`: the key a mention counts under. */
export function hitKey(kind: MentionKind, key: string, label: string): string {
  return kind === "concept" ? `concept:${key}/${label}` : `${kind}:${key}`;
}

/** Every key of a lexicon in file order (actors, concept labels, frames). */
export function lexiconKeys(lexicon: Lexicon): string[] {
  return [
    ...lexicon.actors.map((a) => hitKey("actor", a.name, a.name)),
    ...lexicon.concepts.flatMap((c) => c.labels.map((l) => hitKey("concept", c.id, l.label))),
    ...lexicon.frames.map((f) => hitKey("frame", f.id, f.id)),
  ];
}
