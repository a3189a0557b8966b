import { defaultAlpha0, logOddsDirichlet, type LogOddsRow } from "../../src/stats";

const freezeMap = (entries: [string, number][]) => Object.freeze(new Map(entries));
const row = (rows: LogOddsRow[], term: string) => {
  const r = rows.find((x) => x.term === term);
  if (!r) throw new Error(`no row for ${term}`);
  return r;
};

describe("logOddsDirichlet (Monroe, Colaresi & Quinn 2008)", () => {
  const I = freezeMap([["kiev", 5], ["said", 10], ["war", 5]]); // n_i = 20
  const J = freezeMap([["kyiv", 4], ["said", 10], ["war", 6]]); // n_j = 20

  test("hand computation with the default prior", () => {
    // Background = pooled counts: kiev 5, kyiv 4, said 20, war 11; total 40; V = 4 terms → α₀ = 4.
    // α_kiev = 4·5/40 = 0.5.  y_i = 5, y_j = 0, n_i = n_j = 20:
    //   δ̂ = ln[(5 + 0.5)/(20 + 4 − 5 − 0.5)] − ln[(0 + 0.5)/(20 + 4 − 0 − 0.5)] = ln(5.5/18.5) − ln(0.5/23.5)
    //   σ² = 1/5.5 + 1/0.5
    const delta = Math.log(5.5 / 18.5) - Math.log(0.5 / 23.5);
    const sigma = Math.sqrt(1 / 5.5 + 1 / 0.5);
    const rows = logOddsDirichlet(I, J);
    expect(rows.map((r) => r.term)).toEqual(["kiev", "kyiv", "said", "war"]);
    const kiev = row(rows, "kiev");
    expect(kiev).toMatchObject({ countI: 5, countJ: 0 });
    expect(kiev.delta).toBeCloseTo(delta, 14);
    expect(kiev.sigma).toBeCloseTo(sigma, 14);
    expect(kiev.z).toBeCloseTo(delta / sigma, 14);
    // α_war = 4·11/40 = 1.1: δ̂ = ln(6.1/17.9) − ln(7.1/16.9), σ² = 1/6.1 + 1/7.1
    const war = row(rows, "war");
    expect(war.delta).toBeCloseTo(Math.log(6.1 / 17.9) - Math.log(7.1 / 16.9), 14);
    expect(war.sigma).toBeCloseTo(Math.sqrt(1 / 6.1 + 1 / 7.1), 14);
  });

  test("matches an independent 40-digit computation (mpmath) to 1e-12", () => {
    // Python/mpmath (mp.dps = 40) transcription of DESIGN.md's formulas, for each term:
    //   aw = a0*bg[w]/T; d = log((yi+aw)/(ni+a0-yi-aw)) - log((yj+aw)/(nj+a0-yj-aw)); s = sqrt(1/(yi+aw)+1/(yj+aw))
    const expected: [string, number, number, number, number, number][] = [
      ["kiev", 5, 0, 2.6371249618642048, 1.4770978917519928, 1.785342039000745],
      ["kyiv", 0, 4, -2.5836124185934635, 1.651445647689541, -1.5644550108010353],
      ["said", 10, 10, 0.0, 0.408248290463863, 0.0],
      ["war", 5, 6, -0.2092931037856857, 0.5520683804131906, -0.37910721064851083],
    ];
    check(logOddsDirichlet(I, J), expected);
    // α₀ = 10 given explicitly
    check(logOddsDirichlet(I, J, { alpha0: 10 }), [
      ["kiev", 5, 0, 1.8004931491968097, 0.9797958971132712, 1.8376206253787364],
      ["kyiv", 0, 4, -1.7578579175523736, 1.0954451150103321, -1.6046973905541526],
      ["said", 10, 10, 0.0, 0.3651483716701107, 0.0],
      ["war", 5, 6, -0.16734597024609082, 0.49327271600021666, -0.33925649000626523],
    ]);
    // an external background with an extra term ("peace"): V = 5 → α₀ = 5
    const bg = freezeMap([["kiev", 50], ["kyiv", 40], ["said", 500], ["war", 300], ["peace", 110]]);
    check(logOddsDirichlet(I, J, { background: bg }), [
      ["kiev", 5, 0, 3.2701944353909913, 2.047065262876636, 1.5975037507087364],
      ["kyiv", 0, 4, -3.220413104187087, 2.2886885410853175, -1.4070997631944875],
      ["said", 10, 10, 0.0, 0.4, 0.0],
      ["war", 5, 6, -0.1986706947954841, 0.5358913016456669, -0.37072946357850345],
    ]);
  });

  test("swapping the groups flips the sign of δ̂ and z exactly", () => {
    const ij = logOddsDirichlet(I, J);
    const ji = logOddsDirichlet(J, I);
    ij.forEach((r, k) => {
      expect(ji[k].term).toBe(r.term);
      expect(ji[k].delta).toBe(-r.delta + 0); // +0 turns −0 into 0 for toBe
      expect(ji[k].z).toBe(-r.z + 0);
      expect(ji[k].sigma).toBe(r.sigma);
      expect([ji[k].countI, ji[k].countJ]).toEqual([r.countJ, r.countI]);
    });
  });

  describe("default α₀ on a corpus of five 700-word articles (one per outlet)", () => {
    // Article k: 100 common words 5 times each (500 tokens) + 194 words of its own once each;
    // article 0 adds "kiev" ×5 and "once" ×1; article 1 adds "once" ×1 and 5 words of its own;
    // articles 2–4 add 6 words of their own. Each article has 700 tokens; N = 3500, V = 1095.
    const articles = Array.from({ length: 5 }, (_, k) => {
      const c = new Map<string, number>();
      for (let i = 0; i < 100; i++) c.set(`c${i}`, 5);
      for (let i = 0; i < 194; i++) c.set(`u${k}_${i}`, 1);
      if (k === 0) {
        c.set("kiev", 5);
        c.set("once", 1);
      } else if (k === 1) {
        c.set("once", 1);
        for (let i = 195; i < 200; i++) c.set(`u${k}_${i}`, 1);
      } else {
        for (let i = 194; i < 200; i++) c.set(`u${k}_${i}`, 1);
      }
      return Object.freeze(c);
    });
    const add = (maps: ReadonlyMap<string, number>[]) => {
      const out = new Map<string, number>();
      for (const m of maps) for (const [t, v] of m) out.set(t, (out.get(t) ?? 0) + v);
      return Object.freeze(out);
    };
    const corpus = add(articles);
    const rest = add(articles.slice(1));

    test("the corpus is as described", () => {
      for (const a of articles) expect([...a.values()].reduce((s, v) => s + v, 0)).toBe(700);
      expect(defaultAlpha0(corpus)).toBe(1095);
    });

    test("a word used 5 times by one outlet and never by the others: |z| > 1.96, outlet vs rest", () => {
      const rows = logOddsDirichlet(articles[0], rest); // background = pooled = the corpus
      const kiev = row(rows, "kiev");
      expect(kiev.z).toBeGreaterThan(1.96);
      // mpmath reference (same transcription as above): z = 2.486349574720246
      expect(kiev.z).toBeCloseTo(2.486349574720246, 9);
      // and the mirror image is as strongly negative
      expect(row(logOddsDirichlet(rest, articles[0]), "kiev").z).toBeCloseTo(-2.486349574720246, 9);
    });

    test("a word used once by each of two equal-sized articles: z = 0", () => {
      const rows = logOddsDirichlet(articles[0], articles[1], { background: corpus });
      expect(row(rows, "once").z).toBe(0);
      expect(row(rows, "c7").z).toBe(0);
    });

    test("5 vs 0 between two equal 700-word articles stays below 1.96, as it should", () => {
      // Fisher's exact test on [[5, 695], [0, 700]] gives p = 0.062 (scipy.stats.fisher_exact), so
      // |z| > 1.96 here would overstate the evidence. mpmath reference: z = 1.6151144978418965.
      const rows = logOddsDirichlet(articles[0], articles[1], { background: corpus });
      expect(row(rows, "kiev").z).toBeCloseTo(1.6151144978418965, 9);
    });

    test("the common small priors would have hidden the 5-vs-0 word", () => {
      // α₀ = 0.01·N = 35 (mpmath: z = 1.3288007957612575)
      expect(row(logOddsDirichlet(articles[0], rest, { alpha0: 35 }), "kiev").z).toBeCloseTo(1.3288007957612575, 9);
    });
  });

  test("degenerate input throws with a clear message", () => {
    const empty = freezeMap([]);
    expect(() => logOddsDirichlet(empty, J)).toThrow("logOddsDirichlet: countsI has total 0; a log-odds comparison needs words on both sides");
    expect(() => logOddsDirichlet(I, freezeMap([["x", 0]]))).toThrow(/countsJ has total 0/);
    expect(() => logOddsDirichlet(freezeMap([["a", -1]]), J)).toThrow('logOddsDirichlet: countsI has count -1 for term "a"');
    expect(() => logOddsDirichlet(I, J, { alpha0: 0 })).toThrow("logOddsDirichlet: alpha0 is 0; it must be a finite number > 0");
    expect(() => logOddsDirichlet(I, J, { background: freezeMap([["kiev", 3], ["said", 4], ["war", 1]]) })).toThrow(
      'logOddsDirichlet: term "kyiv" is counted in a group but has no background count',
    );
    expect(() => logOddsDirichlet(freezeMap([["a", 3]]), freezeMap([["a", 2]]))).toThrow(/at least two distinct terms/);
    expect(() => defaultAlpha0(freezeMap([["a", 0]]))).toThrow("defaultAlpha0: the background has no term with a positive count");
  });

  test("terms with zero counts on both sides are left out; no NaN anywhere", () => {
    const rows = logOddsDirichlet(freezeMap([["a", 2], ["b", 0]]), freezeMap([["a", 1], ["c", 3], ["b", 0]]));
    expect(rows.map((r) => r.term)).toEqual(["a", "c"]);
    for (const r of rows) for (const v of [r.delta, r.sigma, r.z]) expect(Number.isFinite(v)).toBe(true);
  });
});

function check(rows: LogOddsRow[], expected: [string, number, number, number, number, number][]): void {
  expect(rows.map((r) => r.term)).toEqual(expected.map((e) => e[0]));
  rows.forEach((r, k) => {
    const [, ci, cj, d, s, z] = expected[k];
    expect([r.countI, r.countJ]).toEqual([ci, cj]);
    expect(Math.abs(r.delta - d)).toBeLessThan(1e-12);
    expect(Math.abs(r.sigma - s)).toBeLessThan(1e-12);
    expect(Math.abs(r.z - z)).toBeLessThan(1e-12);
  });
}
