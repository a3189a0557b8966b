/**
 * Rules that keep ordinary English morphology out of the spelling-variant
 * suggestions. Two folded forms are an inflection or derivation of one
 * another, not a variant, when wink gives them the same lemma
 * (Republic/Republics) or when, after their longest common prefix, the
 * shorter's rest and the longer's rest are one of these pairs:
 *
 *   ""  → s, es        plural         (Minister/Ministers; not after s, x, z, ch, sh:
 *                                      Donbas/Donbass is a spelling, the plural would be -es)
 *   "y" → ies          plural         (Territory/Territories)
 *   ""  → 's, s'       possessive     (wink usually splits these off already)
 *   ""  → n, ns        demonym        (Russia/Russian, Russians; Korea/Korean)
 *   ""  → an, ans, ian, ians, ese, ish, ern, i   (Canada/Canadian, Japan/Japanese,
 *                                      West/Western, Pakistan/Pakistani)
 *   "e" → ian, ians    demonym        (Ukraine/Ukrainian)
 *   "y" → ian, ians    demonym        (Italy/Italian)
 *   "ey"→ ish          demonym        (Turkey/Turkish)
 *
 * Anything else may be a variant (Zelensky/Zelenskyy: "" → y; Sergei/Sergey:
 * i → y). Forms that fold to the same string (Mevlüt/Mevlut) are one form:
 * lexicon matching already folds diacritics, so they need no entry.
 */
const SUFFIX_PAIRS: readonly (readonly [string, readonly string[]])[] = [
  ["", ["es", "'s", "s'", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "ern", "i"]],
  ["y", ["ies", "ian", "ians"]],
  ["e", ["ian", "ians"]],
  ["ey", ["ish"]],
];

/** True when the two folded forms differ only by an English inflection or derivation (see the rules above). */
export function isMorphological(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  const restShort = short.slice(k), restLong = long.slice(k);
  if (restShort === "" && restLong === "s") return !/(s|x|z|ch|sh)$/.test(short);
  return SUFFIX_PAIRS.some(([s, longs]) => s === restShort && longs.includes(restLong));
}

/** YAML 1.1 words a plain scalar would turn into a boolean or null. */
const YAML_SPECIAL = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A form as a YAML flow scalar, quoted when it would not read back as the same string. */
export function yamlScalar(s: string): string {
  return YAML_SPECIAL.test(s) || !/^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u.test(s) ? JSON.stringify(s) : s;
}

/**
 * A consonant skeleton for the alternations of the competing romanisations of
 * Ukrainian and Russian names (Ukrainian National 2010 vs BGN/PCGN and press
 * practice for Russian): vowels and y/j dropped (Kyiv/Kiev, Dmytro/Dmitry,
 * Sergei/Sergey, Zelensky/Zelenskyy), h read as g (Ukrainian г = h, Russian
 * г = g: Luhansk/Lugansk, Chernihiv/Chernigov), x as ks, doubled letters
 * single (Donbas/Donbass, Odesa/Odessa).
 *
 * @example
 * transliterationSkeleton("luhansk"); // => "lgnsk", as for "lugansk"
 */
export function transliterationSkeleton(folded: string): string {
  return folded.replace(/x/g, "ks").replace(/h/g, "g").replace(/[aeiouyj]/g, "").replace(/(.)\1+/g, "$1");
}
