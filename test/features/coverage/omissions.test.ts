import { coverageClaims } from "../../../src/features/coverage/claims";
import { claimMatrix, uniqueClaims } from "../../../src/features/coverage/matrix";
import { coverageOmissions } from "../../../src/features/coverage/omissions";
import { omissionOptions } from "../../../src/features/coverage/options";
import { claimSets, claimSetsByEvent, claimsByArticle } from "../../../src/features/coverage/sets";
import type { Article } from "../../../src/corpus/types";
import type { Lexicon } from "../../../src/lexicon/types";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { article, parseQuoted } from "../../helpers";

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

  it("ranks each outlet's omissions by how many other outlets carry them (default: at least half of them)", () => {
    expect(r.kind).toBe("coverage-omissions");
    expect(of("z")).toEqual([[1, "c2", 2, 1], [2, "c3", 1, 0.5]]);
    expect(of("y")).toEqual([[1, "c3", 1, 0.5], [1, "c4", 1, 0.5]]);
    expect(of("x")).toEqual([[1, "c4", 1, 0.5]]);
  });
  it("gives provenance: the outlet's own articles and the carriers' articles", () => {
    const row = r.rows.find((x) => x.outlet === "z" && x.claim === "c2")!;
    expect(row).toMatchObject({ event: "(all)", text: Q, carriedBy: ["x", "y"], otherOutlets: 2, articleIds: ["cz"], carrierArticleIds: ["ax", "by"] });
  });
  it("raises the bar with minShare, and aligns claims itself from parsed articles", () => {
    expect(coverageOmissions(parsed, { minShare: 0.75 }).rows.map((x) => [x.outlet, x.claim])).toEqual([["z", "c2"]]);
    expect(coverageOmissions(parsed).rows).toEqual(r.rows);
    expect(() => omissionOptions({ minShare: 0 })).toThrow(/invalid minShare: 0/);
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
