import type { Comparison } from "../features/compare";
import type { FeatureResult } from "../features/result";

type AnyResult = FeatureResult<string, unknown, unknown>;

/** Every feature result of a comparison with a file-safe name (its kind), in a fixed order. */
export function resultsOf(c: Comparison): [string, AnyResult][] {
  const out: [string, AnyResult][] = [];
  const visit = (v: unknown) => {
    if (v && typeof v === "object" && "kind" in v && "rows" in v) out.push([(v as AnyResult).kind, v as AnyResult]);
    else if (v && typeof v === "object" && !Array.isArray(v)) for (const x of Object.values(v)) visit(x);
  };
  const { parsed: _p, corpus: _c, lexicon: _l, warnings: _w, ...results } = c;
  visit(results);
  return out;
}
