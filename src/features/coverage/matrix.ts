import type { ClaimCell, ClaimRow, CoverageClaims } from "./claims";

/** One cell of the claims × outlets matrix. */
export interface ClaimOutletRow {
  readonly claim: string;
  readonly event: string;
  /** The claim's representative sentence. */
  readonly claimText: string;
  readonly nOutlets: number;
  readonly outlet: string;
  readonly carried: boolean;
  /** The outlet's first sentence in the claim (by article id, then sentence index); null when not carried. */
  readonly articleId: string | null;
  readonly sentence: number | null;
  readonly text: string | null;
  /** Every sentence of the outlet in the claim (an outlet may repeat a claim). */
  readonly sentences: readonly ClaimCell[];
}

/**
 * The claims × outlets matrix in long form: one row per claim and per outlet
 * of the claim's event, carried or not, claims in id order and outlets
 * sorted. Filter `carried` for the cells that hold a sentence.
 *
 * @example
 * claimMatrix(claims).filter((r) => r.claim === "c1").map((r) => [r.outlet, r.sentence]); // [["src000", 0], …, ["tass", null], …]
 */
export function claimMatrix(result: CoverageClaims): ClaimOutletRow[] {
  const outletsOf = new Map(result.params.events.map((e) => [e.event, e.outlets]));
  const out: ClaimOutletRow[] = [];
  for (const row of result.rows) {
    for (const outlet of outletsOf.get(row.event) ?? []) {
      const cells = row.cells.filter((c) => c.outlet === outlet);
      const first = cells[0];
      out.push({
        claim: row.claim, event: row.event, claimText: row.text, nOutlets: row.nOutlets, outlet, carried: cells.length > 0,
        articleId: first?.articleId ?? null, sentence: first?.sentence ?? null, text: first?.text ?? null, sentences: cells,
      });
    }
  }
  return out;
}

/**
 * Claims carried by one outlet only, optionally of one outlet, in id order.
 * In an event with a single outlet every claim is unique (the claims result
 * warns about such events).
 *
 * @example
 * uniqueClaims(claims, "tass").map((r) => r.text); // ["On February 21, Russian President Vladimir Putin signed decrees …", …]
 */
export function uniqueClaims(result: CoverageClaims, outlet?: string): ClaimRow[] {
  return result.rows.filter((r) => r.unique && (outlet === undefined || r.outlets[0] === outlet));
}
