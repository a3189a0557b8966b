/**
 * The bootstrap's fast path (summing replicates as drawn) against the generic
 * path (an array per replicate, then the statistic), on the same data, seed
 * and options; also checks the two give the same bits. Rough: the CPU may be
 * shared. Run: npx tsc -p tsconfig.bench.json && node build/bench/bench/bootstrap.bench.js [CLUSTERS SENTENCES ITERATIONS]
 */
import { bootstrapDifference, bootstrapInterval, mean, plainMean, proportion, type ResampleScheme } from "../src/stats";
import { createRng } from "../src/stats/rng";

const [k, m, iterations] = [Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 30), Number(process.argv[4] ?? 2000)];
const rng = createRng(2026);
const data = (): number[][] => Array.from({ length: k }, () => Array.from({ length: m }, () => Math.round((rng() * 2 - 1) * 1000) / 1000));
const a = data(), b = data();
const hidden = (f: (v: number[]) => number) => (v: number[]) => f(v); // not recognised: generic path

const best = (f: () => unknown, runs = 3): [number, unknown] => {
  let t = Infinity, r: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    r = f();
    t = Math.min(t, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return [t, r];
};

console.log(`${k} clusters × ${m} items, ${iterations} replicates (best of 3)`);
const cases: [string, ResampleScheme, (v: number[]) => number, boolean][] = [
  ["interval, mean", "clusters-then-items", mean, false],
  ["interval, plainMean", "clusters-then-items", plainMean, false],
  ["interval, proportion", "clusters-then-items", proportion((x) => x < -0.05), false],
  ["interval, mean, clusters", "clusters", mean, false],
  ["difference, plainMean", "clusters-then-items", plainMean, true],
];
for (const [label, resample, stat, diff] of cases) {
  const o = { seed: 1, iterations, resample };
  const run = (s: (v: number[]) => number) => () => (diff ? bootstrapDifference(a, b, s, o) : bootstrapInterval(a, s, o));
  const [slow, rs] = best(run(hidden(stat)));
  const [fast, rf] = best(run(stat));
  const same = JSON.stringify(rs) === JSON.stringify(rf);
  console.log(`${label.padEnd(28)} generic ${slow.toFixed(0).padStart(6)} ms   fast ${fast.toFixed(0).padStart(5)} ms   ×${(slow / fast).toFixed(1).padStart(5)}   ${same ? "same result" : "DIFFERENT RESULT"}`);
}
