import { chartActorSalience } from "../charts/actor-salience";
import { chartDistinctiveScatters } from "../charts/distinctive-scatter";
import { chartDistinctiveTerms } from "../charts/distinctive-terms";
import { chartDivergences } from "../charts/divergence";
import { chartFirstMention } from "../charts/first-mention";
import { chartFrameAttention } from "../charts/frame-attention";
import { chartLabelChoices } from "../charts/label-choice";
import { chartOutletMap } from "../charts/outlet-map";
import { chartSentimentArc } from "../charts/sentiment-arc";
import { chartSentimentByOutlet } from "../charts/sentiment-outlets";
import { chartSentimentToward } from "../charts/sentiment-toward";
import type { ChartOptions, ChartSpec } from "../charts/types";
import type { Comparison } from "../features/compare";
import { pickCapped } from "./pick";
import { extraSections } from "./sections-extra";
import { compareCodeUnits } from "../util/compare";
export type { AnalysisSection } from "./analysis-section";
import type { AnalysisSection } from "./analysis-section";
import { pushAll } from "../util/push-all";
import { articlesPerOutlet, pickOutlets } from "../charts/outlet-limit";

/** The most-mentioned actor, for the first-mention chart (ties: alphabetical). */
function leadActor(c: Comparison): string | undefined {
  const counts = new Map<string, number>();
  for (const r of c.emphasis.salience.rows) counts.set(r.actor, (counts.get(r.actor) ?? 0) + r.mentions);
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0];
}

/**
 * Every chart family and the key tables of a comparison, grouped by the
 * question they answer. Charts that need a lexicon are left out without one.
 */
export function analysisSections(c: Comparison, chartOptions: ChartOptions = {}): AnalysisSection[] {
  // many outlets: charts show the top maxOutlets by articles (counted here unless given); each section says so
  const options: ChartOptions = { ...chartOptions, outletArticles: chartOptions.outletArticles ?? articlesPerOutlet(c.parsed) };
  const outletIds = new Set([...(options.outlets ?? []), ...c.corpus.outlets.map((o) => o.id), ...Object.keys(options.outletArticles!)]);
  const { shown, note } = pickOutlets(outletIds, options);
  const sections = sectionsOf(c, options, shown);
  return note ? sections.map((s) => ({ ...s, intro: `${s.intro} ${note}` })) : sections;
}

function sectionsOf(c: Comparison, options: ChartOptions, shown: ReadonlySet<string> | null): AnalysisSection[] {
  const sections: AnalysisSection[] = [];
  const s = c.sentiment;
  sections.push({
    id: "sentiment", title: "Sentiment",
    intro: "Mean wink-nlp sentence sentiment per outlet with 95% bootstrap intervals (articles, then sentences, resampled), the tone of the sentences naming each actor, and how tone moves from the lead to the end of the article.",
    figures: [
      ...(s.outlets.rows.length ? [chartSentimentByOutlet(s.outlets, options)] : []),
      ...(s.toward.rows.length ? [chartSentimentToward(s.toward, options)] : []),
      ...(s.arc.rows.length ? [chartSentimentArc(s.arc, options)] : []),
    ],
    tables: [pickCapped("Sentiment by outlet", s.outlets.kind, s.outlets.rows, [
      ["outlet", (r) => r.outlet], ["articles", (r) => r.articles], ["sentences", (r) => r.sentences],
      ["mean", (r) => r.mean.estimate], ["lower", (r) => r.mean.lower], ["upper", (r) => r.mean.upper],
      ["negative", (r) => r.negative.estimate], ["neutral", (r) => r.neutral.estimate], ["positive", (r) => r.positive.estimate],
    ])],
  });
  const terms: ChartSpec[] = [];
  if (c.labelChoice?.rows.length) pushAll(terms, chartLabelChoices(c.labelChoice, options));
  if (c.distinctiveTerms.rows.length) {
    terms.push(chartDistinctiveTerms(c.distinctiveTerms, options));
    pushAll(terms, chartDistinctiveScatters(c.distinctiveTerms, options));
  }
  sections.push({
    id: "terminology", title: "Terminology",
    intro: "What each outlet calls the same thing (shares of the lexicon's competing labels per concept), and the terms that set each outlet apart from the rest: Monroe, Colaresi & Quinn (2008) log-odds with an informative Dirichlet prior, as z-scores.",
    figures: terms,
    tables: [pickCapped("Spelling variants found without the lexicon (suggestions)", c.transliterationVariants.kind, c.transliterationVariants.rows, [
      ["form A", (r) => r.formA], ["form B", (r) => r.formB], ["similarity", (r) => r.similarity], ["score", (r) => r.score], ["lexicon line", (r) => r.yaml],
    ])],
  });
  const emphasis: ChartSpec[] = [];
  if (c.emphasis.frames.rows.length) emphasis.push(chartFrameAttention(c.emphasis.frames, options));
  const actor = leadActor(c);
  if (actor) emphasis.push(chartFirstMention(c.emphasis.positions, actor, { ...options, kind: "actor" }));
  if (c.emphasis.salience.rows.length) emphasis.push(chartActorSalience(c.emphasis.salience, options));
  sections.push({
    id: "emphasis", title: "Emphasis",
    intro: "Which frames each outlet's sentences carry (lexicon cue terms), where the most-named actor first appears (headline, lead or body), and how prominent each actor is.",
    figures: emphasis, tables: [],
  });
  pushAll(sections, extraSections(c, options));
  const div = c.divergence;
  const figures: ChartSpec[] = div.rows.length ? chartDivergences(div, options) : [];
  if (div.rows.some((r) => r.family === "combined" && r.scope === "pooled" && r.value !== null) && new Set(div.rows.map((r) => r.outletA)).size >= 2) figures.push(chartOutletMap(div, options));
  sections.push({
    id: "divergence", title: "Divergence",
    intro: "How far apart each pair of outlets is on each family, with permutation p-values where every outlet has enough articles, and a 2-D map (classical MDS) of the combined divergence.",
    figures,
    // the pairs among the outlets the charts show, capped: half a million pairs belong in the CSV, not the page
    tables: [pickCapped(`Pairwise divergence (pooled${shown ? `, pairs among the ${shown.size} outlets shown` : ""})`, div.kind,
      div.rows.filter((r) => r.scope === "pooled" && (!shown || (shown.has(r.outletA) && shown.has(r.outletB)))), [
        ["family", (r) => r.family], ["outlet A", (r) => r.outletA], ["outlet B", (r) => r.outletB],
        ["value", (r) => r.value], ["lower", (r) => r.lower], ["upper", (r) => r.upper], ["p", (r) => r.p],
      ])],
  });
  return sections;
}
