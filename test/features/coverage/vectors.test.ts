import similarity from "wink-nlp/utilities/similarity";
import { bm25Vectors, dot, sentenceFeatures } from "../../../src/features/coverage/vectors";
import { parseLexicon } from "../../../src/lexicon/index";
import { parseArticle } from "../../../src/parse/index";
import { article } from "../../helpers";

const lexicon = parseLexicon(`name: tiny
version: 1
actors:
  Dmytro Kuleba: [Dmytro Kuleba, Dmitry Kuleba, Kuleba]
concepts:
  capital:
    labels:
      Kyiv: [Kyiv]
      Kiev: [Kiev]
frames:
  humanitarian: [killed, children]
`, "tiny.yaml");

describe("sentenceFeatures", () => {
  const a = parseArticle(article({ id: "a", text: "Dmitry Kuleba flew to Kiev on 10 March.\nThree children were killed in Kyiv, Dmytro Kuleba's office said." }), lexicon);
  const f = sentenceFeatures(a);

  it("replaces the tokens of an actor or concept mention by one feature, whatever the variant", () => {
    expect(f[0].features).toEqual(["actor:Dmytro Kuleba", "fly", "concept:capital", "10", "march"]);
    expect(f[1].features).toEqual(["child", "kill", "concept:capital", "actor:Dmytro Kuleba", "office", "say"]);
  });
  it("leaves frame cues as words, drops stop words, punctuation and possessive clitics", () => {
    expect(f[1].features).not.toContain("frame:humanitarian");
    expect(f[1].features).not.toContain("'s");
  });
  it("counts words and mentions as content words, numbers not", () => {
    expect(f.map((x) => x.contentWords)).toEqual([4, 6]);
  });
  it("leaves numbers out on request", () => {
    expect(sentenceFeatures(a, false)[0].features).not.toContain("10");
  });
  it("drops negated auxiliaries that wink's split is rejoined into (don’t, didn't)", () => {
    const b = parseArticle(article({ text: "We don’t plan to invade. They didn't attack." }));
    expect(sentenceFeatures(b).map((x) => x.features)).toEqual([["plan", "invade"], ["attack"]]);
  });
  it("maps nothing without a lexicon", () => {
    expect(sentenceFeatures(parseArticle(article({ text: "Kuleba flew to Kiev." })))[0].features).toEqual(["kuleba", "fly", "kiev"]);
  });
});

describe("bm25Vectors (hand computed)", () => {
  // N = 3, avgdl = 2, k1 = 1.2, b = 0.75.
  // idf(a) = ln(1 + (3 − 2 + 0.5)/(2 + 0.5)) = ln 1.6; idf(b) = idf(c) = idf(d) = ln(1 + 2.5/1.5) = ln(8/3).
  // doc 0 (|d| = 2): K = 1.2; w(a) = ln1.6 · 2.2/2.2 = 0.470004, w(b) = ln(8/3) = 0.980829.
  // doc 1 (|d| = 3): K = 1.2 · (0.25 + 0.75 · 1.5) = 1.65; w(a) = ln1.6 · 2.2/2.65 = 0.390192, w(c) = ln(8/3) · 4.4/3.65 = 1.182370.
  // Unit length: doc 0 (0.432137, 0.901808); doc 1 (0.313385, 0.949626); doc 2 (d = 1).
  // cos(doc 0, doc 1) = 0.432137 · 0.313385 = 0.135425. (Values from Python, math.log.)
  const docs = [["a", "b"], ["a", "c", "c"], ["d"]];
  const v = bm25Vectors(docs);

  it("gives the BM25 weights of Robertson & Zaragoza (2009) scaled to unit length", () => {
    expect(v[0].get("a")).toBeCloseTo(0.4321373378604992, 5);
    expect(v[0].get("b")).toBeCloseTo(0.9018078072554268, 5);
    expect(v[1].get("a")).toBeCloseTo(0.3133845186485936, 5);
    expect(v[1].get("c")).toBeCloseTo(0.9496263178068461, 5);
    expect([...v[2]]).toEqual([["d", 1]]);
  });
  it("makes the dot product the cosine", () => {
    expect(dot(v[0], v[1])).toBeCloseTo(0.1354251516154972, 5);
    expect(dot(v[0], v[0])).toBeCloseTo(1, 12);
    expect(dot(v[0], v[2])).toBe(0);
  });
  it("agrees with wink-nlp's bag-of-words cosine", () => {
    const bow = (m: Map<string, number>) => Object.fromEntries(m);
    expect(dot(v[0], v[1])).toBeCloseTo(similarity.bow.cosine(bow(v[0]), bow(v[1])), 5);
  });
  it("lets k1 and b change the weights (b = 0: no length normalisation)", () => {
    const w = bm25Vectors(docs, 1.2, 0);
    // doc 1 with b = 0: K = 1.2; w(a) = ln1.6 · 2.2/2.2, w(c) = ln(8/3) · 4.4/3.2.
    const a = Math.log(1.6), c = Math.log(8 / 3) * 4.4 / 3.2;
    expect(w[1].get("a")).toBeCloseTo(a / Math.hypot(a, c), 5);
  });
  it("gives [] for no documents and an empty vector for an empty document", () => {
    expect(bm25Vectors([])).toEqual([]);
    expect(bm25Vectors([["a"], []])[1].size).toBe(0);
  });
});
