import type { Comparison } from "../features/compare";
import { chartActorSalience } from "./actor-salience";
import { chartClaimMatrix } from "./claim-matrix";
import { chartOmissions } from "./omissions";
import { chartDistinctiveScatters } from "./distinctive-scatter";
import { chartDistinctiveTerms } from "./distinctive-terms";
import { chartDivergences } from "./divergence";
import { chartFirstMention } from "./first-mention";
import { chartFrameAttention } from "./frame-attention";
import { chartLabelChoices } from "./label-choice";
import { chartOutletMap } from "./outlet-map";
import { outletLabelsOf } from "./outlets";
import { chartSentimentArc } from "./sentiment-arc";
import { chartSentimentByOutlet } from "./sentiment-outlets";
import { chartSentimentToward } from "./sentiment-toward";
import type { ChartOptions, ChartSpec } from "./types";
import { chartDirectIndirect, chartVerbStance, chartVoiceBySpeaker } from "./voice";
import { pushAll } from "../util/push-all";
import { compareCodeUnits } from "../util/compare";

export interface ComparisonChartOptions extends ChartOptions {
  /** Actors to chart the first mention of. Defaults to *the 3 most mentioned actors*. */
  firstMention?: readonly string[];
}

/** A chart {@link chartComparison} did not draw, and why. */
export interface SkippedChart {
  readonly chart: string;
  readonly reason: string;
}

/**
 * Every chart of a {@link Comparison} (what `compare()` returns), in reading
 * order: sentiment, terminology, emphasis, voice, coverage, divergence.
 * Outlet names come from the corpus (`corpus.outlets`) unless given, and
 * every chart shares one outlet → colour mapping. A chart whose result is
 * empty (no lexicon, no quotes, a single outlet) is skipped with the reason.
 *
 * @example
 * const { specs, skipped } = chartComparison(compare(corpus, lexicon), { theme: paperTheme({ font: "serif" }) });
 */
export function chartComparison(c: Comparison, options: ComparisonChartOptions = {}): { specs: ChartSpec[]; skipped: SkippedChart[] } {
  const o: ChartOptions = {
    ...options,
    outlets: options.outlets ?? c.corpus.outlets.map((x) => x.id),
    outletLabels: options.outletLabels ?? outletLabelsOf(c.corpus.outlets),
  };
  const specs: ChartSpec[] = [];
  const skipped: SkippedChart[] = [];
  const add = (chart: string, when: string | null, make: () => ChartSpec | ChartSpec[]) => {
    if (when !== null) { skipped.push({ chart, reason: when }); return; }
    try {
      const s = make();
      pushAll(specs, Array.isArray(s) ? s : [s]);
    } catch (e) {
      skipped.push({ chart, reason: e instanceof Error ? e.message : String(e) });
    }
  };
  const empty = (r: { rows: readonly unknown[] } | null | undefined, what: string) => (!r ? `no ${what} (no lexicon)` : r.rows.length === 0 ? `no ${what} rows` : null);
  const s = c.sentiment;
  add("sentiment-by-outlet", empty(s.outlets, "sentiment"), () => chartSentimentByOutlet(s.outlets, o));
  add("sentiment-toward-actors", s.toward.rows.some((r) => r.kind === "actor") ? null : "no actor mentions", () => chartSentimentToward(s.toward, { ...o, kind: "actor" }));
  add("sentiment-toward-concepts", s.toward.rows.some((r) => r.kind === "concept") ? null : "no concept mentions", () => chartSentimentToward(s.toward, { ...o, kind: "concept" }));
  add("sentiment-arc", empty(s.arc, "sentiment arc"), () => chartSentimentArc(s.arc, o));
  add("label-choice", c.labelChoice && !c.labelChoice.rows.some((r) => r.count > 0) ? "no concept is named" : empty(c.labelChoice, "label choice"), () => chartLabelChoices(c.labelChoice!, o));
  add("distinctive-terms", empty(c.distinctiveTerms, "distinctive-term"), () => chartDistinctiveTerms(c.distinctiveTerms, o));
  add("distinctive-scatter", empty(c.distinctiveTerms, "distinctive-term"), () => chartDistinctiveScatters(c.distinctiveTerms, o));
  const e = c.emphasis;
  add("frame-attention", e.frames.params.frames.length ? null : "no frames", () => chartFrameAttention(e.frames, o));
  const mentions = new Map<string, number>();
  for (const r of e.salience.rows) mentions.set(r.actor, (mentions.get(r.actor) ?? 0) + r.mentions);
  const targets = options.firstMention ?? [...mentions].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).slice(0, 3).map(([a]) => a);
  for (const t of targets) add(`first-mention-${t}`, null, () => chartFirstMention(e.positions, t, { ...o, kind: "actor" }));
  add("actor-salience", e.salience.rows.length ? null : "no actor mentions", () => chartActorSalience(e.salience, o));
  const v = c.voice;
  add("voice-speakers", empty(v.speakers, "quote"), () => chartVoiceBySpeaker(v.speakers, o));
  add("voice-direct-indirect", v.outlets.rows.some((r) => r.quotes > 0) ? null : "no quotes", () => chartDirectIndirect(v.outlets, o));
  add("voice-verb-stance", v.outlets.rows.some((r) => r.quotes > 0) ? null : "no quotes", () => chartVerbStance(v.outlets, o));
  add("coverage-claims", c.coverage.claims.rows.some((r) => r.nOutlets > 1) ? null : "no claim is carried by two outlets", () => chartClaimMatrix(c.coverage.claims, o));
  add("coverage-omissions", c.coverage.claims.params.events.some((x) => x.outlets.length > 1) ? null : "no event has two outlets", () => chartOmissions(c.coverage.omissions, o));
  add("divergence", empty(c.divergence, "divergence"), () => chartDivergences(c.divergence, o));
  add("outlet-map", c.divergence.rows.some((r) => r.family === "combined") ? null : "no combined divergence (fewer than two outlets)", () => chartOutletMap(c.divergence, o));
  return { specs, skipped };
}
