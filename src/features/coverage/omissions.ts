import type { Profiled } from "../../profile/types";
import { coverageClaims, type CoverageClaims, type CoverageClaimsParams } from "./claims";
import { omissionOptions, type OmissionOptions } from "./options";
import { featureResult, type FeatureResult } from "../result";
import { compareCodeUnits } from "../../util/compare";
import { groupBy } from "../../util/group-by";

/** A claim an outlet does not carry although other outlets of the event do. */
export interface OmissionRow {
  readonly outlet: string;
  readonly event: string;
  /** 1 = carried by the most other outlets; ties share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly claim: string;
  /** The claim's representative sentence. */
  readonly text: string;
  /** The other outlets carrying the claim, sorted. */
  readonly carriedBy: readonly string[];
  readonly carriers: number;
  /** Outlets of the event other than this one. */
  readonly otherOutlets: number;
  /** carriers / otherOutlets. */
  readonly share: number;
  /** The outlet's articles in the event: none of them carries the claim. */
  readonly articleIds: readonly string[];
  /** The articles of the other outlets that carry it. */
  readonly carrierArticleIds: readonly string[];
}

export type CoverageOmissionsParams = CoverageClaimsParams & { readonly minShare: number; readonly minCarriers: number };

export type CoverageOmissions = FeatureResult<"coverage-omissions", CoverageOmissionsParams, OmissionRow>;

/**
 * Per outlet and event: the claims the outlet omits, ranked by how many of
 * the event's other outlets carry them. A claim the outlet lacks is an
 * omission when at least `minShare` of the event's other outlets carry it
 * (default: half) and at least `minCarriers` of them do (default: 2), so an
 * omission is a claim most of the event's outlets carry, never one claim of
 * one other outlet (issue 11 finding 12). Events with fewer than
 * `minCarriers + 1` outlets can have none (a warning names them). Only
 * outlets with an article in the event can omit its claims. Takes the profiles (and
 * aligns claims with the same options) or a `coverageClaims` result, whose
 * params are then used and `options` other than `minShare` ignored.
 *
 * Rows: outlets sorted, then events, then rank, then claim id.
 *
 * @example
 * coverageOmissions(profiles).rows.filter((r) => r.outlet === "tass" && r.rank === 1); // the claims the most others carry
 */
export function coverageOmissions(input: readonly Profiled<"coverage">[] | CoverageClaims, options: OmissionOptions = {}): CoverageOmissions {
  const o = omissionOptions(options);
  const claims = isClaims(input) ? input : coverageClaims(input, o);
  const rows: OmissionRow[] = [];
  const tooSmall: string[] = [];
  // claim rows and articles grouped once by event (and outlet): a scan of every row per event and outlet is quadratic in corpus size
  const claimsOf = groupBy(claims.rows, (r) => r.event);
  for (const e of claims.params.events) {
    const ownOf = groupBy(e.articles, (a) => a.outlet);
    const eventClaims = claimsOf.get(e.event) ?? [];
    const others = e.outlets.length - 1;
    if (others > 0 && others < o.minCarriers) tooSmall.push(e.event);
    for (const outlet of e.outlets) {
      if (others < o.minCarriers) continue;
      const own = (ownOf.get(outlet) ?? []).map((a) => a.id);
      const omitted = eventClaims
        .filter((r) => !r.outlets.includes(outlet) && r.nOutlets >= o.minCarriers && r.nOutlets / others >= o.minShare - 1e-12)
        .sort((a, b) => b.nOutlets - a.nOutlets || claimNumber(a.claim) - claimNumber(b.claim));
      omitted.forEach((r, i) => {
        const rank = i > 0 && omitted[i - 1].nOutlets === r.nOutlets ? rows[rows.length - 1].rank : i + 1;
        rows.push({
          outlet, event: e.event, rank, claim: r.claim, text: r.text, carriedBy: r.outlets, carriers: r.nOutlets,
          otherOutlets: others, share: r.nOutlets / others, articleIds: own, carrierArticleIds: r.articleIds,
        });
      });
    }
  }
  rows.sort((a, b) => compareCodeUnits(a.outlet, b.outlet) || compareCodeUnits(a.event, b.event) || a.rank - b.rank || claimNumber(a.claim) - claimNumber(b.claim));
  const warnings = [...claims.warnings];
  if (tooSmall.length) {
    const n = tooSmall.length, shown = tooSmall.slice(0, 5).map((e) => `"${e}"`).join(", ");
    warnings.push({
      code: "omissions-too-few-outlets",
      message: `${n === 1 ? "event" : `${n} events`} ${shown}${n > 5 ? ", …" : ""} ${n === 1 ? "has" : "have"} fewer than ${o.minCarriers + 1} outlets, so no claim there is carried by the ${o.minCarriers} other outlets an omission needs (minCarriers); see the claims each outlet alone carries in coverage-claims (unique), or set minCarriers: 1.`,
    });
  }
  return featureResult("coverage-omissions", { ...claims.params, minShare: o.minShare, minCarriers: o.minCarriers }, rows, warnings);
}


function isClaims(x: readonly Profiled<"coverage">[] | CoverageClaims): x is CoverageClaims {
  return !Array.isArray(x) && (x as CoverageClaims).kind === "coverage-claims";
}

function claimNumber(id: string): number {
  return Number(id.slice(1));
}
