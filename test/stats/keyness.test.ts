import { keynessG2, type KeynessRow } from "../../src/stats";

const freezeMap = (entries: [string, number][]) => Object.freeze(new Map(entries));
const target = freezeMap([["kiev", 10], ["said", 40], ["war", 46], ["tass", 4]]); // total 100
const reference = freezeMap([["kiev", 2], ["kyiv", 8], ["said", 40], ["war", 50]]); // total 100
// The per-term 2×2 tables (a, b, c = 100 − a, d = 100 − b) are worked by hand in g2.test.ts.

const values = (rows: KeynessRow[], k: keyof KeynessRow) => rows.map((r) => r[k]);
const close = (actual: number[], expected: number[], tol: number) =>
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected[i]))));

describe("keynessG2 (quanteda textstat_keyness, measure = \"lr\")", () => {
  test("rows sorted by term, with counts", () => {
    const rows = keynessG2(target, reference);
    expect(values(rows, "term")).toEqual(["kiev", "kyiv", "said", "tass", "war"]);
    expect(values(rows, "target")).toEqual([10, 0, 40, 4, 46]);
    expect(values(rows, "reference")).toEqual([2, 8, 40, 0, 50]);
  });

  test("default correction (quanteda's: conditional Yates) matches the 40-digit reference", () => {
    // mpmath transcription of keyness.cpp lr_lambda with cor = "default"
    close(values(keynessG2(target, reference), "G2") as number[], [6.162591666005718, -7.60495325065174, 0, 2.5769363148822126, -0.32059903231563697], 1e-9);
  });

  test('"none" matches scipy chi2_contingency(correction=False, lambda_="log-likelihood"), signed', () => {
    // scipy statistics (unsigned): 6.162591666005738, 11.423784739951724, 0.0, 5.626815765058201, 0.32059903231565956
    close(values(keynessG2(target, reference, { correction: "none" }), "G2") as number[], [6.162591666005738, -11.423784739951724, 0, 5.626815765058201, -0.32059903231565956], 1e-9);
  });

  test('"williams" matches the reference (q = 1 where a cell is 0, as quanteda)', () => {
    close(values(keynessG2(target, reference, { correction: "williams" }), "G2") as number[], [5.915181843848985, -11.4237847399517, 0, 5.626815765058201, -0.31820737750712985], 1e-9);
  });

  test("p = P(χ²₁ ≥ |G²|) matches scipy.stats.chi2.sf(|G2|, 1)", () => {
    // scipy.stats.chi2.sf(abs(G2_default), 1)
    close(values(keynessG2(target, reference), "p") as number[], [0.013047989522742878, 0.005820817324404155, 1, 0.10843134647708345, 0.5712478707011257], 1e-12);
  });

  test("swapping target and reference flips the sign of G² and keeps p", () => {
    const ab = keynessG2(target, reference);
    const ba = keynessG2(reference, target);
    ab.forEach((r, i) => {
      expect(ba[i].term).toBe(r.term);
      expect(ba[i].G2).toBeCloseTo(-r.G2, 12);
      expect(ba[i].p).toBeCloseTo(r.p, 12);
    });
  });

  test("degenerate input throws", () => {
    expect(() => keynessG2(freezeMap([]), reference)).toThrow("keynessG2: the target has total 0; keyness needs words on both sides");
    expect(() => keynessG2(target, freezeMap([["a", 0]]))).toThrow(/the reference has total 0/);
    expect(() => keynessG2(freezeMap([["a", NaN]]), reference)).toThrow('keynessG2: target has count NaN for term "a"');
  });
});
