import { signedG2 } from "../../src/stats";

// Worked 2×2 tables. Layout (quanteda's keyness.cpp):   target  reference
//                                          term w          a        b
//                                          other terms     c        d      N = a + b + c + d
// Expected count of a cell = its row total × its column total / N; G² = 2 Σ O·ln(O/E).
// Each literal is also checked against a 40-digit mpmath transcription of keyness.cpp's lr_lambda
// (and, without correction, scipy.stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")).

describe("signedG2", () => {
  test('kiev: a=10, b=2, c=90, d=98 — no correction applies, so "default" = "none"', () => {
    // N = 200; E_a = 12·100/200 = 6, E_b = 6, E_c = 188·100/200 = 94, E_d = 94.
    const g2 = 2 * (10 * Math.log(10 / 6) + 2 * Math.log(2 / 6) + 90 * Math.log(90 / 94) + 98 * Math.log(98 / 94));
    // Yates in quanteda needs an expected count < 5: the smallest here is 6, so no shift.
    // a = 10 > E_a = 6 → positive sign.
    expect(signedG2(10, 2, 90, 98, { correction: "none" })).toBeCloseTo(g2, 12);
    expect(signedG2(10, 2, 90, 98)).toBeCloseTo(g2, 12);
    expect(Math.abs(g2 - 6.162591666005718)).toBeLessThan(1e-9); // mpmath
    expect(Math.abs(g2 - 6.162591666005738)).toBeLessThan(1e-9); // scipy chi2_contingency, λ = "log-likelihood"
  });

  test("kiev with Williams' correction", () => {
    // q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1)/(6N)
    //   = 1 + (200/12 + 200/188 − 1)(200/100 + 200/100 − 1)/1200 = 1.0418262411347519
    const q = 1 + ((200 / 12 + 200 / 188 - 1) * (200 / 100 + 200 / 100 - 1)) / 1200;
    expect(Math.abs(q - 1.0418262411347519)).toBeLessThan(1e-15); // Deducer's likelihood.test(conservative=TRUE) form, in Python
    const g2 = 2 * (10 * Math.log(10 / 6) + 2 * Math.log(2 / 6) + 90 * Math.log(90 / 94) + 98 * Math.log(98 / 94));
    expect(signedG2(10, 2, 90, 98, { correction: "williams" })).toBeCloseTo(g2 / q, 12);
    expect(Math.abs(signedG2(10, 2, 90, 98, { correction: "williams" }) - 5.915181843848985)).toBeLessThan(1e-9); // mpmath
  });

  test("kyiv: a=0, b=8, c=100, d=92 — quanteda's default (Yates) shifts the cells by ½", () => {
    // E_a = 8·100/200 = 4 < 5 and |ad − bc| = |0 − 800| = 800 ≥ N/2 = 100 → δ = 0.5.
    // ad − bc < 0 → a and d move up, b and c down: 0.5, 7.5, 99.5, 92.5 (margins unchanged, E = 4, 4, 96, 96).
    const g2 = 2 * (0.5 * Math.log(0.5 / 4) + 7.5 * Math.log(7.5 / 4) + 99.5 * Math.log(99.5 / 96) + 92.5 * Math.log(92.5 / 96));
    // a = 0 < E_a = 4 → negative sign.
    expect(signedG2(0, 8, 100, 92)).toBeCloseTo(-g2, 12);
    expect(signedG2(0, 8, 100, 92, { correction: "yates" })).toBeCloseTo(-g2, 12);
    expect(Math.abs(-g2 - -7.60495325065174)).toBeLessThan(1e-9); // mpmath
    // Uncorrected: 0·ln 0 = 0, G² = 2[8 ln(8/4) + 100 ln(100/96) + 92 ln(92/96)]
    const plain = 2 * (8 * Math.log(2) + 100 * Math.log(100 / 96) + 92 * Math.log(92 / 96));
    expect(signedG2(0, 8, 100, 92, { correction: "none" })).toBeCloseTo(-plain, 12);
    expect(Math.abs(plain - 11.423784739951724)).toBeLessThan(1e-9); // scipy chi2_contingency
    // Williams with a zero cell: q = 1 (quanteda's convention), so = uncorrected
    expect(signedG2(0, 8, 100, 92, { correction: "williams" })).toBe(signedG2(0, 8, 100, 92, { correction: "none" }));
  });

  test("tass: a=4, b=0, c=96, d=100 — Yates shift with ad > bc", () => {
    // E_a = 2 < 5, |400 − 0| ≥ 100 → a, d down and b, c up: 3.5, 0.5, 96.5, 99.5; E = 2, 2, 98, 98.
    const g2 = 2 * (3.5 * Math.log(3.5 / 2) + 0.5 * Math.log(0.5 / 2) + 96.5 * Math.log(96.5 / 98) + 99.5 * Math.log(99.5 / 98));
    expect(signedG2(4, 0, 96, 100)).toBeCloseTo(g2, 12);
    expect(Math.abs(g2 - 2.5769363148822126)).toBeLessThan(1e-9); // mpmath
    expect(Math.abs(signedG2(4, 0, 96, 100, { correction: "none" }) - 5.626815765058201)).toBeLessThan(1e-9); // scipy
  });

  test("swapping target and reference flips the sign", () => {
    for (const correction of ["default", "williams", "yates", "none"] as const) {
      for (const [a, b, c, d] of [[10, 2, 90, 98], [0, 8, 100, 92], [4, 0, 96, 100], [46, 50, 54, 50]]) {
        expect(signedG2(b, a, d, c, { correction })).toBeCloseTo(-signedG2(a, b, c, d, { correction }), 12);
      }
    }
  });

  test("epsilon = 1e-9 reproduces quanteda's ln(O/E + 1e-9)", () => {
    // mpmath: 2 Σ O·ln(O/E + 1e-9) for kiev = 6.162592066005718 (vs exact 6.162591666005718: +2·N·1e-9 = 4e-7)
    expect(Math.abs(signedG2(10, 2, 90, 98, { correction: "none", epsilon: 1e-9 }) - 6.162592066005718)).toBeLessThan(1e-9);
    // independence, a = E: exact G² is 0 (no −0); quanteda's gives −4e-7 (sign − because a > E is false)
    expect(Object.is(signedG2(40, 40, 60, 60), 0)).toBe(true);
    expect(Math.abs(signedG2(40, 40, 60, 60, { epsilon: 1e-9 }) - -3.999999998e-7)).toBeLessThan(1e-12);
  });

  test("a term absent from both sides gets 0; bad input throws", () => {
    expect(signedG2(0, 0, 50, 60)).toBe(0);
    expect(() => signedG2(-1, 2, 3, 4)).toThrow("signedG2: cell a is -1; cells must be finite counts ≥ 0");
    expect(() => signedG2(0, 0, 0, 0)).toThrow("signedG2: the table is empty (N = 0)");
    expect(() => signedG2(1, 2, 3, 4, { correction: "bonferroni" as never })).toThrow(
      'signedG2: invalid correction: bonferroni; use one of "default", "williams", "yates", "none"',
    );
    expect(() => signedG2(1, 2, 3, 4, { epsilon: -1 })).toThrow(/epsilon is -1/);
  });
});
