/**
 * The surface forms of an English lemma, for finding a lemma term (as
 * distinctive terms count them: "say" for said, says, saying) in raw text
 * without a parse. Regular inflections by rule, plus the irregular forms of
 * common verbs and nouns. An approximation, said in the README: a rule may
 * yield a related word ("meet" also finds "meeting"), and a rare irregular
 * form is missed.
 */

/** Irregular forms of common English verbs and nouns (lemma → forms). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ["said"], tell: ["told"], make: ["made"], take: ["took", "taken"], give: ["gave", "given"], go: ["went", "gone", "goes"],
  come: ["came"], see: ["saw", "seen"], know: ["knew", "known"], get: ["got", "gotten"], find: ["found"], think: ["thought"],
  leave: ["left"], hold: ["held"], meet: ["met"], bring: ["brought"], keep: ["kept"], begin: ["began", "begun"],
  speak: ["spoke", "spoken"], write: ["wrote", "written"], fight: ["fought"], win: ["won"], lose: ["lost"], send: ["sent"],
  build: ["built"], buy: ["bought"], pay: ["paid"], run: ["ran"], stand: ["stood"], lead: ["led"], fall: ["fell", "fallen"],
  break: ["broke", "broken"], rise: ["rose", "risen"], seek: ["sought"], sell: ["sold"], spend: ["spent"], feel: ["felt"],
  hear: ["heard"], flee: ["fled"], strike: ["struck"], shoot: ["shot"], forbid: ["forbade", "forbidden"], choose: ["chose", "chosen"],
  drive: ["drove", "driven"], fly: ["flew", "flown"], grow: ["grew", "grown"], throw: ["threw", "thrown"], show: ["shown"],
  draw: ["drew", "drawn"], withdraw: ["withdrew", "withdrawn"], undertake: ["undertook", "undertaken"], understand: ["understood"],
  man: ["men"], woman: ["women"], child: ["children"], person: ["people"], foot: ["feet"], mouse: ["mice"], crisis: ["crises"],
  analysis: ["analyses"], be: ["is", "are", "was", "were", "been", "being", "am"], have: ["has", "had", "having"], do: ["does", "did", "done"],
};

const VOWEL = /[aeiou]/;

/**
 * A lemma's other surface forms (lower case; not the lemma itself):
 * -s/-es, -ed/-d, -ing, y → ies/ied, e dropped before -ing, a final consonant
 * doubled after a short vowel (stop → stopped), and the irregular ones.
 * Empty for anything but a word of two or more letters a–z.
 *
 * @example
 * inflections("say"); // => ["says", "sayed", "saying", "said"]
 */
export function inflections(lemma: string): string[] {
  if (!/^[a-z]{2,}$/.test(lemma)) return [];
  const out = new Set<string>();
  const last = lemma[lemma.length - 1], before = lemma[lemma.length - 2];
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) out.add(lemma + "es"); else if (last === "y" && !VOWEL.test(before)) out.add(lemma.slice(0, -1) + "ies"); else out.add(lemma + "s");
  if (last === "e") { out.add(lemma + "d"); if (!lemma.endsWith("ee")) out.add(lemma.slice(0, -1) + "ing"); else out.add(lemma + "ing"); }
  else if (last === "y" && !VOWEL.test(before)) { out.add(lemma.slice(0, -1) + "ied"); out.add(lemma + "ing"); }
  else {
    out.add(lemma + "ed");
    out.add(lemma + "ing");
    // one short stressed syllable ending consonant-vowel-consonant: stop → stopped, stopping
    if (/^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(lemma)) { out.add(lemma + last + "ed"); out.add(lemma + last + "ing"); }
  }
  if (lemma.endsWith("ie")) out.add(lemma.slice(0, -2) + "ying");
  for (const f of IRREGULAR[lemma] ?? []) out.add(f);
  out.delete(lemma);
  return [...out];
}
