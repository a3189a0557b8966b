import { chartClaimMatrix } from "../charts/claim-matrix";
import { chartOmissions } from "../charts/omissions";
import type { ChartOptions, ChartSpec } from "../charts/types";
import { chartDirectIndirect, chartVerbStance, chartVoiceBySpeaker } from "../charts/voice";
import type { Comparison } from "../features/compare";
import { pickCapped } from "./pick";
import type { AnalysisSection } from "./analysis-section";

/** Voice and coverage sections. */
export function extraSections(c: Comparison, options: ChartOptions = {}): AnalysisSection[] {
  const voice: ChartSpec[] = [];
  if (c.voice.speakers.rows.length) voice.push(chartVoiceBySpeaker(c.voice.speakers, options));
  if (c.voice.outlets.rows.some((r) => r.quotes > 0)) voice.push(chartDirectIndirect(c.voice.outlets, options), chartVerbStance(c.voice.outlets, options));
  const coverage: ChartSpec[] = [];
  if (c.coverage.claims.rows.some((r) => r.nOutlets > 1)) coverage.push(chartClaimMatrix(c.coverage.claims, options));
  if (c.coverage.omissions.rows.length) coverage.push(chartOmissions(c.coverage.omissions, options));
  return [
    {
      id: "voice", title: "Voice",
      intro: "Who is quoted, and how much: shares of quoted words by speaker (direct quotes and reported speech), and the stance of the reporting verbs.",
      figures: voice,
      tables: [pickCapped("Quoted words by speaker", c.voice.speakers.kind, c.voice.speakers.rows, [
        ["outlet", (r) => r.outlet], ["speaker", (r) => r.speaker], ["quotes", (r) => r.quotes], ["words", (r) => r.words], ["share", (r) => r.share],
      ])],
    },
    {
      id: "coverage", title: "Coverage",
      intro: "Which claims each outlet reports: sentences aligned across outlets by BM25 similarity into claims, and the claims most other outlets carry that an outlet omits.",
      figures: coverage,
      tables: [pickCapped("Claims carried by more than one outlet", c.coverage.claims.kind, c.coverage.claims.rows.filter((r) => r.nOutlets > 1), [
        ["claim", (r) => r.claim], ["outlets", (r) => r.outlets.join(", ")], ["n", (r) => r.nOutlets], ["sentence", (r) => r.text],
      ])],
    },
  ];
}
