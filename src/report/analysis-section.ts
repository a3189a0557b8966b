import type { ChartSpec } from "../charts/types";
import type { ReportSection } from "./report-html";

// Its own file so sections.ts and sections-extra.ts can both name it without a cycle.

/** A section of the analysis: its charts (specs without provenance) and key tables. */
export interface AnalysisSection extends Omit<ReportSection, "figures"> {
  readonly figures: readonly ChartSpec[];
}
