import type { EmphasisProfile } from "../../../src/profile/emphasis";
import type { TerminologyProfile } from "../../../src/profile/terminology";
import type { Profiled } from "../../../src/profile/types";
import { compareCodeUnits } from "../../../src/util/compare";

/** What a hand-built article mentions: actor and frame counts, and [concept, label, count] label uses. */
export interface FakeMentions {
  actors?: Record<string, number>;
  frames?: Record<string, number>;
  labels?: [concept: string, label: string, count: number][];
}

/**
 * A profile with just the emphasis and terminology parts attention over time
 * reads, built from counts: each concept's mentions are the sum of its
 * labels' (as the map gives them), label uses all in the outlet's own words.
 */
export function fakeProfile(f: { id: string; outlet: string; date?: string } & FakeMentions): Profiled<"emphasis" | "terminology"> {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort(compareCodeUnits);
  const actors = sorted(Object.keys(f.actors ?? {}).filter((a) => f.actors![a] > 0));
  const frames = sorted(Object.keys(f.frames ?? {}).filter((x) => f.frames![x] > 0));
  const labels = (f.labels ?? []).filter((l) => l[2] > 0);
  const concepts = sorted(labels.map((l) => l[0]));
  const conceptCount = (c: string) => labels.filter((l) => l[0] === c).reduce((n, l) => n + l[2], 0);
  const target: number[] = [];
  const repeat = (t: number, n: number) => { for (let k = 0; k < n; k++) target.push(t); };
  actors.forEach((a, t) => repeat(t, f.actors![a]));
  concepts.forEach((c, t) => repeat(actors.length + t, conceptCount(c)));
  frames.forEach((x, t) => repeat(actors.length + concepts.length + t, f.frames![x]));
  const emphasis: EmphasisProfile = {
    words: Uint8Array.from([10]), headline: Uint8Array.from([0]), actors, concepts, frames,
    mentionTarget: Uint32Array.from(target), mentionSentence: new Uint8Array(target.length),
  };
  const vocab = sorted(labels.flatMap((l) => [l[0], l[1]]));
  const at = new Map(vocab.map((w, i) => [w, i]));
  const terminology = {
    words: vocab.join(""), wide: "", wordLength: Uint32Array.from(vocab.map((w) => w.length)),
    labels: {
      concept: Uint32Array.from(labels.map((l) => at.get(l[0])!)),
      label: Uint32Array.from(labels.map((l) => at.get(l[1])!)),
      voice: Uint32Array.from(labels.flatMap((l) => [l[2], 0, 0])),
    },
  } as unknown as TerminologyProfile;
  return Object.freeze({ id: f.id, outlet: f.outlet, ...(f.date !== undefined ? { date: f.date } : {}), emphasis, terminology });
}
