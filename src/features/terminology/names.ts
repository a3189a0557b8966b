import { vocabularyOf } from "../../profile/terminology";
import type { Profiled } from "../../profile/types";
import { eventOf } from "../groups";

/** Every capitalised spelling that folds to one string, with where and how it is used. */
export interface NameForm {
  /** Folded spelling (lower case, no diacritics): the key. */
  readonly folded: string;
  /** Spellings as written → count. */
  readonly surfaces: Map<string, number>;
  /** Outlet → capitalised uses. */
  readonly outlets: Map<string, number>;
  /** Articles using it, in the order read (id order from transliterationVariants). */
  readonly articleIds: string[];
  /** Capitalised uses, and those of them that are not the first word of a sentence or that wink tags PROPN. */
  capitalised: number;
  nameLike: number;
  /** wink lemmas of single-token uses (lower case). */
  readonly lemmas: Set<string>;
  /** Content words (folded lemmas) near its uses → count. */
  readonly context: Map<string, number>;
  /** Event → the context words of its uses in that event's articles (an entry, maybe empty, for every event it is used in). */
  readonly events: Map<string, Map<string, number>>;
}

export interface NameInventory {
  readonly forms: Map<string, NameForm>;
  /** Folded word → uses written in lower case (common-word evidence). */
  readonly lowercase: Map<string, number>;
}

/**
 * The capitalised words of every article, merged: each profile's name table
 * (see `articleNames` in the map for what a name and its context are) adds
 * its counts, its outlet and its id, in the order given, and its context
 * under the article's event (`"(all)"` for an article without one).
 */
export function nameInventory(profiles: readonly Profiled<"terminology">[]): NameInventory {
  const forms = new Map<string, NameForm>();
  const lowercase = new Map<string, number>();
  for (const p of profiles) {
    const { names: n, lowercase: lower } = p.terminology, words = vocabularyOf(p.terminology), event = eventOf(p);
    for (let k = 0; k < lower.word.length; k++) add(lowercase, words[lower.word[k]], lower.count[k]);
    for (let r = 0; r < n.form.length; r++) {
      const folded = words[n.form[r]];
      let f = forms.get(folded);
      if (!f) { f = { folded, surfaces: new Map(), outlets: new Map(), articleIds: [], capitalised: 0, nameLike: 0, lemmas: new Set(), context: new Map(), events: new Map() }; forms.set(folded, f); }
      const inEvent = f.events.get(event) ?? f.events.set(event, new Map()).get(event)!;
      const first = r > 0 ? n.surfaceEnd[r - 1] : 0, capitalised = n.surfaceEnd[r] - first; // one surface per capitalised use
      for (let k = first; k < n.surfaceEnd[r]; k++) add(f.surfaces, words[n.surface[k]], 1);
      add(f.outlets, p.outlet, capitalised);
      if (f.articleIds[f.articleIds.length - 1] !== p.id) f.articleIds.push(p.id);
      f.capitalised += capitalised;
      f.nameLike += n.nameLike[r];
      for (let k = r > 0 ? n.lemmaEnd[r - 1] : 0; k < n.lemmaEnd[r]; k++) f.lemmas.add(words[n.lemma[k]]);
      for (let k = r > 0 ? n.contextEnd[r - 1] : 0; k < n.contextEnd[r]; k++) { add(f.context, words[n.context[k]], 1); add(inEvent, words[n.context[k]], 1); }
    }
  }
  return { forms, lowercase };
}

function add(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}
