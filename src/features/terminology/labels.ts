import type { Warning } from "../../errors";
import type { ConceptEntry, Lexicon } from "../../lexicon/types";
import { LABEL_VOICES, labelVoiceOption, voicedLabels, type LabelVoice, type VoicedLabel } from "../../profile/terminology-label-voice";
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
  /**
   * The voice label divergence compares and the label-choice chart draws:
   * *own* (the outlet's own words), *direct* (inside a direct quote) or
   * *scare* (inside scare quotes). Defaults to *own*: a label an outlet quotes
   * or holds at a distance is not its choice. The label-choice table has rows
   * for every voice whatever this says.
   */
  labelVoice?: LabelVoice;
}

/** How often one outlet used one label of one concept, in one voice. */
export interface LabelChoiceRow {
  /** The event counted within, or `"(all)"` when pooled. */
  readonly event: string;
  readonly concept: string;
  readonly outlet: string;
  readonly label: string;
  readonly count: number;
  /** The outlet's uses of the concept in this voice, all labels together. */
  readonly total: number;
  /** count / total, within the voice; null when the outlet never refers to the concept in this voice (a warning names outlets that never do in any voice, or only inside quotes). */
  readonly share: number | null;
  /** Where the uses are: the outlet's own words, inside a direct quote, inside scare quotes. */
  readonly voice: LabelVoice;
  /** The outlet's articles that use this label in this voice (id order); empty for a zero row. */
  readonly articleIds: readonly string[];
}

export interface LabelChoiceParams {
  readonly lexicon: LexiconRef;
  /** Concept ids and their labels, in row order. */
  readonly concepts: readonly { readonly id: string; readonly labels: readonly string[] }[];
  readonly byEvent: boolean;
  /** The voices the rows are given in (always every voice, own first). */
  readonly voices: readonly LabelVoice[];
  /** The voice label divergence compares and the chart draws by default. */
  readonly labelVoice: LabelVoice;
}

export type LabelChoiceResult = FeatureResult<"label-choice", LabelChoiceParams, LabelChoiceRow>;

/**
 * Label choice per concept and voice: for every lexicon concept, each
 * outlet's count and share of each competing label in each voice, from the
 * concept-label counts of the profiles: its own words, inside a direct quote,
 * inside scare quotes (issue 11 finding 6: an outlet that writes "special
 * military operation" only in scare quotes has not chosen that label). Every
 * label of the lexicon gets a row for every outlet and voice, so a label an
 * outlet never writes is a row with count 0 and share 0 ("TASS: invasion 0").
 *
 * share = count / total within the voice, total = Σ over the concept's
 * labels in that voice. An outlet with no use of the concept in a voice has
 * total 0 and share null there; a warning names outlets that never refer to
 * the concept, and those that do only inside quotes.
 *
 * Rows: events sorted, concepts in the order given (lexicon order by default),
 * outlets sorted by id, voices (own, direct, scare), labels in lexicon order.
 *
 * Throws when an article was parsed without this lexicon (or with another
 * version of it): its mentions would not match the labels counted here.
 * Reads only the `terminology` part (and `lexiconHash`) of each profile.
 *
 * @example
 * const r = labelChoice(profiles, lexicon, { concepts: ["conflict"] });
 * r.rows.filter((x) => x.outlet === "tass" && x.voice === "own" && x.count > 0).map((x) => x.label);
 * // bundled corpus => ["special military operation", "conflict", "crisis"]
 */
export function labelChoice(profiles: readonly Profiled<"terminology">[], lexicon: Lexicon, options: LabelChoiceOptions = {}): LabelChoiceResult {
  const o = labelChoiceOptions(lexicon, options);
  const parsed = inProfileOrder(profiles);
  assertParsedWith(parsed, lexicon);
  const concepts = o.concepts.map((id) => lexicon.concepts.find((c) => c.id === id)!);
  const allOutlets = [...byOutlet(parsed).keys()];
  const uses = new Map(parsed.map((p) => [p, voicedLabels(p.terminology)]));
  const events = eventsOrAll(parsed, o.byEvent);
  const rows: LabelChoiceRow[] = [];
  const warnings: Warning[] = [];
  if (parsed.length === 0) warnings.push({ code: "no-articles", message: "labelChoice was given no articles, so there are no rows." });
  const missing: Silence[] = [];
  const silences = new Map(concepts.map((c) => [c.id, [] as Silence[]]));
  const quotedOnly = new Map(concepts.map((c) => [c.id, [] as Silence[]]));
  for (const [event, articles] of events) {
    const outlets = byOutlet(articles);
    const absent = allOutlets.filter((x) => !outlets.has(x));
    if (absent.length > 0) missing.push({ event, outlets: absent, everyone: false });
    for (const concept of concepts) pushAll(rows, conceptRows(event, concept, outlets, uses, silences.get(concept.id)!, quotedOnly.get(concept.id)!));
  }
  if (missing.length > 0) {
    warnings.push({ code: "outlet-missing-from-event", message: `${missing.length} of ${events.size} events lack some outlets (${describe(missing)}); those outlets have no rows there.` });
  }
  for (const concept of concepts) {
    const w = silenceWarning(concept.id, silences.get(concept.id)!, o.byEvent, events.size, "their shares are null (0 of 0 uses)");
    if (w) warnings.push(w);
    const q = quotedOnly.get(concept.id)!;
    if (q.length > 0) warnings.push({ code: "concept-only-quoted", message: `${o.byEvent ? `in ${q.length} of ${events.size} events ` : ""}some outlets refer to concept "${concept.id}" only inside quotes (${describe(q)}); their own-voice shares are null, since quoting a label is not choosing it.` });
  }
  const params: LabelChoiceParams = {
    lexicon: { name: lexicon.name, version: lexicon.version, hash: lexicon.hash },
    concepts: concepts.map((c) => ({ id: c.id, labels: c.labels.map((l) => l.label) })),
    byEvent: o.byEvent, voices: LABEL_VOICES, labelVoice: o.labelVoice,
  };
  return featureResult("label-choice", params, rows, warnings);
}

function conceptRows(event: string, concept: ConceptEntry, outlets: Map<string, Profiled<"terminology">[]>, uses: ReadonlyMap<Profiled<"terminology">, VoicedLabel[]>, silences: Silence[], quotedOnly: Silence[]): LabelChoiceRow[] {
  const rows: LabelChoiceRow[] = [];
  const silent: string[] = [], quoted: string[] = [];
  for (const [outlet, articles] of outlets) {
    // per label, per voice: count and article ids
    const counts = new Map(concept.labels.map((l) => [l.label, LABEL_VOICES.map(() => ({ count: 0, ids: [] as string[] }))]));
    for (const p of articles) {
      for (const u of uses.get(p)!) {
        if (u.concept !== concept.id) continue;
        const c = counts.get(u.label);
        if (!c) throw new Error(`labelChoice: article "${p.id}" has a mention of concept "${concept.id}" with label "${u.label}", which the lexicon does not list; re-parse the corpus with this lexicon`);
        for (let v = 0; v < LABEL_VOICES.length; v++) {
          if (u.counts[v] === 0) continue;
          c[v].count += u.counts[v];
          if (c[v].ids[c[v].ids.length - 1] !== p.id) c[v].ids.push(p.id);
        }
      }
    }
    const totals = LABEL_VOICES.map((_, v) => { let t = 0; for (const c of counts.values()) t += c[v].count; return t; });
    if (totals[0] + totals[1] + totals[2] === 0) silent.push(outlet);
    else if (totals[0] === 0) quoted.push(outlet);
    LABEL_VOICES.forEach((voice, v) => {
      const total = totals[v];
      for (const [label, c] of counts) rows.push({ event, concept: concept.id, outlet, label, count: c[v].count, total, share: total === 0 ? null : c[v].count / total, voice, articleIds: c[v].ids });
    });
  }
  if (silent.length > 0) silences.push({ event, outlets: silent, everyone: silent.length === outlets.size });
  if (quoted.length > 0) quotedOnly.push({ event, outlets: quoted, everyone: quoted.length === outlets.size });
  return rows;
}

/** Outlets (of one event) that never refer to a concept. */
export interface Silence { event: string; outlets: string[]; everyone: boolean }

/**
 * One warning per concept for the outlets that never refer to it, so a
 * 100-event corpus gives one line per concept, not one per event. Code
 * `concept-unused` when no outlet refers to it anywhere, else
 * `concept-not-used-by-outlet`. `voice` qualifies "refer" ("in their own
 * words") when only one voice was counted.
 */
export function silenceWarning(concept: string, silences: readonly Silence[], perEvent: boolean, events: number, consequence: string, voice = ""): Warning | undefined {
  if (silences.length === 0) return undefined;
  const where = voice ? ` ${voice}` : "";
  if (silences.length === events && silences.every((x) => x.everyone)) {
    return { code: "concept-unused", message: `no outlet refers to concept "${concept}"${where}${perEvent ? " in any event" : ""}; its rows have count 0, and ${consequence}.` };
  }
  const which = perEvent ? `in ${silences.length} of ${events} events some outlets never refer to concept "${concept}"${where} (${describe(silences)})` : `outlets ${list(silences[0].outlets)} never refer to concept "${concept}"${where}`;
  return { code: "concept-not-used-by-outlet", message: `${which}; ${consequence}.` };
}

/** `event "e1": "a", "b"; event "e2": every outlet; ... and 4 more`, at most three events named. */
function describe(items: readonly Silence[]): string {
  const shown = items.slice(0, 3).map((x) => `event "${x.event}": ${x.everyone ? "every outlet" : list(x.outlets)}`);
  return shown.join("; ") + (items.length > 3 ? `; and ${items.length - 3} more` : "");
}

/** Resolves and checks the options against the lexicon. */
export function labelChoiceOptions(lexicon: Lexicon, options: LabelChoiceOptions): { concepts: string[]; byEvent: boolean; labelVoice: LabelVoice } {
  const known = lexicon.concepts.map((c) => c.id);
  const concepts = options.concepts === undefined ? known : [...options.concepts];
  for (const id of concepts) {
    if (!known.includes(id)) throw new Error(`invalid concepts: "${id}" is not a concept of lexicon "${lexicon.name}" (its concepts: ${known.join(", ") || "none"})`);
  }
  if (new Set(concepts).size !== concepts.length) throw new Error(`invalid concepts: ${JSON.stringify(concepts)} names a concept twice`);
  const byEventOpt = options.byEvent ?? DEFAULTS.labels.byEvent;
  if (typeof byEventOpt !== "boolean") throw new Error(`invalid byEvent: ${String(byEventOpt)} (use true or false)`);
  return { concepts, byEvent: byEventOpt, labelVoice: labelVoiceOption("labelVoice", options.labelVoice ?? DEFAULTS.labels.labelVoice) };
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
