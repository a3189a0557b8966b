import fc from "fast-check";
import { isolateFaults } from "../../src/features/isolate-faults";
import { FramediffError } from "../../src/errors";

const sumUnless = (bad: ReadonlySet<number>) => (xs: readonly number[]) => {
  let runs = 0;
  const f = (ys: readonly number[]) => {
    runs++;
    for (const y of ys) if (bad.has(y)) throw new TypeError(`bad ${y}`);
    return ys.reduce((s, y) => s + y, 0);
  };
  return { result: isolateFaults(xs, f), runs: () => runs };
};

describe("isolateFaults (the per-article fault barrier)", () => {
  it("runs once when nothing throws", () => {
    const r = sumUnless(new Set())([1, 2, 3]);
    expect(r.result).toEqual({ result: 6, faults: [] });
    expect(r.runs()).toBe(1);
  });

  it("finds exactly the items that throw alone and runs on the rest (property)", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }), fc.context(), (xs, ctx) => {
      const bad = new Set(xs.filter((x) => x % 7 === 3));
      ctx.log(`bad: ${[...bad]}`);
      const { result, faults } = sumUnless(bad)(xs).result;
      expect(faults.map((f) => f.item).sort((a, b) => a - b)).toEqual([...bad].sort((a, b) => a - b));
      for (const f of faults) expect(String(f.error)).toBe(`TypeError: bad ${f.item}`);
      expect(result).toBe(xs.filter((x) => !bad.has(x)).reduce((s, y) => s + y, 0));
    }), { seed: 8, numRuns: 200 });
  });

  it("costs about log2(n) extra runs per faulty item", () => {
    const xs = Array.from({ length: 1024 }, (_, i) => i);
    const r = sumUnless(new Set([517]))(xs);
    expect(r.result.faults.map((f) => f.item)).toEqual([517]);
    expect(r.runs()).toBeLessThanOrEqual(1 + 2 * 10 + 1);
  });

  it("rethrows when no single item can be blamed (the failure needs the whole set)", () => {
    const f = (xs: readonly number[]) => { if (xs.length > 4) throw new RangeError("too many"); return xs.length; };
    expect(() => isolateFaults([1, 2, 3, 4, 5, 6], f)).toThrow("too many");
  });

  it("does not isolate bad input: a FramediffError is thrown at once", () => {
    let runs = 0;
    const f = () => { runs++; throw new FramediffError({ code: "x", message: "bad option" }); };
    expect(() => isolateFaults([1, 2, 3], f)).toThrow("bad option");
    expect(runs).toBe(1);
  });
});
