/**
 * A lexicon draft (issue 12: half the features need a lexicon and nothing
 * helps write one): what `framediff lexicon draft` proposes, before it is
 * written as YAML. Every entry carries the evidence it was proposed on, so
 * a reviewer can keep, merge or delete it; nothing in it is checked.
 */

/** One outlet's count of something. */
export interface OutletCount {
  readonly outlet: string;
  readonly count: number;
}

/** A proposed actor: one recurring capitalised name and its spellings. */
export interface DraftActor {
  /** The spelling proposed as the entry's name: the most used one (more outlets, then more uses, then code units). */
  readonly name: string;
  /** One spelling per folded form (spellings that fold alike match alike), the name first, then by uses. */
  readonly variants: readonly string[];
  /** Capitalised uses of all its spellings. */
  readonly count: number;
  /** Uses per outlet, sorted by outlet. */
  readonly outlets: readonly OutletCount[];
  /** Spellings that fold to one of `variants` (Mevlüt/Mevlut), listed for the reviewer only. */
  readonly alsoWritten: readonly string[];
  /** Capitalised words that are an English inflection or derivation of one of its spellings (Russian of Russia), left out of the actors. */
  readonly derived: readonly { readonly form: string; readonly count: number }[];
  /** The variant pairs that grouped its spellings, with their evidence (empty for a one-spelling actor). */
  readonly pairs: readonly DraftSpellingPair[];
}

/** Two spellings the variants logic pairs (see `transliterationVariants`). */
export interface DraftSpellingPair {
  readonly formA: string;
  readonly formB: string;
  readonly similarity: number;
  readonly complementarity: number;
  readonly sharedContext: readonly string[];
  readonly outletsA: readonly OutletCount[];
  readonly outletsB: readonly OutletCount[];
}

/** One term of a candidate label set and the outlet it leans to. */
export interface DraftLabel {
  /** The term as counted (a lemma by default, "w1 w2" for a bigram). */
  readonly term: string;
  readonly outlet: string;
  /** Paired (within-event) z of the outlet for the term (see `pairedDistinctiveTerms`). */
  readonly z: number;
  readonly countTarget: number;
  readonly countReference: number;
  readonly events: number;
}

/** A candidate concept: terms that lean to different outlets within the same events and share context words. */
export interface DraftLabelSet {
  readonly id: string;
  /** In the order they joined the set (strongest pair first). */
  readonly labels: readonly DraftLabel[];
  /** Context words the joined pairs share (most shared first, at most 8). */
  readonly sharedContext: readonly string[];
  /** How many context words the pairs share in all. */
  readonly sharedContextCount: number;
  /** Cosine similarity of the context-word counts of the pair that started the set, in [0, 1]. */
  readonly similarity: number;
}

/** A generic frame with seed cues. */
export interface DraftFrame {
  readonly id: string;
  readonly description: string;
  readonly cues: readonly string[];
  /** Where the frame comes from. */
  readonly source: string;
}

/** Everything the draft proposes, and what it was made from. */
export interface LexiconDraft {
  readonly name: string;
  readonly articles: number;
  readonly outlets: number;
  readonly events: number;
  readonly options: ResolvedDraftOptions;
  readonly actors: readonly DraftActor[];
  /** Names that passed every filter but were left out by `maxActors`. */
  readonly actorsLeftOut: number;
  readonly labelSets: readonly DraftLabelSet[];
  /** Candidate sets left out by `maxLabelSets`. */
  readonly labelSetsLeftOut: number;
  readonly frames: readonly DraftFrame[];
}

/** Options of `draftLexicon`. */
export interface DraftOptions {
  /** Least capitalised uses of an actor (all its spellings together). Defaults to *3*. */
  readonly minCount?: number;
  /** Most actors proposed, those used most. Defaults to *200*. */
  readonly maxActors?: number;
  /** Terms taken from each outlet's top of the paired distinctive terms (highest z ≥ minZ). Defaults to *10*. */
  readonly topTerms?: number;
  /** Least paired z of such a term: a strong lean (1.96 is the two-sided 5% level of one test; nothing is corrected for the many terms). Defaults to *1.96*. */
  readonly minZ?: number;
  /** Least uses of such a term by its outlet. Defaults to *2*. */
  readonly minTermCount?: number;
  /** Least context words two terms share (in the events their outlets share) to be set together. Defaults to *1*. */
  readonly minSharedContext?: number;
  /** Most labels in one candidate set. Defaults to *4*. */
  readonly maxLabels?: number;
  /** Most candidate sets proposed, strongest first. Defaults to *30*. */
  readonly maxLabelSets?: number;
}

export type ResolvedDraftOptions = Required<DraftOptions>;
