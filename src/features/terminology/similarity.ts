/**
 * String similarity for spelling variants. Both functions compare UTF-16 code
 * units; callers pass folded (lower-case, diacritic-free) forms.
 */

/**
 * Jaro–Winkler similarity in [0, 1]: Jaro (1989), "Advances in record-linkage
 * methodology as applied to matching the 1985 census of Tampa, Florida", JASA
 * 84(406):414–420, with Winkler's (1990) prefix bonus ("String comparator
 * metrics and enhanced decision rules in the Fellegi–Sunter model of record
 * linkage", Proc. Survey Research Methods Section, ASA, 354–359).
 *   Characters match when equal and at most ⌊max(|a|,|b|)/2⌋ − 1 apart;
 *   m = matches, t = half the matched characters out of order;
 *   jaro = (m/|a| + m/|b| + (m − t)/m) / 3 (0 when m = 0);
 *   jw = jaro + ℓ·p·(1 − jaro), ℓ = common prefix length (≤ 4), p = 0.1,
 *   applied when jaro > 0.7 (Winkler's boost threshold).
 * Two empty strings give 1; one empty string gives 0.
 *
 * @example
 * jaroWinkler("martha", "marhta"); // => 0.9611…
 * jaroWinkler("kyiv", "kiev"); // => 0.85
 */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let l = 0;
  while (l < 4 && l < a.length && l < b.length && a[l] === b[l]) l++;
  return j + l * 0.1 * (1 - j);
}

/** The Jaro similarity (see {@link jaroWinkler}). */
export function jaro(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const usedB = new Uint8Array(b.length);
  const matchA: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window), hi = Math.min(b.length - 1, i + window);
    for (let k = lo; k <= hi; k++) {
      if (!usedB[k] && a[i] === b[k]) { usedB[k] = 1; matchA.push(i); break; }
    }
  }
  const m = matchA.length;
  if (m === 0) return 0;
  let k = 0, outOfOrder = 0;
  for (const i of matchA) {
    while (!usedB[k]) k++;
    if (a[i] !== b[k]) outOfOrder++;
    k++;
  }
  const t = outOfOrder / 2;
  return (m / a.length + m / b.length + (m - t) / m) / 3;
}

/**
 * Levenshtein (1966) edit distance: the fewest single-character insertions,
 * deletions and substitutions turning a into b ("Binary codes capable of
 * correcting deletions, insertions, and reversals", Soviet Physics Doklady
 * 10(8):707–710), by the Wagner–Fischer dynamic programme in two rows.
 *
 * @example
 * levenshtein("dmytro", "dmitry"); // => 2
 */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let k = 1; k <= b.length; k++) {
      row[k] = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
