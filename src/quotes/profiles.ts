import type { QuoteContext } from "./context";

const ORG_WORD = /^(the|of|and|for|ministry|council|union|states?|republics?|forces?|armed|army|military|troops|times|post|news|agency|organi[sz]ation|department|nations|government|party|bank|fund|court|office|committee|commission|service|west|east|press|media|parliament|assembly|kremlin|pentagon|embassy|group|battalion|regiment|people['’]s)$/iu;

/**
 * Guesses from a canonical name whether an actor is a person: two to four
 * words, each capitalised and none an acronym or an organisation word
 * (Ministry, Union, States, Republic, Forces, Council, Times, …). "Sergey
 * Lavrov" is; "NATO", "European Union", "UN Security Council", "the West" are
 * not. Pass `personActors` to the extractor where this guess is wrong.
 *
 * @example
 * isPersonName("Mevlüt Çavuşoğlu"); // => true
 * isPersonName("Russian Ministry of Defense"); // => false
 */
export function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) && !(w.length > 1 && w === w.toUpperCase()) && !ORG_WORD.test(w));
}

/** Words that tie a role or title to a country (a role "the Ukrainian minister" fits only actors not described as of another country). */
export const NATIONS: Readonly<Record<string, string>> = {
  russian: "russia", russia: "russia", moscow: "russia", kremlin: "russia",
  ukrainian: "ukraine", ukraine: "ukraine", kyiv: "ukraine", kiev: "ukraine",
  turkish: "turkey", turkey: "turkey", ankara: "turkey",
  american: "us", us: "us", "u.s.": "us", washington: "us",
  british: "uk", britain: "uk", french: "france", france: "france", german: "germany", germany: "germany",
  chinese: "china", china: "china", belarusian: "belarus", belarus: "belarus", polish: "poland", poland: "poland",
};
/** Role nouns that tie a role to one office; other role nouns (leader, official, head, …) fit any. */
export const ROLE_CLASS: Readonly<Record<string, string>> = {
  minister: "minister", diplomat: "minister", president: "president", spokesman: "spokesperson", spokeswoman: "spokesperson",
  spokesperson: "spokesperson", ambassador: "envoy", envoy: "envoy", premier: "premier", chancellor: "premier",
};

/** Country and office words written next to one actor's names in an article. */
export interface Profile { readonly nations: Set<string>; readonly classes: Set<string> }

const NP = new Set(["PROPN", "NOUN", "ADJ"]);

/** Country and office words written next to each actor's names: a title before the name, or an appositive ", the …," on either side. */
export function profiles(ctx: QuoteContext): Map<string, Profile> {
  const { tokens: t, mentions: mt } = ctx.input;
  const out = new Map<string, Profile>();
  const addWords = (actor: string, from: number, to: number) => {
    let p = out.get(actor);
    if (!p) { p = { nations: new Set(), classes: new Set() }; out.set(actor, p); }
    for (let i = from; i <= to; i++) {
      const nation = NATIONS[t.normal[i]];
      if (nation) p.nations.add(nation);
      const cls = ROLE_CLASS[t.lemma[i].toLowerCase()];
      if (cls) p.classes.add(cls);
    }
  };
  const np = (i: number) => i >= 0 && (NP.has(t.pos[i]) || /^['’]s$/u.test(t.value[i]) || (t.normal[i] === "of" && i > 0 && NP.has(t.pos[i - 1])));
  mt.kind.forEach((k, m) => {
    if (k !== "actor") return;
    const first = ctx.tokenFrom(mt.start[m]);
    let last = first;
    while (last + 1 < ctx.n && t.end[last] < mt.end[m]) last++;
    // title right before the name ("Russian Foreign Minister Sergey Lavrov"); not a plural ("Foreign Ministers Lavrov and Kuleba")
    const head = first - 1;
    if (np(head) && !(t.normal[head] !== t.lemma[head].toLowerCase() && t.normal[head].endsWith("s"))) {
      let b = head;
      while (np(b - 1) && head - b < 6 && ctx.actorEndingAt(t.end[b - 1]) === undefined) b--;
      addWords(mt.key[m], b, head);
    }
    // appositive before: "the Minister of Foreign Affairs, Dmytro Kuleba"
    if (t.value[head] === ",") {
      let b = head - 1;
      while (np(b - 1) && head - b < 7) b--;
      if (np(head - 1) && t.normal[b - 1] === "the") addWords(mt.key[m], b, head - 1);
    }
    // appositive after: "Sergei Lavrov, the Russian foreign minister,"
    if (t.value[last + 1] === "," && t.normal[last + 2] === "the") {
      let e = last + 3;
      while (np(e) && e - last < 8) e++;
      if (e > last + 3 && t.value[e] === ",") addWords(mt.key[m], last + 3, e - 1);
    }
  });
  return out;
}
