import type { DraftOptions, ResolvedDraftOptions } from "./types";

/** Defaults of `draftLexicon` (each is stated on `DraftOptions`). */
export const DRAFT_DEFAULTS: ResolvedDraftOptions = Object.freeze({
  minCount: 3, maxActors: 200, topTerms: 10, minZ: 1.96, minTermCount: 2, minSharedContext: 2, maxLabels: 4, maxLabelSets: 30,
});

/** Fills in the defaults and checks every value, with a message naming the option: minZ a finite number > 0, the others whole numbers ≥ 1 (≥ 2 for maxLabels). */
export function draftOptions(options: DraftOptions = {}): ResolvedDraftOptions {
  const out = { ...DRAFT_DEFAULTS } as Record<keyof ResolvedDraftOptions, number>;
  for (const k of Object.keys(DRAFT_DEFAULTS) as (keyof ResolvedDraftOptions)[]) {
    const v = options[k];
    if (v === undefined) continue;
    if (k === "minZ") {
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw new Error(`invalid minZ: ${String(v)} (use a finite number > 0, e.g. 1.96)`);
      out[k] = v;
      continue;
    }
    const min = k === "maxLabels" ? 2 : 1;
    if (!Number.isInteger(v) || v < min) throw new Error(`invalid ${k}: ${String(v)} (use a whole number ≥ ${min})`);
    out[k] = v;
  }
  return Object.freeze(out);
}
