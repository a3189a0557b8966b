import type { Warning } from "../../errors";
import type { Profiled } from "../../profile/types";
import { compareCodeUnits } from "../../util/compare";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { articleMentions, type AttentionKind } from "./article-mentions";
import { readArticleDate, type ArticleDate } from "./article-date";
import { timeOptions, type TimeOptions } from "./options";
import { choosePeriod, periodInfo, periodOrdinal, type PeriodInfo, type PeriodUnit } from "./periods";
import { unplacedWarnings, type Unplaced } from "./unplaced";

/** How much attention one outlet gave one actor, concept, frame or label in one period. */
export interface AttentionRow {
  readonly outlet: string;
  /** `2022-03-10` (day), `2020-W53` (ISO week) or `2022-03` (month). */
  readonly period: string;
  /** First and last day of the period (ISO dates). */
  readonly start: string;
  readonly end: string;
  readonly kind: AttentionKind;
  /** Actor name, concept id, frame id, or the label. */
  readonly key: string;
  /** The concept of a label; null for the other kinds. */
  readonly concept: string | null;
  /** Mentions in the outlet's articles of the period. */
  readonly mentions: number;
  /** The outlet's dated articles in the period (0 for a period inside its span with none). */
  readonly articles: number;
  /** mentions / articles; null when the period has no article of the outlet. */
  readonly mentionsPerArticle: number | null;
  readonly articlesMentioning: number;
  /** Articles with a mention, id order. */
  readonly articleIds: readonly string[];
}

export interface AttentionParams {
  /** The period the rows count by. */
  readonly period: PeriodUnit;
  /** What was asked for: *auto* or a unit. */
  readonly requested: "auto" | PeriodUnit;
  readonly maxDaysByDay: number;
  readonly maxDaysByWeek: number;
  /** Weeks are ISO 8601 weeks: Monday to Sunday, week 1 holding the year's first Thursday. */
  readonly weekStart: "Monday";
  /** First and last dated day of the corpus (dates with a day only); null when none gives a day. */
  readonly first: string | null;
  readonly last: string | null;
  /** Days from first to last, both counted (0 when none). */
  readonly spanDays: number;
  /** Articles given, and those placed in a period. */
  readonly articles: number;
  readonly placed: number;
}

export type AttentionResult = FeatureResult<"attention-over-time", AttentionParams, AttentionRow>;

/** What a comparison says when {@link attentionOverTime} is null: no article has a date. */
export const NO_DATES: Warning = Object.freeze({
  code: "no-dates",
  message: "no article has a date, so attention over time was skipped (no table, chart or report section).",
  hint: "give articles a date (ISO 8601, e.g. 2022-03-10) to follow attention over time.",
});

/** One outlet's tallies: dated articles per period, and per followed key its mentions per period. */
interface OutletTally {
  readonly articles: Map<number, number>;
  readonly keys: Map<string, KeyTally>;
  first: number;
  last: number;
}

interface KeyTally {
  readonly kind: AttentionKind;
  readonly key: string;
  readonly concept: string | null;
  readonly byPeriod: Map<number, { mentions: number; ids: string[] }>;
}

/**
 * Attention over time: per outlet, period and followed thing (actor,
 * concept, frame or concept label), its mentions in the outlet's articles of
 * the period, the articles of the period, and mentions per article — how
 * attention to each thing rises and falls, outlet by outlet.
 *
 * Periods are calendar days, ISO 8601 weeks (Monday to Sunday) or calendar
 * months, chosen from the span of the corpus's dates unless `period` forces
 * one (see `choosePeriod`: ≤ 60 days by day, ≤ 731 by week, else by month).
 * A date counts on the day it was written with (`readArticleDate`: an
 * offset does not move it). Each outlet gets a row for every period from its
 * first dated article to its last, periods without an article included
 * (articles 0, mentionsPerArticle null), and for every key it mentions at
 * least once; a key it never mentions has no rows (0 throughout). Rows are
 * in the order outlet, period, kind, key, concept (code units).
 *
 * Articles without a date, with a date too coarse for the period (a month
 * for weeks, a year for anything) or with an unreadable date are left out
 * and named in warnings, never dropped silently. Returns null when no
 * article has a date: there is no time to follow.
 *
 * One pass over the articles, each read once (`articleMentions`); rows are
 * written from per-outlet tallies, so the work is articles + rows.
 *
 * @example
 * const r = attentionOverTime(profiles);
 * r?.rows.filter((x) => x.outlet === "tass" && x.kind === "actor" && x.key === "Lavrov").map((x) => [x.period, x.mentionsPerArticle]);
 */
export function attentionOverTime(input: readonly Profiled<"emphasis" | "terminology">[], options: TimeOptions = {}): AttentionResult | null {
  const o = timeOptions(options);
  const profiles = inProfileOrder(input);
  const dates: ArticleDate[] = profiles.map((p) => readArticleDate(p.date));
  if (!dates.some((d) => d.precision !== "none")) return null;
  const chosen = choosePeriod(dates, o);
  const unit = o.period === "auto" ? chosen.unit : o.period;
  const tallies = new Map<string, OutletTally>();
  const unplaced: Unplaced[] = [];
  let placed = 0;
  profiles.forEach((p, i) => {
    const at = periodOrdinal(dates[i], unit);
    if (at === null) { unplaced.push({ id: p.id, outlet: p.outlet, date: dates[i] }); return; }
    placed++;
    let t = tallies.get(p.outlet);
    if (!t) tallies.set(p.outlet, (t = { articles: new Map(), keys: new Map(), first: at, last: at }));
    t.articles.set(at, (t.articles.get(at) ?? 0) + 1);
    if (at < t.first) t.first = at;
    if (at > t.last) t.last = at;
    for (const m of articleMentions(p)) {
      const id = `${m.kind}\u0000${m.key}\u0000${m.concept ?? ""}`;
      let k = t.keys.get(id);
      if (!k) t.keys.set(id, (k = { kind: m.kind, key: m.key, concept: m.concept, byPeriod: new Map() }));
      const cell = k.byPeriod.get(at) ?? k.byPeriod.set(at, { mentions: 0, ids: [] }).get(at)!;
      cell.mentions += m.count;
      cell.ids.push(p.id);
    }
  });
  const rows: AttentionRow[] = [];
  const infos = new Map<number, PeriodInfo>();
  let followed = 0;
  for (const outlet of [...tallies.keys()].sort(compareCodeUnits)) {
    const t = tallies.get(outlet)!;
    const keys = [...t.keys.values()].sort((a, b) => compareCodeUnits(a.kind, b.kind) || compareCodeUnits(a.key, b.key) || compareCodeUnits(a.concept ?? "", b.concept ?? ""));
    followed += keys.length;
    for (let at = t.first; at <= t.last; at++) {
      const info = infos.get(at) ?? infos.set(at, periodInfo(at, unit)).get(at)!;
      const articles = t.articles.get(at) ?? 0;
      for (const k of keys) {
        const cell = k.byPeriod.get(at);
        const mentions = cell?.mentions ?? 0;
        rows.push({
          outlet, period: info.label, start: info.start, end: info.end, kind: k.kind, key: k.key, concept: k.concept,
          mentions, articles, mentionsPerArticle: articles ? mentions / articles : null,
          articlesMentioning: cell?.ids.length ?? 0, articleIds: cell?.ids ?? [],
        });
      }
    }
  }
  const warnings: Warning[] = unplacedWarnings(unplaced, profiles.length, unit);
  if (placed > 0 && followed === 0) warnings.push({ code: "no-mentions-over-time", message: "no actor, concept, frame or label mentions in the dated articles (no lexicon, or none of its entries occur), so attention over time has no rows." });
  const params: AttentionParams = {
    period: unit, requested: o.period, maxDaysByDay: o.maxDaysByDay, maxDaysByWeek: o.maxDaysByWeek, weekStart: "Monday",
    first: chosen.first, last: chosen.last, spanDays: chosen.spanDays, articles: profiles.length, placed,
  };
  return featureResult("attention-over-time", params, rows, warnings);
}
