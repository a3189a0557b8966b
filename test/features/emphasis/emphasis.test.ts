import { loadCorpus } from "../../../src/corpus/index";
import { loadLexicon, parseLexicon } from "../../../src/lexicon/index";
import { profileArticle } from "../../../src/profile/profile-article";
import type { ArticleProfile } from "../../../src/profile/types";
import { actorSalience, frameAttention, mentionPositions, placementByOutlet, sentenceSections } from "../../../src/features/emphasis/index";
import { article, BUNDLED, parseQuoted, profilesOf } from "../../helpers";

const lexicon = parseLexicon(`actors:
  Lavrov: [Lavrov]
  Kuleba: [Kuleba]
frames:
  humanitarian: [humanitarian, civilians]
  military: [troops]
`);
// Title + 5 sentences: one furniture line ("20220310"), then 4 content sentences.
const a = profileArticle(parseQuoted(article({ id: "a", outlet: "tass", title: "Lavrov speaks", text: "20220310\nTroops moved east today. Kuleba met Lavrov in the city. Humanitarian aid for civilians was late. Lavrov left the talks early." }), lexicon), lexicon);
const b = profileArticle(parseQuoted(article({ id: "b", outlet: "yahoo", text: "Humanitarian corridors were discussed at length. Kuleba asked for safe passage for civilians." }), lexicon), lexicon);

describe("sentenceSections", () => {
  it("marks headline, furniture, lead and body, with relative positions of content sentences", () => {
    const s = sentenceSections(a.emphasis, { leadSentences: 2 });
    expect(s.section).toEqual(["headline", null, "lead", "lead", "body", "body"]);
    expect(s.position).toEqual([null, null, 0, 1 / 3, 2 / 3, 1]);
  });
});

describe("frameAttention (hand computed)", () => {
  const r = frameAttention([a, b], ["humanitarian", "military"], { leadSentences: 2 });
  const row = (outlet: string, frame: string, section: string) => r.rows.find((x) => x.outlet === outlet && x.frame === frame && x.section === section)!;
  it("gives sentence and word shares over headline + content sentences", () => {
    // tass: 5 counted sentences (headline + 4 content); humanitarian in 1 of them
    expect(row("tass", "humanitarian", "all")).toMatchObject({ sentences: 5, sentencesWithFrame: 1, sentenceShare: 1 / 5 });
    // words: headline 2, content 4 + 6 + 6 + 5 = 23 (the numeral-only dateline is furniture); humanitarian sentence has 6 words, 2 cues
    expect(row("tass", "humanitarian", "all").tokenShare).toBeCloseTo(6 / 23, 12);
    expect(row("tass", "humanitarian", "all").cuesPer1000).toBeCloseTo(2000 / 23, 12);
    expect(row("yahoo", "humanitarian", "all").sentenceShare).toBe(1);
  });
  it("splits by section and gives null for an empty section", () => {
    expect(row("tass", "military", "lead").sentenceShare).toBe(1 / 2);
    expect(row("tass", "military", "body").sentenceShare).toBe(0);
    expect(row("yahoo", "humanitarian", "headline").sentenceShare).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain("no-headline");
  });
});

describe("mentionPositions and placement", () => {
  it("places each target in headline, lead or body, with first position and spread", () => {
    const r = mentionPositions([a], { leadSentences: 2 });
    const lavrov = r.rows.find((x) => x.key === "Lavrov")!;
    expect(lavrov).toMatchObject({ placement: "headline", mentions: 3, firstPosition: 1 / 3, spread: 1 - 1 / 3 });
    expect(r.rows.find((x) => x.key === "humanitarian")).toMatchObject({ placement: "body", firstPosition: 2 / 3, spread: 0 });
  });
  it("summarises per outlet over all its articles", () => {
    const r = placementByOutlet([a, b], { leadSentences: 2 });
    expect(r.rows.find((x) => x.outlet === "yahoo" && x.key === "Lavrov")).toMatchObject({ articlesMentioning: 0, headlineShare: 0, meanFirstPosition: null });
    expect(r.rows.find((x) => x.outlet === "yahoo" && x.key === "Kuleba")).toMatchObject({ articlesMentioning: 1, leadShare: 1 });
  });
});

describe("actorSalience (hand computed)", () => {
  const r = actorSalience([a, b]);
  it("gives mentions per 1,000 words, sentence share and first-mention rank", () => {
    const lav = r.rows.find((x) => x.outlet === "tass" && x.actor === "Lavrov")!;
    // tass words: 2 + 4 + 6 + 6 + 5 = 23; Lavrov named 3 times in 3 of 6 sentences; named first (headline)
    expect(lav.per1000Words).toBeCloseTo(3000 / 23, 12);
    expect(lav.sentenceShare).toBe(3 / 6);
    expect(lav.meanFirstRank).toBe(1);
    expect(r.rows.find((x) => x.outlet === "tass" && x.actor === "Kuleba")!.meanFirstRank).toBe(2);
    expect(r.rows.find((x) => x.outlet === "yahoo" && x.actor === "Lavrov")).toMatchObject({ mentions: 0, meanFirstRank: null, per1000Words: 0 });
  });
});

describe("emphasis on the bundled corpus", () => {
  let parsed: ArticleProfile[];
  beforeAll(async () => {
    const lex = loadLexicon(`${BUNDLED}/lexicon.yaml`);
    parsed = profilesOf((await loadCorpus(BUNDLED)).articles.map((x) => parseQuoted(x, lex)), lex);
  });
  it("gives the humanitarian frame a larger share of Yahoo's sentences than of TASS's", () => {
    const r = frameAttention(parsed, ["humanitarian"]);
    const share = (o: string) => r.rows.find((x) => x.outlet === o && x.section === "all")!.sentenceShare!;
    expect(share("yahoo")).toBeGreaterThan(share("tass"));
  });
  it("places Lavrov as a reader finds him: in the headline of 000, 003 and TASS, the lead of Yahoo, only the body of 001", () => {
    // 001's lead (first three content sentences after its title) is the deck "Don't Get Surrender", the repeated
    // subtitle, and "For the first time since the war began, …" — Lavrov is first named in its second paragraph.
    const r = placementByOutlet(parsed);
    const where = Object.fromEntries(r.rows.filter((x) => x.key === "Sergey Lavrov").map((x) => [x.outlet, x.headlineShare ? "headline" : x.leadShare ? "lead" : "body"]));
    expect(where).toEqual({ src000: "headline", src001: "body", src003: "headline", tass: "headline", yahoo: "lead" });
  });
});
