import { createRng, randomInt, shuffle } from "../../src/stats";

describe("createRng (sfc32 seeded by splitmix32)", () => {
  // Reference: an independent Python transcription of splitmix32 + sfc32 with
  // arbitrary-precision integers masked to 32 bits (/tmp/ref/rng.py in the
  // session that wrote this; algorithm as in createRng's comment):
  //   r = rng(seed); [r() for _ in range(4)]
  const reference: [number, number[]][] = [
    [42, [0.456255805445835, 0.5641753580421209, 0.5743777174502611, 0.9649424790404737]],
    [0, [0.6750985074322671, 0.1792434190865606, 0.051309420028701425, 0.9942569725681096]],
    [-1, [0.11681372742168605, 0.7809065007604659, 0.132960248272866, 0.545464460272342]],
    [2 ** 40 + 3, [0.20259743579663336, 0.06428158655762672, 0.2993620545603335, 0.2953074020333588]],
    [2 ** 53 - 1, [0.7458953037858009, 0.4466134295798838, 0.4203932052478194, 0.9157314207404852]],
  ];
  test.each(reference)("seed %p gives the reference stream", (seed, expected) => {
    const rng = createRng(seed);
    expect([rng(), rng(), rng(), rng()]).toEqual(expected);
  });

  test("same seed → same stream; another seed → another stream", () => {
    const a = createRng(2024);
    const b = createRng(2024);
    const c = createRng(2025);
    const sa = Array.from({ length: 100 }, () => a());
    const sb = Array.from({ length: 100 }, () => b());
    const sc = Array.from({ length: 100 }, () => c());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
    // seeds that differ above bit 32 or only in sign are distinct too
    expect(createRng(1)()).not.toBe(createRng(1 + 2 ** 32)());
    expect(createRng(5)()).not.toBe(createRng(-5)());
  });

  test("values lie in [0, 1) and look uniform (mean, variance, deciles)", () => {
    const rng = createRng(7);
    const n = 100_000;
    const xs = Array.from({ length: n }, () => rng());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const m = xs.reduce((s, x) => s + x, 0) / n;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1);
    expect(Math.abs(m - 0.5)).toBeLessThan(0.005); // sd of the mean ≈ 0.0009
    expect(Math.abs(v - 1 / 12)).toBeLessThan(0.002);
    const bins = new Array(10).fill(0);
    for (const x of xs) bins[Math.floor(x * 10)]++;
    const chi2 = bins.reduce((s, o) => s + (o - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88); // χ²₉ 0.999 quantile (scipy.stats.chi2.ppf(0.999, 9))
  });

  test("rejects seeds that are not safe integers", () => {
    for (const bad of [1.5, NaN, Infinity, 2 ** 53, "1" as unknown as number]) {
      expect(() => createRng(bad)).toThrow(/createRng: seed is .*; it must be a safe integer/);
    }
  });
});

describe("randomInt", () => {
  test("covers 0..n-1 evenly and nothing else", () => {
    const rng = createRng(3);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[randomInt(rng, 6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400); // sd ≈ 91
  });
  test("n = 1 always gives 0; invalid n throws", () => {
    const rng = createRng(3);
    expect(randomInt(rng, 1)).toBe(0);
    for (const bad of [0, -2, 2.5, NaN, 2 ** 32 + 1]) expect(() => randomInt(rng, bad)).toThrow(/randomInt: n is/);
  });
});

describe("shuffle (Fisher–Yates, Durstenfeld)", () => {
  test("returns a new permutation and leaves the (frozen) input alone", () => {
    const input = Object.freeze(["a", "b", "c", "d", "e"]);
    const out = shuffle(createRng(11), input);
    expect(out).not.toBe(input);
    expect([...out].sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(input).toEqual(["a", "b", "c", "d", "e"]);
  });
  test("is reproducible by seed", () => {
    const xs = Object.freeze(Array.from({ length: 50 }, (_, i) => i));
    expect(shuffle(createRng(9), xs)).toEqual(shuffle(createRng(9), xs));
    expect(shuffle(createRng(9), xs)).not.toEqual(shuffle(createRng(10), xs));
  });
  test("all 6 orders of 3 items are about equally likely", () => {
    const rng = createRng(12);
    const seen = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const k = shuffle(rng, [1, 2, 3]).join("");
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    for (const c of seen.values()) expect(Math.abs(c - 10_000)).toBeLessThan(450); // sd ≈ 91
  });
  test("empty and single arrays", () => {
    expect(shuffle(createRng(1), [])).toEqual([]);
    expect(shuffle(createRng(1), [4])).toEqual([4]);
  });
});
