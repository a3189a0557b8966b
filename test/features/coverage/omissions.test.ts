import { coverageClaims } from "../../../src/features/coverage/claims";
import { claimMatrix, uniqueClaims } from "../../../src/features/coverage/matrix";
import { coverageOmissions } from "../../../src/features/coverage/omissions";
import { omissionOptions } from "../../../src/features/coverage/options";
import { claimSets, claimSetsByEvent, claimsByArticle } from "../../../src/features/coverage/sets";
import type { Article } from "../../../src/corpus/types";
import type { Lexicon } from "../../../src/lexicon/types";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, parseQuoted, profilesOf } from "../../helpers";

/** Parse, quote and profile one article: the input the coverage reduce takes. */
const profiled = (a: Article, lexicon?: Lexicon): ArticleProfile => profileArticle(parseQuoted(a, lexicon), lexicon);

const P = "Foreign ministers met in Antalya on Thursday for ceasefire talks.";
const Q = "Three people were killed when a hospital in Mariupol was bombed.";
const S = "The Turkish foreign minister mediated the meeting between both delegations.";
const R = "Putin signed decrees recognising the Donetsk and Lugansk republics in February.";
// Claims, numbered by first sentence (articles by id): c1 = P (x, y, z), c2 = Q (x, y), c3 = S (x), c4 = R (z).
const parsed = Object.freeze([
  profiled(article({ id: "cz", outlet: "z", text: `${P}\n${R}` })),
  profiled(article({ id: "ax", outlet: "x", text: `${P}\n${Q}\n${S}` })),
  profiled(article({ id: "by", outlet: "y", text: `${P}\n${Q}` })),
]);
const claims = coverageClaims(parsed);

describe("claims of a constructed corpus", () => {
  it("numbers claims by first sentence and records who carries them", () => {
    expect(claims.rows.map((r) => [r.claim, r.text, r.outlets])).toEqual([
      ["c1", P, ["x", "y", "z"]], ["c2", Q, ["x", "y"]], ["c3", S, ["x"]], ["c4", R, ["z"]],
    ]);
    // Identical sentences are one wording: no pairwise cohesion to report.
    expect(claims.rows[0]).toMatchObject({ wordings: 1, cohesion: null });
    expect(claims.rows[0].cells.map((c) => c.fit)).toEqual([null, null, null]);
  });
});

describe("coverageOmissions", () => {
  const r = coverageOmissions(claims);
  const of = (outlet: string) => r.rows.filter((x) => x.outlet === outlet).map((x) => [x.rank, x.claim, x.carriers, x.share]);

  it("counts a claim as omitted when at least half the other outlets, and at least 2, carry it (the defaults)", () => {
    expect(r.kind).toBe("coverage-omissions");
    expect(r.params).toMatchObject({ minShare: 0.5, minCarriers: 2 });
    // c2 (x, y) is what most of the three outlets carry; c3 (x) and c4 (z) are one outlet's own
    expect(of("z")).toEqual([[1, "c2", 2, 1]]);
    expect(of("y")).toEqual([]);
    expect(of("x")).toEqual([]);
  });
  it("ranks omissions by carriers, and with minCarriers: 1 counts one other outlet's claims too", () => {
    const one = coverageOmissions(claims, { minCarriers: 1 });
    const of1 = (outlet: string) => one.rows.filter((x) => x.outlet === outlet).map((x) => [x.rank, x.claim, x.carriers, x.share]);
    expect(of1("z")).toEqual([[1, "c2", 2, 1], [2, "c3", 1, 0.5]]);
    expect(of1("y")).toEqual([[1, "c3", 1, 0.5], [1, "c4", 1, 0.5]]);
    expect(of1("x")).toEqual([[1, "c4", 1, 0.5]]);
  });
  it("gives provenance: the outlet's own articles and the carriers' articles", () => {
    const row = r.rows.find((x) => x.outlet === "z" && x.claim === "c2")!;
    expect(row).toMatchObject({ event: "(all)", text: Q, carriedBy: ["x", "y"], otherOutlets: 2, articleIds: ["cz"], carrierArticleIds: ["ax", "by"] });
  });
  it("raises the bar with minShare, and aligns claims itself from parsed articles", () => {
    expect(coverageOmissions(parsed, { minShare: 0.75 }).rows.map((x) => [x.outlet, x.claim])).toEqual([["z", "c2"]]);
    expect(coverageOmissions(parsed).rows).toEqual(r.rows);
    expect(() => omissionOptions({ minShare: 0 })).toThrow(/invalid minShare: 0/);
    expect(() => omissionOptions({ minCarriers: 0 })).toThrow(/invalid minCarriers: 0/);
    expect(() => omissionOptions({ minCarriers: 1.5 })).toThrow(/invalid minCarriers: 1.5/);
  });
  it("has nothing to say with one outlet", () => {
    expect(coverageOmissions([parsed[0]]).rows).toEqual([]);
  });
});

describe("claim sets, matrix and unique claims", () => {
  it("gives each outlet's claim set (pooled and per event) and each article's claims", () => {
    expect(claimSets(claims)).toEqual(new Map([["x", new Set(["c1", "c2", "c3"])], ["y", new Set(["c1", "c2"])], ["z", new Set(["c1", "c4"])]]));
    expect(claimSetsByEvent(claims).get("(all)")!.get("z")).toEqual(new Set(["c1", "c4"]));
    expect(claimsByArticle(claims)).toEqual(new Map([["ax", ["c1", "c2", "c3"]], ["by", ["c1", "c2"]], ["cz", ["c1", "c4"]]]));
  });
  it("spells out the claims × outlets matrix, one row per claim and outlet of its event", () => {
    const m = claimMatrix(claims);
    expect(m).toHaveLength(4 * 3);
    expect(m.filter((x) => x.claim === "c2").map((x) => [x.outlet, x.carried, x.articleId, x.sentence])).toEqual([["x", true, "ax", 1], ["y", true, "by", 1], ["z", false, null, null]]);
  });
  it("lists the claims one outlet alone carries", () => {
    expect(uniqueClaims(claims).map((x) => x.claim)).toEqual(["c3", "c4"]);
    expect(uniqueClaims(claims, "z").map((x) => x.text)).toEqual([R]);
  });
});

/** A made-up word per integer (consonant-vowel syllables), so that claims share no word and no claim is an English word. */
function word(n: number): string {
  const C = "bdfgklmnprstvz", V = "aeiou";
  let w = "";
  for (let k = 0; k < 3; k++) { w += C[n % C.length] + V[Math.floor(n / C.length) % V.length]; n = Math.floor(n / (C.length * V.length)); }
  return w;
}
/** Claim j of event e: six words of its own. */
function claimText(e: number, j: number): string {
  const w = Array.from({ length: 6 }, (_, k) => word((e * 5 + j) * 6 + k));
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(" ")}.`;
}

describe("issue 11 finding 12: a claim one other outlet carries is not an omission of every outlet without it", () => {
  // 100 events. Outlets a, b, c, d, u; u also carries two claims of its own (U1, U2) in every event.
  // Claims per event: S (everyone present), M (everyone present but b), U1, U2 (u alone).
  // Events 0–79: all five outlets. 80–89: a, b, u. 90–99: a, u.
  const S = 0, M = 1, U1 = 2, U2 = 3;
  const carries: Record<string, readonly number[]> = { a: [S, M], b: [S], c: [S, M], d: [S, M], u: [S, M, U1, U2] };
  const present = (e: number) => (e < 80 ? ["a", "b", "c", "d", "u"] : e < 90 ? ["a", "b", "u"] : ["a", "u"]);
  const event = (e: number) => `e${String(e).padStart(3, "0")}`;
  let built: ReturnType<typeof coverageClaims>;
  let r: ReturnType<typeof coverageOmissions>;
  beforeAll(() => {
    const articles = Array.from({ length: 100 }, (_, e) => present(e).map((o) => article({
      id: `${event(e)}-${o}`, outlet: o, event: event(e), text: carries[o].map((j) => claimText(e, j)).join("\n"),
    }))).flat();
    built = coverageClaims(profilesOf(articles.map((a) => parseQuoted(a))));
    r = coverageOmissions(built);
  });
  it("aligns the claims as built: four per event, U1 and U2 carried by u alone", () => {
    expect(built.rows).toHaveLength(400);
    expect(built.rows.filter((x) => x.unique).map((x) => x.outlets.join())).toEqual(new Array(200).fill("u"));
  });
  it("counts no claim that u alone carries as omitted by anyone", () => {
    expect(r.rows.filter((x) => x.carriers < 2)).toEqual([]);
    const uTexts = new Set(Array.from({ length: 100 }, (_, e) => [claimText(e, U1), claimText(e, U2)]).flat());
    expect(r.rows.filter((x) => uTexts.has(x.text))).toEqual([]);
  });
  it("still counts what most outlets carry: b omits M wherever the others carry it", () => {
    // b is in events 0–89; M is carried there by all of b's others (a, c, d, u, or a, u): 90 omissions, all of M
    const perOutlet = new Map<string, number>();
    for (const x of r.rows) perOutlet.set(x.outlet, (perOutlet.get(x.outlet) ?? 0) + 1);
    expect([...perOutlet]).toEqual([["b", 90]]);
    expect(r.rows.every((x) => x.text === claimText(Number(x.event.slice(1)), M))).toBe(true);
  });
  it("differs from the rule of one carrier, which the finding describes", () => {
    // minCarriers 1 (the old rule, minShare 0.5 alone): in events 80–89 (a, b, u) a omits U1, U2 and b omits M, U1, U2;
    // in 90–99 (a, u) a omits U1, U2; in 0–79 only b omits M (U1, U2: 1 of 4 others < 0.5). 80 + 50 + 20 = 150
    expect(coverageOmissions(built, { minCarriers: 1 }).rows).toHaveLength(150);
  });
  it("names the two-outlet events, where nothing can be omitted", () => {
    const w = r.warnings.find((x) => x.code === "omissions-too-few-outlets")!;
    expect(w.message).toMatch(/^10 events "e090", "e091", "e092", "e093", "e094", …/);
  });
});
