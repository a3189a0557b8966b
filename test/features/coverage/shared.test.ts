import { sharedWording, sharedWordingOptions } from "../../../src/features/coverage/shared";
import type { Article } from "../../../src/corpus/types";
import type { Lexicon } from "../../../src/lexicon/types";
import { unpackText } from "../../../src/profile/coverage-pack";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, parseQuoted } from "../../helpers";

/** Parse, quote and profile one article: the input the coverage reduce takes. */
const textOf = (p: ArticleProfile): string => unpackText(p.coverage.text);
const profiled = (a: Article, lexicon?: Lexicon): ArticleProfile => profileArticle(parseQuoted(a, lexicon), lexicon);

const passage = "Lavrov said the talks in Antalya brought no progress on a ceasefire";
const a = profiled(article({ id: "a", outlet: "x", text: `${passage} today. The weather was mild and the sea calm.` }));
const b = profiled(article({ id: "b", outlet: "y", text: `Officials noted: ${passage}, sources say. Nothing else matched.` }));

describe("sharedWording", () => {
  const r = sharedWording([b, a]);

  it("reports a maximal run of identical tokens per article pair, with offsets in each text", () => {
    expect(r.kind).toBe("coverage-shared-wording");
    expect(r.rows).toHaveLength(1);
    const row = r.rows[0];
    expect(row).toMatchObject({ articleA: "a", articleB: "b", outletA: "x", outletB: "y", sameOutlet: false, eventA: "(all)" });
    expect(row.spans).toHaveLength(1);
    const s = row.spans[0];
    expect(s.tokens).toBe(12);
    expect(s.text).toBe(passage);
    expect(textOf(a).slice(s.startA, s.endA)).toBe(passage);
    expect(textOf(b).slice(s.startB, s.endB)).toBe(passage);
    expect(s.startB).toBe(textOf(b).indexOf("Lavrov"));
  });
  it("gives the shares of each article inside shared spans, and flags copies", () => {
    const row = r.rows[0];
    expect(row.sharedTokensA).toBe(12);
    expect(row.shareA).toBeCloseTo(12 / row.tokensA, 12);
    expect(row.tokensA).toBe(12 + 1 + 8); // "today" + "The weather was mild and the sea calm"
    expect(row.copy).toBe(row.shareA >= 0.5 || row.shareB >= 0.5);
    expect(sharedWording([a, b], { copyShare: 0.9 }).rows[0].copy).toBe(false);
  });
  it("ignores runs shorter than minTokens", () => {
    expect(sharedWording([a, b], { minTokens: 13 }).rows).toEqual([]);
    expect(sharedWording([a, b], { minTokens: 12 }).rows[0].spans[0].tokens).toBe(12);
    const c = profiled(article({ id: "c", outlet: "z", text: "He said the talks in Antalya brought no gains." }));
    expect(sharedWording([a, c]).rows).toEqual([]); // 7 tokens: "said the talks in Antalya brought no"
    expect(sharedWording([a, c], { minTokens: 7 }).rows[0].spans[0].text).toBe("said the talks in Antalya brought no");
  });
  it("finds a passage once per place when it is repeated", () => {
    const d = profiled(article({ id: "d", outlet: "y", text: `${passage}. Then again: ${passage}.` }));
    const row = sharedWording([a, d]).rows[0];
    expect(row.spans.map((s) => [s.startA, s.startB])).toEqual([[0, 0], [0, textOf(d).lastIndexOf("Lavrov")]]);
    expect(row.sharedTokensB).toBe(24);
  });
  it("compares within events unless told to compare across them", () => {
    const e1 = profiled(article({ id: "a", outlet: "x", event: "e1", text: textOf(a) }));
    const e2 = profiled(article({ id: "b", outlet: "y", event: "e2", text: textOf(b) }));
    expect(sharedWording([e1, e2]).rows).toEqual([]);
    expect(sharedWording([e1, e2], { acrossEvents: true }).rows[0]).toMatchObject({ eventA: "e1", eventB: "e2" });
  });
  it("flags two identical articles as copies of each other", () => {
    const twin = profiled(article({ id: "t", outlet: "x", text: textOf(a) }));
    expect(sharedWording([a, twin]).rows[0]).toMatchObject({ shareA: 1, shareB: 1, copy: true, sameOutlet: true });
  });
  it("checks its options", () => {
    expect(() => sharedWordingOptions({ minTokens: 1 })).toThrow(/invalid minTokens: 1/);
    expect(() => sharedWordingOptions({ copyShare: 0 })).toThrow(/invalid copyShare: 0/);
    expect(sharedWordingOptions()).toMatchObject({ minTokens: 8, acrossEvents: false, copyShare: 0.5 });
  });
});
