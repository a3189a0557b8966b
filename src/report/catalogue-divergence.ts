import { chartDivergences } from "../charts/divergence";
import { chartOutletMap } from "../charts/outlet-map";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry } from "./catalogue-types";

/** Pairwise divergence on every family, and the combined view. */
export const DIVERGENCE_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "divergence", table: "divergence", columns: columnsOf("divergence"), section: "divergence",
    get: (c) => c.divergence,
    charts: [
      { name: "divergence", draw: (r, { options }) => chartDivergences(r, options) },
      {
        name: "outlet-map",
        // a map of two outlets is a line: it needs pooled combined values among three or more
        skip: (r) => (r.rows.some((x) => x.family === "combined" && x.scope === "pooled" && x.value !== null) && new Set(r.rows.map((x) => x.outletA)).size >= 2
          ? null : "no pooled combined divergence among three or more outlets"),
        draw: (r, { options }) => chartOutletMap(r, options),
      },
    ],
    // the pairs among the outlets the charts show: half a million pairs belong in the CSV, not the page
    reportTable: (r, { shown }) => ({
      caption: `Pairwise divergence (pooled${shown ? `, pairs among the ${shown.size} outlets shown` : ""})`,
      rows: r.rows.filter((x) => x.scope === "pooled" && (!shown || (shown.has(x.outletA) && shown.has(x.outletB)))),
      columns: [
        ["family", (x) => x.family], ["outlet A", (x) => x.outletA], ["outlet B", (x) => x.outletB],
        ["value", (x) => x.value], ["lower", (x) => x.lower], ["upper", (x) => x.upper], ["p", (x) => x.p],
        // issue 11: adjusted p beside the raw one, and which test each p comes from ("not testable" rather than p = 1)
        ["Holm p", (x) => x.pHolm], ["BH p", (x) => x.pBH], ["test", (x) => x.test],
      ],
    }),
    skip: { noun: "divergence", withoutLexicon: "labels, emphasis and voice divergence families" },
  }),
];
