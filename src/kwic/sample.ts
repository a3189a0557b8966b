import { compareCodeUnits } from "../util/compare";
import { compareLines, type PlacedLine } from "./scan";
import type { KwicKey } from "./finders";
import type { KwicOutletLines, KwicSample } from "./types";

/**
 * A seeded, order-independent sample of lines per key and outlet, in bounded
 * memory: each line gets a pseudo-random priority from a hash of (seed, key,
 * article id, position), and a group keeps the `limit` lines of smallest
 * priority (bottom-k sampling). The lines kept therefore depend on the seed
 * and the lines, never on the order they were met in, and at most
 * 2 × `limit` lines per group are held at any time.
 */
export interface LineSampler {
  add(key: number, line: PlacedLine): void;
  /** The samples, one per key that had a line (or every key, with `all`), lines in stable order. */
  samples(keys: readonly KwicKey[], all?: boolean): KwicSample[];
}

interface Group {
  total: number;
  kept: { p: number; line: PlacedLine }[];
}

export function createSampler(limit: number, seed: number): LineSampler {
  const groups = new Map<number, Map<string, Group>>(); // key → outlet → group
  const trim = (g: Group) => { g.kept.sort((a, b) => a.p - b.p || compareLines(a.line, b.line)); g.kept.length = limit; };
  return {
    add(key, line) {
      let byOutlet = groups.get(key);
      if (!byOutlet) { byOutlet = new Map(); groups.set(key, byOutlet); }
      let g = byOutlet.get(line.outlet);
      if (!g) { g = { total: 0, kept: [] }; byOutlet.set(line.outlet, g); }
      g.total++;
      g.kept.push({ p: limit === Infinity ? 0 : priority(seed, key, line), line });
      if (g.kept.length >= 2 * limit) trim(g);
    },
    samples(keys, all = false) {
      const out: KwicSample[] = [];
      keys.forEach((k, i) => {
        const byOutlet = groups.get(i);
        if (!byOutlet && !all) return;
        const outlets: KwicOutletLines[] = [];
        let total = 0;
        for (const outlet of [...(byOutlet?.keys() ?? [])].sort(compareCodeUnits)) {
          const g = byOutlet!.get(outlet)!;
          if (g.kept.length > limit) trim(g);
          total += g.total;
          outlets.push({ outlet, total: g.total, lines: g.kept.map((x) => x.line).sort(compareLines) });
        }
        out.push({ kind: k.kind, key: k.key, total, outlets });
      });
      return out;
    },
  };
}

/** A 32-bit priority from (seed, key, article id, position): FNV-1a, then a murmur3 finaliser to spread it. */
export function priority(seed: number, key: number, line: { articleId: string; start: number; end: number }): number {
  let h = 0x811c9dc5 ^ seed;
  const s = `${key}\u0000${line.articleId}\u0000${line.start}\u0000${line.end}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}
