/**
 * fast-check arbitraries for hostile, real-world news text and for whole
 * corpora built from it (issue 8: survive any real corpus). Texts are valid
 * Unicode (no lone surrogates) but otherwise anything scraped news carries:
 * contractions, curly possessives, dashes and datelines, emoji sequences,
 * URLs, e-mail, currencies and units, all-caps headlines, non-Latin scripts,
 * invisible marks, very long sentences, unbalanced and nested quotes, blank
 * runs, tabs and CR/LF mixes; mixed with plain English sentences naming the
 * bundled lexicon's actors, concept labels and frame cues so the features have
 * something to count.
 */
import fc from "fast-check";
import { join } from "node:path";
import { normaliseText } from "../../src/corpus/normaliseText";
import type { Article, Corpus, Outlet } from "../../src/corpus/types";
import { loadLexicon } from "../../src/lexicon";
import { BUNDLED } from "../helpers";

/** The bundled lexicon (corpus/antalya-2022-03-10/lexicon.yaml). */
export const LEXICON = loadLexicon(join(BUNDLED, "lexicon.yaml"));

// Surface patterns of the lexicon, with the prefix wildcard cut off ("invad*" → "invad"), so sentences hit it.
const plain = (p: string) => p.replace(/\*$/, "");
export const ACTOR_NAMES = LEXICON.actors.flatMap((a) => a.variants.map(plain));
export const CONCEPT_LABELS = LEXICON.concepts.flatMap((c) => c.labels.flatMap((l) => l.variants.map(plain)));
export const FRAME_CUES = LEXICON.frames.flatMap((f) => f.cues.map(plain));

export const CONTRACTIONS = ["cannot", "won't", "y'all", "can't", "shan't", "o'clock", "didn't", "it's", "they're", "we've", "I'm", "can’t", "won’t", "ain't", "gonna"];
export const POSSESSIVES = ["Lavrov’s", "Kuleba's", "the ministers’", "the ministers'", "Russia's", "Ukraine’s", "Çavuşoğlu's", "NATO’s", "Zelensky’s"];
export const DASHES = ["—", "–", "―", "-", "--", " — ", " – "];
export const DATELINES = ["MOSCOW ― ", "KYIV, March 10 (Reuters) - ", "ANTALYA, Turkey — ", "WASHINGTON – ", "MOSCOW, March 10. /TASS/. "];
export const EMOJI = ["😀", "🇺🇦", "🇷🇺", "👩‍👩‍👧", "👍🏽", "❤️", "🕊️", "🏳️‍🌈", "1️⃣", "🤷‍♂️"];
export const URLS = ["https://news.example.com/lavrov-kuleba-talks.html", "http://x.org/a?b=c&d=e#f", "www.tass.com/politics/1420000", "https://t.co/AbC123", "https://ua.example/київ/війна"];
export const EMAILS = ["press@mfa.gov.ua", "news.desk@tass.ru", "first.last+tag@example.co.uk"];
export const NUMBERS = ["$1.5bn", "€20", "5km", "30%", "10,000", "£3.2m", "¥100", "1.5 million", "24-hour", "2022-03-10", "10:30", "-5°C", "½", "3rd", "№5", "1,234.56", "0", "$", "%"];
export const SCRIPTS = ["Сергей Лавров заявил", "Дмитро Кулеба", "وزير الخارجية الروسي", "拉夫罗夫和库列巴", "विदेश मंत्री ने कहा", "Київ", "Ελλάδα", "שלום עליכם", "𝐁𝐨𝐥𝐝 𝐌𝐚𝐭𝐡", "𠜎𠜱", "e\u0301te\u0301", "Mevlu\u0308t"];
/** Invisible and odd-space marks: zero width space, LRM, RLM, BOM, ZWNJ, ZWJ, word joiner, no-break and narrow no-break space, soft hyphen, line separator. */
export const INVISIBLES = ["\u200B", "\u200E", "\u200F", "\uFEFF", "\u200C", "\u200D", "\u2060", "\u00A0", "\u202F", "\u00AD", "\u2028"];
export const PUNCTUATION = [".", ",", ";", ":", "!", "?", "…", "...", "(", ")", "[", "]", "/", "*", "&", "#", "@", "'", '"', "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "·", "•", "§"];
export const PLAIN_WORDS = ["the", "talks", "in", "Antalya", "ended", "without", "a", "ceasefire", "and", "ministers", "said", "that", "Russia", "Ukraine", "would", "not", "agree", "to", "humanitarian", "corridors", "on", "Thursday", "officials", "told", "reporters", "he", "she", "it", "they", "we", "no", "progress", "was", "made"];
/** Quote mark pairs: straight, curly double and single, guillemets, German low-high. */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['"', '"'], ["“", "”"], ["‘", "’"], ["'", "'"], ["«", "»"], ["„", "“"], ["‹", "›"]];
/** Line separators between paragraphs: LF, blank runs, CRLF, lone CR, mixes with spaces and tabs. */
export const BREAKS = ["\n", "\n\n", "\n\n\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\t\n", " \n\t \n", "\n\r\n\n", "\n\u00A0\n"];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const between = (min: number, max: number) => fc.integer({ min, max });

/** One plain English sentence naming lexicon actors, labels or frame cues, sometimes quoting someone. */
export const lexiconSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(ACTOR_NAMES), pick(CONCEPT_LABELS), pick(FRAME_CUES)).map(([a, c, f]) => `${a} said the ${c} had ${f} consequences.`),
  fc.tuple(pick(ACTOR_NAMES), pick(ACTOR_NAMES), pick(CONCEPT_LABELS)).map(([a, b, c]) => `"There is no ${c}," ${a} told ${b} on Thursday.`),
  fc.tuple(pick(ACTOR_NAMES), pick(CONCEPT_LABELS)).map(([a, c]) => `According to ${a}, the ${c} in Kyiv and Kiev continues.`),
  fc.tuple(pick(ACTOR_NAMES), pick(CONCEPT_LABELS)).map(([a, c]) => `${a}: “We did not start the ${c}. We will end it.”`),
  fc.tuple(pick(ACTOR_NAMES), pick(FRAME_CUES)).map(([a, f]) => `He added that ${f} issues were discussed, ${a} claimed.`),
  fc.array(pick(PLAIN_WORDS), { minLength: 3, maxLength: 15 }).map((ws) => `${ws.join(" ")}.`),
);

/** One hostile fragment: a token or short phrase of one phenomenon. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  pick(CONTRACTIONS), pick(POSSESSIVES), pick(DASHES), pick(DATELINES), pick(EMOJI), pick(URLS), pick(EMAILS),
  pick(NUMBERS), pick(SCRIPTS), pick(INVISIBLES), pick(PUNCTUATION), pick(PLAIN_WORDS), pick(ACTOR_NAMES), pick(CONCEPT_LABELS),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }), // any valid Unicode, astral included
);

const joiner = fc.constantFrom(" ", " ", " ", "", "\t", "  ", "\u00A0");

/** A run of fragments joined by spaces, tabs or nothing, possibly ending in punctuation. */
export const hostileSentence: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, joiner), { minLength: 1, maxLength: 14 })
  .chain((parts) => fc.constantFrom("", ".", "!", "?", "…", ":").map((end) => parts.map(([f, j]) => f + j).join("").trimEnd() + end));

/** Quotes around a sentence: balanced, nested (one pair inside another) or unbalanced (opening or closing mark only). */
export const quoted = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(inner, pick(QUOTE_PAIRS), pick(QUOTE_PAIRS), fc.constantFrom("balanced", "nested", "open", "close"), pick(ACTOR_NAMES)).map(([s, [o, c], [o2, c2], how, who]) => {
    if (how === "balanced") return `${o}${s}${c} ${who} said.`;
    if (how === "nested") return `${o}${who} told us ${o2}${s}${c2} and left${c}`;
    return how === "open" ? `${o}${s}` : `${s}${c}`;
  });

/** A very long sentence: thousands of words without a full stop. */
export const longSentence: fc.Arbitrary<string> = fc
  .tuple(between(1000, 3000), fc.array(fc.oneof(pick(PLAIN_WORDS), pick(ACTOR_NAMES), pick(CONTRACTIONS), pick(CONCEPT_LABELS)), { minLength: 5, maxLength: 20 }), fc.constantFrom(" ", ", ", " — "))
  .map(([n, ws, sep]) => Array.from({ length: n }, (_, i) => ws[i % ws.length]).join(sep));

/** An all-caps headline line. */
export const capsHeadline: fc.Arbitrary<string> = fc.oneof(lexiconSentence, hostileSentence).map((s) => s.toUpperCase());

/** A paragraph: one to four sentences, any mix of plain, lexicon, hostile and quoted ones. */
export const paragraph = (long = true): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { arbitrary: lexiconSentence, weight: 4 },
        { arbitrary: hostileSentence, weight: 3 },
        { arbitrary: quoted(fc.oneof(lexiconSentence, hostileSentence)), weight: 2 },
        { arbitrary: capsHeadline, weight: 1 },
        { arbitrary: long ? longSentence : lexiconSentence, weight: long ? 1 : 0 },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((ss) => ss.join(" "));

/** Degenerate whole articles: one word, only punctuation, only invisible marks, whitespace-only lines. */
export const oddDocument: fc.Arbitrary<string> = fc.oneof(
  pick(["cannot", "He cannot.", "Lavrov", "Kyiv.", "y'all", "🇺🇦", "$1.5bn", "Лавров", "ا", "a"]),
  fc.array(pick(PUNCTUATION), { minLength: 1, maxLength: 30 }).map((xs) => xs.join("")),
  fc.array(fc.tuple(pick(PUNCTUATION), joiner), { minLength: 1, maxLength: 30 }).map((xs) => xs.map(([p, j]) => p + j).join("") + "."),
  fc.array(pick(INVISIBLES.filter((c) => c !== "\u00A0" && c !== "\u202F" && c !== "\u2028" && c !== "\uFEFF")), { minLength: 1, maxLength: 5 }).map((xs) => xs.join("")),
  fc.tuple(pick(BREAKS), pick(["Lavrov said no.", "—", "“", "cannot"]), pick(BREAKS)).map(([a, w, b]) => `${a} \t ${a}${w}${b}\t${b}`),
);

export interface DocumentOptions {
  /** Allow very long sentences (thousands of words). Defaults to *true*. */
  long?: boolean;
  /** Most paragraphs. Defaults to *6*. */
  maxParagraphs?: number;
}

/**
 * A whole article text: an optional dateline and all-caps headline line, then
 * paragraphs (some empty) separated by any kind of line break; or a degenerate
 * document. May begin or end with white space and may hold CR.
 */
export const newsDocument = (options: DocumentOptions = {}): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(
      fc.option(capsHeadline, { nil: "" }),
      fc.option(pick(DATELINES), { nil: "" }),
      fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: paragraph(options.long ?? true) }, { weight: 1, arbitrary: fc.constantFrom("", " ", "\t", "\u200B") }), pick(BREAKS)), { minLength: 1, maxLength: options.maxParagraphs ?? 6 }),
    ).map(([head, dateline, paras]) => (head ? head + "\n\n" : "") + dateline + paras.map(([p, br]) => p + br).join("")) },
    { weight: 1, arbitrary: oddDocument },
  );

/** A title as outlets write them: a sentence, all caps, empty or only white space, or absent. */
export const title: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined), lexiconSentence, capsHeadline, hostileSentence, fc.constantFrom("", "  ", "—"),
);

/** An article as the loaders give it (NFC, LF only, BOM stripped), with non-blank text. */
export function loadedArticle(fields: { id: string; outlet: string; event?: string; title?: string; text: string }): Article {
  const title = fields.title?.normalize("NFC").trim();
  return Object.freeze({
    id: fields.id, outlet: fields.outlet,
    ...(title ? { title } : {}),
    language: "en", originalLanguage: "unknown", translated: "unknown" as const,
    ...(fields.event !== undefined ? { event: fields.event } : {}),
    text: normaliseText(fields.text),
    meta: Object.freeze({}),
    source: Object.freeze({ file: "property.jsonl", line: 1 }),
  });
}

export interface CorpusShape {
  /** Outlets (defaults *[2, 12]*), events (*[1, 6]*) and articles per outlet (*[1, 4]*), each as [min, max]. */
  outlets?: [number, number];
  events?: [number, number];
  articlesPerOutlet?: [number, number];
  /** Options of each article's text. Defaults to short texts without very long sentences. */
  document?: DocumentOptions;
}

/**
 * A corpus built in memory, frozen like `loadCorpus` returns it: many
 * outlets, many events (some articles with none), uneven article counts per
 * outlet, some articles copied from another's text. Article ids are unique; `outlets` is sorted by id; text is never
 * blank (the loader would reject it).
 */
export const corpus = (shape: CorpusShape = {}): fc.Arbitrary<Corpus> => {
  const [o0, o1] = shape.outlets ?? [2, 12], [e0, e1] = shape.events ?? [1, 6], [a0, a1] = shape.articlesPerOutlet ?? [1, 4];
  const doc = newsDocument(shape.document ?? { long: false, maxParagraphs: 3 }).filter((t) => normaliseText(t).trim() !== "");
  // copyOf: the article is another's text (wire copy, syndication), sometimes with a line added
  const art = fc.record({ event: fc.option(between(0, e1 - 1), { nil: undefined }), title, text: doc, copyOf: fc.option(fc.nat(), { nil: undefined, freq: 6 }), addendum: fc.option(lexiconSentence, { nil: "" }) });
  return between(e0, e1).chain((events) =>
    fc.array(fc.array(art, { minLength: a0, maxLength: a1 }), { minLength: o0, maxLength: o1 }).map((perOutlet) => {
      const articles: Article[] = [];
      const outlets: Outlet[] = [];
      perOutlet.forEach((list, o) => {
        const outlet = `o${String(o).padStart(2, "0")}`;
        outlets.push(Object.freeze({ id: outlet, label: `Outlet ${o}`, meta: Object.freeze({}) }));
        list.forEach((a, k) => articles.push(loadedArticle({
          id: `${outlet}-${k}`, outlet, text: a.copyOf !== undefined && articles.length > 0 ? `${articles[a.copyOf % articles.length].text}\n${a.addendum}` : a.text, ...(a.title !== undefined ? { title: a.title } : {}),
          ...(a.event !== undefined ? { event: `e${a.event % events}` } : {}),
        })));
      });
      return Object.freeze({ path: "(property)", format: "jsonl" as const, articles: Object.freeze(articles), outlets: Object.freeze(outlets), warnings: Object.freeze([]), skipped: Object.freeze([]) });
    }),
  );
};

/** The same corpus with its articles in another order (a seeded permutation). */
export function shuffled(c: Corpus, seed: number): Corpus {
  const a = c.articles.slice();
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0; // LCG (Numerical Recipes)
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return Object.freeze({ ...c, articles: Object.freeze(a) });
}
