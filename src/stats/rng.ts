import { assertInteger } from "./check";

/** A seeded stream of uniform numbers in [0, 1), with 32 bits of resolution. */
export type Rng = () => number;

const TWO_32 = 4294967296;

/**
 * splitmix32: a 32-bit variant of SplitMix (Steele, Lea & Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA): a Weyl sequence with
 * increment 0x9e3779b9 (golden ratio) passed through an invertible
 * xorshift-multiply mixer (constants 0x21f0aaad, 0x735a2d97 from C. Wellons'
 * hash-prospector). Used only to spread the seed over sfc32's state.
 */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let t = s ^ (s >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

/**
 * A seeded pseudo-random number generator: sfc32 ("Small Fast Counting", Chris
 * Doty-Humphrey, PractRand 0.94), state (a, b, c, counter d) of 4×32 bits,
 * passes PractRand; period ≥ 2^32 (the counter), ~2^127 on average.
 * The state is seeded by splitmix32: a, b, c = three splitmix32 outputs from the
 * low 32 bits of the seed (c xor the high bits), d = 1; then 12 outputs are
 * discarded, as PractRand's own sfc32 seeding does.
 *
 * Each output is `u32 / 2^32`, so values are multiples of 2^-32 in [0, 1).
 *
 * Same seed → the same stream on every platform (only 32-bit integer arithmetic
 * is used); distinct safe-integer seeds give distinct initial states.
 *
 * @param seed any safe integer (negative allowed); anything else throws.
 * @returns a function returning the next number of the stream on each call.
 * @example
 * const rng = createRng(42);
 * rng(); // => 0.456255805445835, on every run and platform
 * rng(); // => 0.5641753580421209
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`createRng: seed is ${String(seed)}; it must be a safe integer (e.g. 42)`);
  }
  const lo = seed >>> 0; // ToUint32: seed mod 2^32
  const hi = Math.floor(seed / TWO_32) >>> 0; // the remaining bits (two's complement for negatives)
  const sm = splitmix32(lo);
  // State a, b, c, d in a Uint32Array: stores wrap mod 2^32 (the `>>> 0` of the
  // algorithm) and, unlike closure variables above 2^30, allocate no heap
  // number per call (about 10× faster for the bootstrap's millions of draws).
  const st = new Uint32Array([sm(), sm(), sm() ^ hi, 1]);
  for (let i = 0; i < 12; i++) sfc32Step(st);
  return () => sfc32Step(st) / TWO_32;
}

/**
 * One sfc32 step (PractRand: rot 21, rshift 9, lshift 3) on state [a, b, c, d];
 * returns the 32-bit output. A top-level function, not a per-generator closure,
 * so a call site that sees many generators still inlines it.
 */
function sfc32Step(st: Uint32Array): number {
  const a = st[0], b = st[1], c = st[2], d = st[3];
  const t = (((a + b) >>> 0) + d) >>> 0;
  st[3] = d + 1;
  st[0] = b ^ (b >>> 9);
  st[1] = c + (c << 3);
  st[2] = ((c << 21) | (c >>> 11)) + t;
  return t;
}

/**
 * A uniform integer in 0..n−1, as `floor(rng() * n)`.
 *
 * Bias: rng() takes 2^32 equally likely values, so some integers are hit
 * ⌈2^32/n⌉ times and others ⌊2^32/n⌋ times: a relative bias of at most
 * n / 2^32 (2.3e-7 for n = 1000), far below Monte Carlo error here.
 *
 * @param n a positive integer ≤ 2^32; anything else throws.
 * @example
 * randomInt(createRng(1), 6); // => an integer 0..5
 */
export function randomInt(rng: Rng, n: number): number {
  assertInteger("randomInt", "n", n, 1, TWO_32);
  return Math.floor(rng() * n);
}

/**
 * A shuffled copy of `array` (the input is not touched): Fisher–Yates in
 * Durstenfeld's in-place form (Durstenfeld 1964, CACM 7(7):420, "Algorithm
 * 235: Random permutation"; Knuth TAOCP vol. 2, §3.4.2, Algorithm P): for
 * i = n−1 … 1 swap element i with a uniform j in 0..i.
 *
 * Empty or one-element arrays return a copy and draw nothing from `rng`.
 *
 * @example
 * shuffle(createRng(7), ["a", "b", "c"]); // => a permutation of a, b, c
 */
export function shuffle<T>(rng: Rng, array: readonly T[]): T[] {
  const out = array.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}
