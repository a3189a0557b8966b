import { chartActorSalience } from "../charts/actor-salience";
import { chartFirstMention } from "../charts/first-mention";
import { chartFrameAttention } from "../charts/frame-attention";
import type { Comparison } from "../features/compare";
import { compareCodeUnits } from "../util/compare";
import { columnsOf } from "./catalogue-docs";
import { entry, type CatalogueEntry, type CatalogueContext } from "./catalogue-types";

/** The most-mentioned actor, for the first-mention chart (ties: code-unit order). */
function leadActor(c: Comparison): string | undefined {
  const counts = new Map<string, number>();
  for (const r of c.emphasis.salience.rows) counts.set(r.actor, (counts.get(r.actor) ?? 0) + r.mentions);
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]?.[0];
}

function firstMentionTargets(ctx: CatalogueContext): readonly string[] {
  if (ctx.firstMention) return ctx.firstMention;
  const actor = leadActor(ctx.comparison);
  return actor === undefined ? [] : [actor];
}

/** Frame attention, mention positions, placement and actor salience. */
export const EMPHASIS_ENTRIES: readonly CatalogueEntry[] = [
  entry({
    kind: "frame-attention", table: "frame-attention", columns: columnsOf("frame-attention"), section: "emphasis",
    get: (c) => c.emphasis.frames,
    charts: [{ name: "frame-attention", draw: (r, { options }) => chartFrameAttention(r, options) }],
    skip: { noun: "frame attention", withoutLexicon: "frame attention" },
  }),
  entry({
    kind: "mention-positions", table: "mention-positions", columns: columnsOf("mention-positions"), section: "emphasis",
    get: (c) => c.emphasis.positions,
    charts: [{
      name: "first-mention",
      skip: (_, ctx) => (firstMentionTargets(ctx).length ? null : "no actor mentions"),
      targets: (_, ctx) => firstMentionTargets(ctx),
      draw: (r, ctx, target) => chartFirstMention(r, target!, { ...ctx.options, kind: "actor" }),
    }],
    skip: { noun: "mention" },
  }),
  entry({
    kind: "placement", table: "placement", columns: columnsOf("placement"), section: "emphasis",
    get: (c) => c.emphasis.placement,
    charts: [],
    skip: { noun: "placement" },
  }),
  entry({
    kind: "actor-salience", table: "actor-salience", columns: columnsOf("actor-salience"), section: "emphasis",
    get: (c) => c.emphasis.salience,
    charts: [{ name: "actor-salience", draw: (r, { options }) => chartActorSalience(r, options) }],
    skip: { noun: "actor salience", withoutLexicon: "actor salience" },
  }),
];
