import fc from "fast-check";
import { englishWords, looksEnglish } from "../../src/corpus/english";
import { createLanguageCheck } from "../../src/corpus/language-check";
import { loadCorpus } from "../../src/corpus/loadCorpus";
import { streamCorpus } from "../../src/corpus/stream-corpus";
import { checkCorpus } from "../../src/cli/check";
import { article, seedText } from "../helpers";
import { jsonl, tmpDir, write } from "./tmp";

// Made-up reports of a made-up event, about 80 words each.
const GERMAN = "Die Außenminister beider Länder haben sich am Donnerstag in der Hafenstadt getroffen. Es war das erste Treffen auf dieser Ebene seit Monaten. Ein Abkommen wurde nicht geschlossen, sagte ein Sprecher nach dem Gespräch. Man habe über die Brücke und die Fähre gesprochen, aber keine Fortschritte erzielt. Der Bürgermeister erklärte, die Stadt wolle weitere Gespräche führen, und der Rat bot an, auch künftig zu vermitteln. Beobachter zeigten sich enttäuscht über das Ergebnis der Sitzung.";
const FRENCH = "Les ministres des deux pays se sont rencontrés jeudi dans la ville portuaire. C'était la première rencontre à ce niveau depuis des mois. Aucun accord n'a été conclu, a déclaré un porte-parole après l'entretien. Ils ont parlé du pont et du bac, mais sans progrès. Le maire a affirmé que la ville voulait poursuivre les discussions, et le conseil a proposé de continuer sa médiation. Les observateurs se sont dits déçus du résultat de la séance.";
const ENGLISH = "The ministers of the two countries met on Thursday in the harbour town. It was the first meeting at this level for months. No agreement was reached, a spokesman said after the talks. They had spoken about the bridge and the ferry, but there was no progress. The mayor said that the town wanted more talks, and the council offered to go on with its mediation. Observers said they were disappointed with the result of the meeting.";

describe("englishWords / looksEnglish", () => {
  it("counts words and English function words, counted by hand", () => {
    // words: The talks ended without a deal and both sides said that they would meet again = 15
    // function words: The, and, said, that, they, would = 6
    expect(englishWords("The talks ended without a deal, and both sides said that they would meet again.")).toEqual({ words: 15, hits: 6 });
    expect(englishWords("Don’t stop: it's the end.")).toEqual({ words: 5, hits: 1 }); // "it's" is one word, not "it"
  });

  it("reads at most `limit` words", () => {
    expect(englishWords("the the the the the", 3)).toEqual({ words: 3, hits: 3 });
  });

  it("tells English from German and French prose, and does not judge short texts", () => {
    expect(looksEnglish(ENGLISH)).toBe(true);
    expect(looksEnglish(GERMAN)).toBe(false);
    expect(looksEnglish(FRENCH)).toBe(false);
    expect(looksEnglish("Kurz und knapp.")).toBeUndefined();
    for (const p of ["000", "001", "002", "003", "004"]) expect(looksEnglish(seedText(p))).toBe(true);
  });
});

describe("createLanguageCheck", () => {
  it("says nothing of an English corpus, or of languages given as en, en-GB or unknown", () => {
    const check = createLanguageCheck("c.jsonl");
    check.add(article({ id: "a", text: ENGLISH, language: "en-GB" }));
    check.add(article({ id: "b", text: ENGLISH, language: "unknown" }));
    check.add(article({ id: "c", text: "Short.", language: "EN" }));
    expect(check.finish()).toBeUndefined();
  });

  it("gives one warning with counts, the smallest ids and the languages claimed", () => {
    const check = createLanguageCheck("c.jsonl");
    for (const id of ["d5", "d4", "d3", "d2", "d1"]) check.add(article({ id, text: GERMAN, language: "de" }));
    check.add(article({ id: "f1", text: FRENCH, language: "unknown" }));
    check.add(article({ id: "e1", text: ENGLISH, language: "fr" }));
    check.add(article({ id: "e2", text: ENGLISH }));
    expect(check.finish()).toEqual({
      code: "non-english", file: "c.jsonl",
      message: '6 of 8 articles do not read as English (few English function words: "d1", "d2", "d3", …); 6 articles give a language other than English (de: 5, fr: 1; "d1", "d2", "d3", …). framediff\'s measures (sentiment, terms, actors, quotes) are made for English text, so results on other languages are not meaningful.',
      hint: expect.stringMatching(/English/),
    });
  });

  it("gives the same warning for any order of the articles (property)", () => {
    const texts = [GERMAN, FRENCH, ENGLISH, "Short."];
    const arb = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), t: fc.nat(3), lang: fc.constantFrom("en", "de", "unknown", "fr-CA") }), { selector: (r) => r.id, maxLength: 12 });
    fc.assert(fc.property(arb, fc.infiniteStream(fc.nat()), (rows, rand) => {
      const shuffled = rows.slice();
      for (let i = shuffled.length - 1; i > 0; i--) { const j = rand.next().value % (i + 1); [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]; }
      const run = (list: typeof rows) => {
        const c = createLanguageCheck("c.jsonl");
        for (const r of list) c.add(article({ id: r.id, text: texts[r.t], language: r.lang }));
        return c.finish();
      };
      expect(run(shuffled)).toEqual(run(rows));
    }));
  });
});

describe("issue 12: a German corpus passes check silently", () => {
  const dir = tmpDir();

  it("warns once in check, naming the articles and the language they give", async () => {
    const file = write(dir, "de.jsonl", jsonl(
      { id: "de-1", outlet: "faz", language: "de", text: GERMAN },
      { id: "de-2", outlet: "sz", language: "de", text: GERMAN.replace("Donnerstag", "Freitag") },
      { id: "de-3", outlet: "sz", text: GERMAN.replace("Monaten", "Jahren") },
    ));
    const r = await checkCorpus(file);
    const w = r.warnings.filter((x) => x.code === "non-english");
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^3 of 3 articles do not read as English \(few English function words: "de-1", "de-2", "de-3"\); 2 articles give a language other than English \(de: 2; "de-1", "de-2"\)/);
    expect(r.usable).toBe(true); // a warning: the corpus still loads, and --strict refuses it
    expect((await checkCorpus(file, { strict: true })).usable).toBe(false);
  });

  it("warns in loadCorpus and streamCorpus (so analyze's run.json has it), and not for the bundled English texts", async () => {
    const de = write(dir, "de2.jsonl", jsonl({ id: "a", outlet: "x", text: GERMAN }, { id: "b", outlet: "y", text: ENGLISH }));
    expect((await loadCorpus(de)).warnings.map((w) => w.code)).toEqual(["non-english"]);
    const stream = await streamCorpus(de); // what analyze reads, so run.json lists it
    for await (const _ of stream.articles) { /* read through */ }
    expect(stream.finish().warnings.map((w) => w.code)).toEqual(["non-english"]);
    const en = write(dir, "en.jsonl", jsonl({ id: "a", outlet: "x", text: seedText("000") }, { id: "b", outlet: "y", text: seedText("004") }));
    expect((await loadCorpus(en)).warnings).toEqual([]);
  });
});
