import type { QuoteContext } from "./context";
import { isPersonName, NATIONS, profiles, ROLE_CLASS, type Profile } from "./profiles";
import type { SpeakerPhrase } from "./speaker";
import { UNRESOLVED, type QuoteResolution } from "./types";

/** A speaker as reported in the quote columns. */
export interface ResolvedSpeaker {
  readonly speaker: string;
  readonly resolved: boolean;
  readonly resolution: QuoteResolution;
}

export const NO_SPEAKER: ResolvedSpeaker = Object.freeze({ speaker: UNRESOLVED, resolved: false, resolution: "none" });

/** How far past a pronoun the forward fallback looks. */
const FORWARD_SENTENCES = 2;

/** Common nouns for people that are not titles (titles are role nouns, resolved to an actor). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "deputy", "lawyer", "attorney", "witness", "resident", "worker", "volunteer", "doctor", "nurse", "soldier", "driver", "student",
  "teacher", "farmer", "man", "woman", "boy", "girl", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister",
  "neighbour", "neighbor", "shopper", "victim", "survivor", "relative", "friend", "passenger", "patient", "owner", "engineer",
]);

interface Candidate { readonly actor: string; readonly start: number; salient: boolean }

/**
 * Resolves pronouns and role nouns to lexicon actors named earlier, and keeps
 * what it resolved as a mention for later pronouns. Order of search (after
 * Hobbs 1978): the attribution's own sentence before the phrase, then each
 * preceding sentence, nearest first, at most `antecedentSentences` back. In the first sentence holding compatible
 * actors, a single actor is the answer; among several, the leftmost *salient*
 * one (a subject — named before the sentence's first verb — or the speaker of
 * an attribution); several with none salient is ambiguous: `unresolved`.
 * Compatible: a person (see `isPersonName`) for he / she and role nouns. A
 * role is compared with the titles written next to each actor's names in this
 * article ("Russian Foreign Minister Sergey Lavrov", "the Minister of Foreign
 * Affairs, Dmytro Kuleba"): the search runs first over actors whose titles
 * carry the role's country and office words (minister / president / …), then,
 * if none, over actors whose titles do not contradict them. Actors named inside the quote being attributed are never its
 * speaker. When no sentence before a he/she or a role noun holds a candidate,
 * the next two sentences are searched (`forward`). A he/she whose search
 * passes a sentence with no candidate whose subject is an unnamed person ("Her
 * deputy disagreed.") is that person's: `unresolved` (Hobbs prefers the
 * previous sentence's subject). "the ministry" / "the commission" after an
 * organisation actor whose name ends in that noun is that actor (`role`).
 * "they" and "it" are left unresolved; gender is not checked (the lexicon
 * does not record it).
 */
export class SpeakerResolver {
  private readonly bySentence: Candidate[][];
  private readonly profiles: Map<string, Profile>;
  private readonly isPerson: (actor: string) => boolean;
  /** Per sentence: its subject (the words before its first verb) is a person named by a common noun, and no actor. */
  private readonly unnamedSubject: boolean[];

  constructor(private readonly ctx: QuoteContext) {
    const { tokens: t, mentions: mt, sentences } = ctx.input;
    const people = ctx.options.personActors;
    this.isPerson = people ? (a) => people.includes(a) : isPersonName;
    this.bySentence = sentences.start.map(() => []);
    const firstVerb = sentences.start.map((_, s) => {
      for (let i = sentences.tokenStart[s]; i < sentences.tokenEnd[s]; i++) if (!ctx.quotedToken(i) && (t.pos[i] === "VERB" || t.pos[i] === "AUX")) return t.start[i];
      return Infinity;
    });
    mt.kind.forEach((k, i) => {
      if (k !== "actor" || ctx.quoted(mt.start[i])) return;
      this.bySentence[mt.sentence[i]]?.push({ actor: mt.key[i], start: mt.start[i], salient: mt.start[i] < firstVerb[mt.sentence[i]] });
    });
    this.profiles = profiles(ctx);
    this.unnamedSubject = sentences.start.map((_, s) => {
      for (let i = sentences.tokenStart[s]; i < sentences.tokenEnd[s]; i++) {
        if (ctx.quotedToken(i) || t.pos[i] === "VERB" || t.pos[i] === "AUX" || ctx.actorStartingAt(t.start[i]) !== undefined) return false;
        if (t.pos[i] === "NOUN" && PERSON_NOUNS.has(t.lemma[i].toLowerCase())) return true;
      }
      return false;
    });
  }

  /** The speaker named by `sp`; `exclude` is the quoted or reported span (actors named in it are not candidates). */
  resolve(sp: SpeakerPhrase, exclude: readonly [number, number]): ResolvedSpeaker {
    const { mentions: mt } = this.ctx.input;
    if (sp.kind === "actor") return { speaker: mt.key[sp.mention], resolved: true, resolution: "explicit" };
    if (sp.kind === "raw") return this.definite(sp, exclude) ?? { speaker: sp.text.replace(/^(The|A|An) /u, (d) => d.toLowerCase()), resolved: false, resolution: "explicit" };
    if (sp.kind === "pronoun" && sp.head !== "he" && sp.head !== "she") return NO_SPEAKER;
    const named = new Set(this.ctx.actorsIn(exclude[0], exclude[1]).map((i) => mt.key[i]));
    const person = (c: Candidate) => !named.has(c.actor) && this.isPerson(c.actor);
    if (sp.kind === "pronoun") return this.search(sp, exclude, person) ?? this.searchForward(sp, exclude, person) ?? NO_SPEAKER;
    // a role: first an actor whose titles here match it, then one whose titles do not clash with it
    // (then forward, as for he/she: `"…," the union leader said.` `The leader, Rafael Ortiz, …`)
    return this.search(sp, exclude, (c) => person(c) && this.fit(sp, c.actor) === "match")
      ?? this.search(sp, exclude, (c) => person(c) && this.fit(sp, c.actor) !== "clash")
      ?? this.searchForward(sp, exclude, (c) => person(c) && this.fit(sp, c.actor) !== "clash") ?? NO_SPEAKER;
  }

  /**
   * `the ministry`, `the commission`: "the" and one noun that is the last word
   * of an organisation actor named before ("the Interior Ministry said … The
   * ministry added") is that actor; null otherwise.
   */
  private definite(sp: SpeakerPhrase, exclude: readonly [number, number]): ResolvedSpeaker | null {
    if (sp.words.length !== 2 || sp.words[0] !== "the") return null;
    const head = sp.words[1];
    const r = this.search(sp, exclude, (c) => !this.isPerson(c.actor) && c.actor.toLowerCase().split(/\s+/u).pop() === head);
    return r && r.resolved ? { ...r, resolution: "role" } : null;
  }

  /** Nearest sentence with candidates decides; null when no sentence has one. */
  private search(sp: SpeakerPhrase, exclude: readonly [number, number], fits: (c: Candidate) => boolean): ResolvedSpeaker | null {
    const s0 = this.ctx.input.tokens.sentence[sp.first];
    for (let s = s0; s >= 0 && s >= s0 - this.ctx.options.antecedentSentences; s--) {
      const cands = this.bySentence[s].filter((c) => (s < s0 || c.start < sp.start) && !(c.start >= exclude[0] && c.start < exclude[1]) && fits(c));
      // a he/she right after a sentence whose subject is an unnamed person ("Her deputy disagreed.") is that person's
      if (cands.length === 0 && s < s0 && sp.kind === "pronoun" && this.unnamedSubject[s]) return NO_SPEAKER;
      if (cands.length === 0) continue;
      const distinct = new Set(cands.map((c) => c.actor));
      const pick = distinct.size === 1 ? cands[0] : cands.find((c) => c.salient);
      if (!pick) return NO_SPEAKER;
      return { speaker: pick.actor, resolved: true, resolution: sp.kind === "pronoun" ? "pronoun" : "role" };
    }
    return null;
  }

  /**
   * Cataphora, the fallback when nothing precedes a he/she: the next
   * `FORWARD_SENTENCES` sentences after the attribution, nearest first, by the
   * same rule. Scraped pages often open on a quote ("'We didn't attack
   * Ukraine, either,' he added") and name the speaker in the sentence that
   * follows; resolution `forward` marks these so they can be audited or left out.
   */
  private searchForward(sp: SpeakerPhrase, exclude: readonly [number, number], fits: (c: Candidate) => boolean): ResolvedSpeaker | null {
    const s0 = this.ctx.input.tokens.sentence[sp.first];
    for (let s = s0 + 1; s < this.bySentence.length && s <= s0 + FORWARD_SENTENCES; s++) {
      const cands = this.bySentence[s].filter((c) => !(c.start >= exclude[0] && c.start < exclude[1]) && fits(c));
      if (cands.length === 0) continue;
      const distinct = new Set(cands.map((c) => c.actor));
      const pick = distinct.size === 1 ? cands[0] : cands.find((c) => c.salient);
      return pick ? { speaker: pick.actor, resolved: true, resolution: "forward" } : NO_SPEAKER;
    }
    return null;
  }

  /** Records a resolved attribution's speaker as a salient mention at its phrase. */
  note(sp: SpeakerPhrase, r: ResolvedSpeaker): void {
    if (!r.resolved) return;
    const s = this.ctx.input.tokens.sentence[sp.first];
    const list = this.bySentence[s];
    if (!list) return;
    const at = list.find((c) => c.start === sp.start && c.actor === r.speaker);
    if (at) { at.salient = true; return; }
    list.push({ actor: r.speaker, start: sp.start, salient: true });
    list.sort((a, b) => a.start - b.start);
  }

  /** `match`: every country / office word of the role is among the actor's titles; `clash`: one contradicts them; else `unknown`. */
  private fit(sp: SpeakerPhrase, actor: string): "match" | "clash" | "unknown" {
    const p = this.profiles.get(actor) ?? { nations: new Set<string>(), classes: new Set<string>() };
    const nations = [...new Set(sp.words.map((w) => NATIONS[w]).filter(Boolean))];
    const cls = ROLE_CLASS[sp.head];
    if (nations.length > 0 && p.nations.size > 0 && !nations.some((x) => p.nations.has(x))) return "clash";
    if (cls && p.classes.size > 0 && !p.classes.has(cls)) return "clash";
    const nationOk = nations.length === 0 || nations.some((x) => p.nations.has(x));
    const classOk = !cls || p.classes.has(cls);
    return nationOk && classOk ? "match" : "unknown";
  }
}
