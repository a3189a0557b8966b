import type { Warning } from "../../errors";
import type { MentionKind } from "../../profile/mention-targets";
import type { Profiled } from "../../profile/types";
import { compareCodeUnits } from "../../util/compare";
import { eventOf, byOutlet } from "../groups";
import { inProfileOrder } from "../profile-order";
import { featureResult, type FeatureResult } from "../result";
import { sectionOptions, type SectionOptions } from "./options";
import { sentenceSections, targetsOf } from "./sections";
import { maxOf, minOf } from "../../stats/extent";

/** Where an article places one actor, concept or frame. */
export interface PositionRow {
  readonly outlet: string;
  readonly event: string;
  readonly articleId: string;
  readonly kind: MentionKind;
  readonly key: string;
  readonly mentions: number;
  /** `headline` if the title names it, else `lead` if the lead does, else `body`; `furniture` if only page furniture does. */
  readonly placement: "headline" | "lead" | "body" | "furniture";
  /** Relative position (0 = first content sentence, 1 = last) of the first content sentence naming it; null if only the headline/furniture does. */
  readonly firstPosition: number | null;
  /** Last minus first relative position of the content sentences naming it: 0 = one place, 1 = from first to last sentence; null when none. */
  readonly spread: number | null;
}

/** Per outlet, how its articles place one target. */
export interface PlacementRow {
  readonly outlet: string;
  readonly kind: MentionKind;
  readonly key: string;
  readonly articles: number;
  readonly articlesMentioning: number;
  /** Shares of the outlet's articles (all of them, mentioning or not). */
  readonly headlineShare: number;
  readonly leadShare: number;
  readonly bodyOnlyShare: number;
  /** Mean first position over the articles with a content mention; null when none. */
  readonly meanFirstPosition: number | null;
  readonly articleIds: readonly string[];
}

/**
 * Position of every actor, concept and frame in every article, and per outlet
 * how often each reaches the headline, the lead or only the body — the
 * inverted-pyramid reading of emphasis (what comes first is what the outlet
 * foregrounds). Rows by article (id order, `inProfileOrder`), then target.
 */
export function mentionPositions(input: readonly Profiled<"emphasis">[], options: SectionOptions = {}): FeatureResult<"mention-positions", Required<SectionOptions>, PositionRow> {
  const profiles = inProfileOrder(input);
  const o = sectionOptions(options);
  const rows: PositionRow[] = [];
  for (const p of profiles) {
    const part = p.emphasis;
    const { section, position } = sentenceSections(part, o);
    const targets = targetsOf(part);
    // the sentences of each target's mentions, targets in target order (= sorted by kind, then key)
    const sentencesOf: number[][] = targets.map(() => []);
    for (let m = 0; m < part.mentionTarget.length; m++) sentencesOf[part.mentionTarget[m]].push(part.mentionSentence[m]);
    targets.forEach(({ kind, key }, t) => {
      const sentences = sentencesOf[t];
      if (sentences.length === 0) return;
      const secs = sentences.map((s) => section[s]);
      const pos = sentences.map((s) => position[s]).filter((x): x is number => x !== null);
      rows.push({
        outlet: p.outlet, event: eventOf(p), articleId: p.id, kind, key, mentions: sentences.length,
        placement: secs.includes("headline") ? "headline" : secs.includes("lead") ? "lead" : secs.includes("body") ? "body" : "furniture",
        firstPosition: pos.length ? minOf(pos) : null,
        spread: pos.length ? maxOf(pos) - minOf(pos) : null,
      });
    });
  }
  return featureResult("mention-positions", o, rows);
}

/** Per outlet placement summary of {@link mentionPositions} (pass its result in to avoid computing it twice). */
export function placementByOutlet(input: readonly Profiled<"emphasis">[], options: SectionOptions = {}, positions = mentionPositions(input, options)): FeatureResult<"placement", Required<SectionOptions>, PlacementRow> {
  const profiles = inProfileOrder(input);
  const warnings: Warning[] = [];
  const rows: PlacementRow[] = [];
  // outlet → target → its position rows, in row order (indexed once, not filtered per outlet and target)
  const index = new Map<string, Map<string, PositionRow[]>>();
  for (const r of positions.rows) {
    const t = `${r.kind}\u0000${r.key}`;
    const mine = index.get(r.outlet) ?? index.set(r.outlet, new Map()).get(r.outlet)!;
    (mine.get(t) ?? mine.set(t, []).get(t)!).push(r);
  }
  const targets = [...new Set(positions.rows.map((r) => `${r.kind}\u0000${r.key}`))].sort(compareCodeUnits);
  for (const [outlet, articles] of byOutlet(profiles)) {
    const mine = index.get(outlet);
    for (const t of targets) {
      const [kind, key] = t.split("\u0000") as [MentionKind, string];
      const hits = mine?.get(t) ?? [];
      const firsts = hits.map((r) => r.firstPosition).filter((x): x is number => x !== null);
      const n = articles.length;
      rows.push({
        outlet, kind, key, articles: n, articlesMentioning: hits.length,
        headlineShare: hits.filter((r) => r.placement === "headline").length / n,
        leadShare: hits.filter((r) => r.placement === "lead").length / n,
        bodyOnlyShare: hits.filter((r) => r.placement === "body").length / n,
        meanFirstPosition: firsts.length ? firsts.reduce((a, b) => a + b, 0) / firsts.length : null,
        articleIds: hits.map((r) => r.articleId),
      });
    }
  }
  return featureResult("placement", positions.params, rows, warnings);
}
