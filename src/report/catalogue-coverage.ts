import { chartClaimMatrix } from "../charts/claim-matrix";
import { chartOmissions } from "../charts/omissions";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry } from "./catalogue-types";

/** Claims aligned across outlets, the claims an outlet omits, and shared wording. */
export const COVERAGE_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "coverage-claims", table: "coverage-claims", columns: columnsOf("coverage-claims"), section: "coverage",
    get: (c) => c.coverage.claims,
    charts: [{
      name: "coverage-claims",
      skip: (r) => (r.rows.some((x) => x.nOutlets > 1) ? null : "no claim is carried by two outlets"),
      draw: (r, { options }) => chartClaimMatrix(r, options),
    }],
    reportTable: (r) => ({ caption: "Claims carried by more than one outlet", rows: r.rows.filter((x) => x.nOutlets > 1), columns: [
      ["claim", (x) => x.claim], ["outlets", (x) => x.outlets.join(", ")], ["n", (x) => x.nOutlets], ["sentence", (x) => x.text],
    ] }),
    skip: { noun: "claim" },
  }),
  entry({
    kind: "coverage-omissions", table: "coverage-omissions", columns: columnsOf("coverage-omissions"), section: "coverage",
    get: (c) => c.coverage.omissions,
    charts: [{ name: "coverage-omissions", draw: (r, { options }) => chartOmissions(r, options) }],
    skip: { noun: "omission" },
  }),
  entry({
    kind: "coverage-shared-wording", table: "coverage-shared-wording", columns: columnsOf("coverage-shared-wording"), section: "coverage",
    get: (c) => c.coverage.sharedWording,
    charts: [],
    skip: { noun: "shared-wording" },
  }),
];
