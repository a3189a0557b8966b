import { eventOf } from "../features/groups";
import { inProfileOrder } from "../features/profile-order";
import { nameInventory } from "../features/terminology/names";
import { pairedDistinctiveTerms } from "../features/terminology/paired-terms";
import { transliterationVariants } from "../features/terminology/variants";
import type { Profiled } from "../profile/types";
import { draftActors } from "./actors";
import { GENERIC_FRAMES } from "./generic-frames";
import { draftLabelSets } from "./label-sets";
import { draftOptions } from "./options";
import type { DraftOptions, LexiconDraft } from "./types";

/**
 * A lexicon starter from profiles mapped without a lexicon: actors (see
 * `draftActors`), candidate concept label sets (`draftLabelSets`) and the
 * generic frames of Semetko & Valkenburg (2000) (`GENERIC_FRAMES`). Runs
 * only the reductions it needs (name inventory, spelling variants, paired
 * distinctive terms). Profiles are read in profile order, so the draft is the
 * same for any input order and any number of map jobs.
 *
 * @example
 * draftYaml(draftLexicon(profiles, "antalya")); // lexicon YAML, every entry marked # REVIEW
 */
export function draftLexicon(profiles: readonly Profiled<"terminology">[], name: string, options: DraftOptions = {}): LexiconDraft {
  const o = draftOptions(options);
  const parsed = inProfileOrder(profiles);
  const inventory = nameInventory(parsed);
  const actors = draftActors(parsed, inventory, transliterationVariants(parsed).rows, o);
  const labelSets = draftLabelSets(parsed, inventory, pairedDistinctiveTerms(parsed).rows, o);
  return {
    name, articles: parsed.length, outlets: new Set(parsed.map((p) => p.outlet)).size, events: new Set(parsed.map(eventOf)).size, options: o,
    actors: actors.actors, actorsLeftOut: actors.leftOut, labelSets: labelSets.sets, labelSetsLeftOut: labelSets.leftOut, frames: GENERIC_FRAMES,
  };
}
