/**
 * Strings longer than this are left alone. Up to it, even unique strings cost
 * the table only an entry (the profile holds the string anyway), while
 * long repeated ones — the quote options' JSON, ~0.8 kB in every voice
 * part — are kept once; texts are packed as bytes, not strings.
 */
const MAX_INTERNED = 4096;

/**
 * One copy of each string (up to 4,096 units) across many profiles. A profile that
 * crosses a worker boundary arrives with its own copy of every string —
 * each term, name, speaker, lexicon hash — though most repeat from article
 * to article; sharing them cuts the main thread's memory for 100,000
 * profiles by far more than the table costs (one entry per distinct string).
 */
export class StringTable {
  private readonly strings = new Map<string, string>();

  /** The table's copy of `s` (added when new). */
  intern(s: string): string {
    if (s.length > MAX_INTERNED) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** Distinct strings held. */
  get size(): number {
    return this.strings.size;
  }
}

/**
 * Replaces, in place, every short string of a plain-data value (objects,
 * arrays; typed arrays are left as they are) with the table's copy; returns
 * the value. Equal before and after: only which copy of each string is held changes.
 */
export function internStrings<T>(value: T, table: StringTable): T {
  // frozen values are shared constants (option defaults), not a profile's own copies
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === "string") value[i] = table.intern(v);
      else if (v !== null && typeof v === "object") internStrings(v, table);
    }
    return value;
  }
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") o[k] = table.intern(v);
    else if (v !== null && typeof v === "object") internStrings(v, table);
  }
  return value;
}
