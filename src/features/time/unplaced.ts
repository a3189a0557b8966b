import type { Warning } from "../../errors";
import { compareCodeUnits } from "../../util/compare";
import type { ArticleDate } from "./article-date";
import type { PeriodUnit } from "./periods";

/** An article attention over time could not place in a period, and its date. */
export interface Unplaced {
  readonly id: string;
  readonly outlet: string;
  readonly date: ArticleDate;
}

/** Outlets named per warning; more are counted. */
const OUTLETS_NAMED = 5;
/** Article ids named per warning. */
const IDS_NAMED = 3;

/**
 * One warning per reason an article was left out of attention over time:
 * no date (`undated-articles`), a date coarser than the period
 * (`coarse-dates`), a date that is not a normalised ISO date
 * (`unreadable-dates`). Each says how many of all the articles, which
 * outlets (the most affected first) and a few ids.
 */
export function unplacedWarnings(unplaced: readonly Unplaced[], total: number, unit: PeriodUnit): Warning[] {
  const none = unplaced.filter((u) => u.date.precision === "none");
  const coarse = unplaced.filter((u) => u.date.precision === "month" || u.date.precision === "year");
  const invalid = unplaced.filter((u) => u.date.precision === "invalid");
  const out: Warning[] = [];
  if (none.length) {
    out.push({
      code: "undated-articles",
      message: `${none.length} of ${total} articles have no date (${describe(none)}): attention over time leaves them out.`,
      hint: "give every article a date (the corpus's date field) to follow it over time.",
    });
  }
  if (coarse.length) {
    out.push({
      code: "coarse-dates",
      message: `${coarse.length} of ${total} articles give only a ${unit === "month" ? "year" : "month or a year"} (${describe(coarse)}), too coarse for periods of a ${unit}: attention over time leaves them out.`,
      hint: unit === "month" ? "give those articles a month or a full date." : 'count by month ({ time: { period: "month" } }) to place month-only dates, or give those articles a full date.',
    });
  }
  if (invalid.length) {
    const example = invalid[0].date.precision === "invalid" ? invalid[0].date.value : "";
    out.push({
      code: "unreadable-dates",
      message: `${invalid.length} of ${total} articles have a date that is not an ISO 8601 date such as ${JSON.stringify(example)} (${describe(invalid)}): attention over time leaves them out.`,
      hint: "write dates as YYYY-MM-DD (loadCorpus normalises them; articles built by hand must too).",
    });
  }
  return out;
}

/** "tass 3, rt 1; e.g. a1, a2, a7" — outlets by count (then id), a few ids. */
function describe(list: readonly Unplaced[]): string {
  const byOutlet = new Map<string, number>();
  for (const u of list) byOutlet.set(u.outlet, (byOutlet.get(u.outlet) ?? 0) + 1);
  const outlets = [...byOutlet].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]));
  const named = outlets.slice(0, OUTLETS_NAMED).map(([o, n]) => `${o} ${n}`).join(", ");
  const more = outlets.length > OUTLETS_NAMED ? ` and ${outlets.length - OUTLETS_NAMED} more outlets` : "";
  const ids = list.slice(0, IDS_NAMED).map((u) => u.id).join(", ");
  return `${named}${more}; e.g. ${ids}${list.length > IDS_NAMED ? ", …" : ""}`;
}
