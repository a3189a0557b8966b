import type { ChartOptions } from "../charts/types";
import type { Comparison } from "../features/compare";
import type { AnalysisSection } from "./sections";
import { pick } from "./sections";

/** Voice and coverage sections. */
export function extraSections(c: Comparison, _options: ChartOptions = {}): AnalysisSection[] {
  return [
    {
      id: "voice", title: "Voice",
      intro: "Who is quoted, and how much: shares of quoted words by speaker (direct quotes and reported speech), and the stance of the reporting verbs.",
      figures: [],
      tables: [{ caption: "Quoted words by speaker", table: pick(c.voice.speakers.rows, [
        ["outlet", (r) => r.outlet], ["speaker", (r) => r.speaker], ["quotes", (r) => r.quotes], ["words", (r) => r.words], ["share", (r) => r.share],
      ]) }],
    },
    {
      id: "coverage", title: "Coverage",
      intro: "Which claims each outlet reports: sentences aligned across outlets by BM25 similarity into claims, and the claims most other outlets carry that an outlet omits.",
      figures: [],
      tables: [{ caption: "Claims carried by more than one outlet", table: pick(c.coverage.claims.rows.filter((r) => r.nOutlets > 1), [
        ["claim", (r) => r.claim], ["outlets", (r) => r.outlets.join(", ")], ["n", (r) => r.nOutlets], ["sentence", (r) => r.text],
      ]) }],
    },
  ];
}
