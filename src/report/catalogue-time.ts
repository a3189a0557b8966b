import { chartAttentionTime, rankAttentionKeys } from "../charts/attention-time";
import type { AttentionKind, AttentionRow } from "../features/time/index";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry } from "./catalogue-types";

/** The kinds the chart and the report table follow by default (labels split a concept; they are in the CSV). */
const SHOWN: readonly AttentionKind[] = ["actor", "concept", "frame"];
/** Keys the chart draws and the report table lists. */
const KEYS = 6;

/** The rows of the most-mentioned keys, key by key (most mentioned first), each in table order (outlet, period). */
function topRows(rows: readonly AttentionRow[]): AttentionRow[] {
  const keys = rankAttentionKeys(rows, SHOWN).slice(0, KEYS);
  const rank = new Map(keys.map((k, i) => [`${k.kind}\u0000${k.key}`, i]));
  const byKey: AttentionRow[][] = keys.map(() => []);
  for (const r of rows) {
    const i = r.concept === null ? rank.get(`${r.kind}\u0000${r.key}`) : undefined;
    if (i !== undefined) byKey[i].push(r);
  }
  const out: AttentionRow[] = [];
  for (const list of byKey) for (const r of list) out.push(r);
  return out;
}

/** Attention over time: mentions per article by outlet and period (only when articles have dates). */
export const TIME_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "attention-over-time", table: "attention-over-time", columns: columnsOf("attention-over-time"), section: "time",
    get: (c) => c.attentionOverTime,
    charts: [{
      name: "attention-over-time",
      skip: (r) => (rankAttentionKeys(r.rows, SHOWN).length ? null : "no actor, concept or frame mentions in the dated articles"),
      draw: (r, { options }) => chartAttentionTime(r, { ...options, kinds: SHOWN, keys: KEYS }),
    }],
    reportTable: (r) => ({
      caption: `Mentions per article by ${r.params.period === "week" ? "ISO week" : r.params.period}: the ${KEYS} most-mentioned actors, concepts and frames`,
      rows: topRows(r.rows),
      columns: [
        ["outlet", (x) => x.outlet], ["period", (x) => x.period], ["kind", (x) => x.kind], ["key", (x) => x.key],
        ["mentions", (x) => x.mentions], ["articles", (x) => x.articles], ["per article", (x) => x.mentionsPerArticle],
      ],
    }),
    skip: { noun: "attention over time", absent: "no article has a date", withoutLexicon: "attention over time" },
  }),
];
