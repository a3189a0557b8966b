import type { Warning } from "../../errors";
import type { ConceptEntry, Lexicon } from "../../lexicon/types";
import { vocabularyOf, type TerminologyProfile } from "../../profile/terminology";
import type { Profiled } from "../../profile/types";
import { byOutlet, eventsOrAll } from "../groups";
import { inProfileOrder } from "../profile-order";
import { DEFAULTS } from "./options";
import { featureResult, type FeatureResult, type LexiconRef } from "../result";
import { pushAll } from "../../util/push-all";

/** Options of {@link labelChoice} (and {@link labelDivergence}). */
export interface LabelChoiceOptions {
  /** Concept ids to report, in this order. Defaults to *every concept of the lexicon, in file order*. */
  concepts?: readonly string[];
  /**
   * Count within each event (rows carry the article's `event`) instead of over
   * the whole corpus. Defaults to *false*: one pooled table whose rows carry
   * the event `"(all)"`. Per-event counts are what a paired design aggregates.
   */
  byEvent?: boolean;
}

/** How often one outlet used one label of one concept. */
export interface LabelChoiceRow {
  /** The event counted within, or `"(all)"` when pooled. */
  readonly event: string;
  readonly concept: string;
  readonly outlet: string;
  readonly label: string;
  readonly count: number;
  /** The outlet's uses of the concept, all labels together. */
  readonly total: number;
  /** count / total; null when the outlet never refers to the concept (a warning names it). */
  readonly share: number | null;
  /** The outlet's articles that use this label (id order); empty for a zero row. */
  readonly articleIds: readonly string[];
}

export interface LabelChoiceParams {
  readonly lexicon: LexiconRef;
  /** Concept ids and their labels, in row order. */
  readonly concepts: readonly { readonly id: string; readonly labels: readonly string[] }[];
  readonly byEvent: boolean;
}

export type LabelChoiceResult = FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow>;

/**
 * Label choice per concept: for every lexicon concept, each outlet's count and
 * share of each competing label, from the concept-label counts of the
 * profiles (all voices together: own words, direct and scare quotes). Every
 * label of the lexicon gets a row for every outlet, so a label an outlet never
 * writes is a row with count 0 and share 0 ("TASS: invasion 0").
 *
 * share = count / total, total = Σ over the concept's labels. An outlet that
 * never refers to the concept has total 0 and share null, with a warning.
 *
 * Rows: events sorted, concepts in the order given (lexicon order by default),
 * outlets sorted by id, labels in lexicon order.
 *
 * Throws when an article was parsed without this lexicon (or with another
 * version of it): its mentions would not match the labels counted here.
 * Reads only the `terminology` part (and `lexiconHash`) of each profile.
 *
 * @example
 * const r = labelChoice(profiles, lexicon, { concepts: ["conflict"] });
 * r.rows.filter((x) => x.outlet === "tass" && x.count > 0).map((x) => x.label);
 * // bundled corpus => ["special military operation", "conflict", "crisis"]
 */
export function labelChoice(profiles: readonly Profiled<"terminology">[], lexicon: Lexicon, options: LabelChoiceOptions = {}): LabelChoiceResult {
  const o = labelChoiceOptions(lexicon, options);
  const parsed = inProfileOrder(profiles);
  assertParsedWith(parsed, lexicon);
  const concepts = o.concepts.map((id) => lexicon.concepts.find((c) => c.id === id)!);
  const allOutlets = [...byOutlet(parsed).keys()];
  const uses = new Map(parsed.map((p) => [p, labelUses(p.terminology)]));
  const events = eventsOrAll(parsed, o.byEvent);
  const rows: LabelChoiceRow[] = [];
  const warnings: Warning[] = [];
  if (parsed.length === 0) warnings.push({ code: "no-articles", message: "labelChoice was given no articles, so there are no rows." });
  const missing: Silence[] = [];
  const silences = new Map(concepts.map((c) => [c.id, [] as Silence[]]));
  for (const [event, articles] of events) {
    const outlets = byOutlet(articles);
    const absent = allOutlets.filter((x) => !outlets.has(x));
    if (absent.length > 0) missing.push({ event, outlets: absent, everyone: false });
    for (const concept of concepts) pushAll(rows, conceptRows(event, concept, outlets, uses, silences.get(concept.id)!));
  }
  if (missing.length > 0) {
    warnings.push({ code: "outlet-missing-from-event", message: `${missing.length} of ${events.size} events lack some outlets (${describe(missing)}); those outlets have no rows there.` });
  }
  for (const concept of concepts) {
    const w = silenceWarning(concept.id, silences.get(concept.id)!, o.byEvent, events.size, "their shares are null (0 of 0 uses)");
    if (w) warnings.push(w);
  }
  const params: LabelChoiceParams = {
    lexicon: { name: lexicon.name, version: lexicon.version, hash: lexicon.hash },
    concepts: concepts.map((c) => ({ id: c.id, labels: c.labels.map((l) => l.label) })),
    byEvent: o.byEvent,
  };
  return featureResult("label-choice", params, rows, warnings);
}

/** An article's label uses, decoded once: (concept, label, count over every voice). */
interface Use { readonly concept: string; readonly label: string; readonly count: number }

function labelUses(t: TerminologyProfile): Use[] {
  const m = t.labels;
  if (m.concept.length === 0) return [];
  const words = vocabularyOf(t);
  return Array.from(m.concept, (c, i) => ({ concept: words[c], label: words[m.label[i]], count: m.voice[3 * i] + m.voice[3 * i + 1] + m.voice[3 * i + 2] }));
}

function conceptRows(event: string, concept: ConceptEntry, outlets: Map<string, Profiled<"terminology">[]>, uses: ReadonlyMap<Profiled<"terminology">, Use[]>, silences: Silence[]): LabelChoiceRow[] {
  const rows: LabelChoiceRow[] = [];
  const silent: string[] = [];
  for (const [outlet, articles] of outlets) {
    const counts = new Map(concept.labels.map((l) => [l.label, { count: 0, ids: [] as string[] }]));
    for (const p of articles) {
      for (const u of uses.get(p)!) {
        if (u.concept !== concept.id) continue;
        const c = counts.get(u.label);
        if (!c) throw new Error(`labelChoice: article "${p.id}" has a mention of concept "${concept.id}" with label "${u.label}", which the lexicon does not list; re-parse the corpus with this lexicon`);
        if (u.count === 0) continue;
        c.count += u.count;
        if (c.ids[c.ids.length - 1] !== p.id) c.ids.push(p.id);
      }
    }
    let total = 0;
    for (const c of counts.values()) total += c.count;
    if (total === 0) silent.push(outlet);
    for (const [label, c] of counts) rows.push({ event, concept: concept.id, outlet, label, count: c.count, total, share: total === 0 ? null : c.count / total, articleIds: c.ids });
  }
  if (silent.length > 0) silences.push({ event, outlets: silent, everyone: silent.length === outlets.size });
  return rows;
}

/** Outlets (of one event) that never refer to a concept. */
export interface Silence { event: string; outlets: string[]; everyone: boolean }

/**
 * One warning per concept for the outlets that never refer to it, so a
 * 100-event corpus gives one line per concept, not one per event. Code
 * `concept-unused` when no outlet refers to it anywhere, else
 * `concept-not-used-by-outlet`.
 */
export function silenceWarning(concept: string, silences: readonly Silence[], perEvent: boolean, events: number, consequence: string): Warning | undefined {
  if (silences.length === 0) return undefined;
  if (silences.length === events && silences.every((x) => x.everyone)) {
    return { code: "concept-unused", message: `no outlet refers to concept "${concept}"${perEvent ? " in any event" : ""}; its rows have count 0, and ${consequence}.` };
  }
  const which = perEvent ? `in ${silences.length} of ${events} events some outlets never refer to concept "${concept}" (${describe(silences)})` : `outlets ${list(silences[0].outlets)} never refer to concept "${concept}"`;
  return { code: "concept-not-used-by-outlet", message: `${which}; ${consequence}.` };
}

/** `event "e1": "a", "b"; event "e2": every outlet; ... and 4 more`, at most three events named. */
function describe(items: readonly Silence[]): string {
  const shown = items.slice(0, 3).map((x) => `event "${x.event}": ${x.everyone ? "every outlet" : list(x.outlets)}`);
  return shown.join("; ") + (items.length > 3 ? `; and ${items.length - 3} more` : "");
}

/** Resolves and checks the options against the lexicon. */
export function labelChoiceOptions(lexicon: Lexicon, options: LabelChoiceOptions): { concepts: string[]; byEvent: boolean } {
  const known = lexicon.concepts.map((c) => c.id);
  const concepts = options.concepts === undefined ? known : [...options.concepts];
  for (const id of concepts) {
    if (!known.includes(id)) throw new Error(`invalid concepts: "${id}" is not a concept of lexicon "${lexicon.name}" (its concepts: ${known.join(", ") || "none"})`);
  }
  if (new Set(concepts).size !== concepts.length) throw new Error(`invalid concepts: ${JSON.stringify(concepts)} names a concept twice`);
  const byEventOpt = options.byEvent ?? DEFAULTS.labels.byEvent;
  if (typeof byEventOpt !== "boolean") throw new Error(`invalid byEvent: ${String(byEventOpt)} (use true or false)`);
  return { concepts, byEvent: byEventOpt };
}

/** Throws unless every article was parsed with this very lexicon (same hash). */
export function assertParsedWith(parsed: readonly { readonly id: string; readonly lexiconHash?: string | null }[], lexicon: Lexicon): void {
  for (const p of parsed) {
    if (!p.lexiconHash) throw new Error(`article "${p.id}" was parsed without a lexicon, so it has no concept mentions; parse it with parseArticle(article, lexicon)`);
    if (p.lexiconHash !== lexicon.hash) {
      throw new Error(`article "${p.id}" was parsed with another lexicon (hash ${p.lexiconHash.slice(0, 12)}), not the one given ("${lexicon.name}" version ${lexicon.version}, hash ${lexicon.hash.slice(0, 12)}); re-parse the corpus with the lexicon you pass here`);
    }
  }
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
