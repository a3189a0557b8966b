import type { Warning } from "../../errors";
import type { MentionKind, ParsedArticle } from "../../parse/types";
import { eventOf, byOutlet } from "../groups";
import { featureResult, type FeatureResult } from "../result";
import { sectionOptions, sentenceSections, type SectionOptions } from "./sections";
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
 * foregrounds).
 */
export function mentionPositions(parsed: readonly ParsedArticle[], options: SectionOptions = {}): FeatureResult<"mention-positions", Required<SectionOptions>, PositionRow> {
  const o = sectionOptions(options);
  const rows: PositionRow[] = [];
  for (const p of parsed) {
    const { section, position } = sentenceSections(p, o);
    const byKey = new Map<string, { kind: MentionKind; key: string; sentences: number[] }>();
    p.mentions.kind.forEach((kind, m) => {
      const id = `${kind}\u0000${p.mentions.key[m]}`;
      (byKey.get(id) ?? byKey.set(id, { kind, key: p.mentions.key[m], sentences: [] }).get(id)!).sentences.push(p.mentions.sentence[m]);
    });
    for (const id of [...byKey.keys()].sort()) {
      const { kind, key, sentences } = byKey.get(id)!;
      const secs = sentences.map((s) => section[s]);
      const pos = sentences.map((s) => position[s]).filter((x): x is number => x !== null);
      rows.push({
        outlet: p.outlet, event: eventOf(p), articleId: p.id, kind, key, mentions: sentences.length,
        placement: secs.includes("headline") ? "headline" : secs.includes("lead") ? "lead" : secs.includes("body") ? "body" : "furniture",
        firstPosition: pos.length ? minOf(pos) : null,
        spread: pos.length ? maxOf(pos) - minOf(pos) : null,
      });
    }
  }
  return featureResult("mention-positions", o, rows);
}

/** Per outlet placement summary of {@link mentionPositions} (pass its result in to avoid computing it twice). */
export function placementByOutlet(parsed: readonly ParsedArticle[], options: SectionOptions = {}, positions = mentionPositions(parsed, options)): FeatureResult<"placement", Required<SectionOptions>, PlacementRow> {
  const warnings: Warning[] = [];
  const rows: PlacementRow[] = [];
  const targets = [...new Set(positions.rows.map((r) => `${r.kind}\u0000${r.key}`))].sort();
  for (const [outlet, articles] of byOutlet(parsed)) {
    const mine = positions.rows.filter((r) => r.outlet === outlet);
    for (const t of targets) {
      const [kind, key] = t.split("\u0000") as [MentionKind, string];
      const hits = mine.filter((r) => r.kind === kind && r.key === key);
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
