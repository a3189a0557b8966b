/**
 * The phenomena real news text carries and that the stress generator inserts
 * (issue 8): contractions, possessives, dashes and datelines, emoji, URLs,
 * e-mail addresses, numbers with units, capitals, non-Latin scripts, bidi and
 * zero-width marks, very long sentences, odd quotes, empty paragraphs, and
 * degenerate articles. Every choice draws from the `rng` it is given, so a
 * seed fixes the text.
 */

/** A seeded uniform [0, 1) stream (see mulberry32 in generate-corpus). */
export type Rng = () => number;

/** One element of `xs`, uniformly. */
export function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

const CONTRACTIONS = [
  "He cannot.", "She cannot!", "They won't.", "Y'all know what happened.", "We can't, and we won't.",
  "It's not over, isn't it?", "I'd've said so.", "They’re here, aren’t they?", "Don't.", "Ma'am, it's 5 o'clock.",
  "Rock 'n' roll, ’twas said.", "Cannot", "You cannot.", "Ain’t nobody leaving.", "Y’all’d’ve done it.",
];
const POSSESSIVES = [
  "Russia's", "Russia’s", "the ministers' talks", "the ministers’ talks", "Lavrov’s", "Kuleba's", "James’s",
  "the Joneses’", "NATO's", "the U.S.'", "Ukraine’s’", "its", "it’s",
];
const DASHES = [" — ", "—", " – ", "–", " ― ", "--", " - ", "‐", "‑"];
const DATELINES = ["MOSCOW ― ", "KYIV, March 10 (Reuters) - ", "ANTALYA, Turkey — ", "WASHINGTON – ", "LONDON—", "ANKARA (AP) -- "];
const EMOJI = ["🇺🇦", "🇷🇺", "👍🏽", "👨‍👩‍👧‍👦", "❤️", "🕊️", "😂😂😂", "🏳️‍🌈", "👩🏿‍⚕️", "🔥", "🤝"];
const URLS = [
  "https://example.com/news/2022/03/10/talks?id=123&ref=tw#top", "http://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4099999",
  "www.kyivindependent.com", "t.co/AbC123xyz", "https://xn--80ak6aa92e.com/", "ftp://files.example.org/a.pdf", "(https://bit.ly/3xYz)",
];
const EMAILS = ["press@mfa.gov.ua", "info@tass.ru", "first.last+news@example.co.uk", "<editor@yahoo-inc.com>", "tips@ reuters.com"];
const NUMBERS = [
  "$1.5bn", "€200 million", "₽3,000", "40 km", "12.5%", "-3°C", "1,000,000", "£5.20", "¥100", "10km/h", "US$ 2.3 trillion",
  "½", "3/4", "1.2m", "2022-03-10", "08:30 GMT", "+7 (495) 244-41-19", "No. 1", "1st", "24/7", "5 000 рублей", "1e6", "0.000001",
];
const SCRIPT_WORDS = ["Сергей Лавров", "Дмитрий Кулеба", "وزير الخارجية", "俄罗斯外长", "東京", "한국어", "שלום", "Ελλάδα", "हिन्दी", "Türkiye'nin"];
const SCRIPT_SENTENCES = [
  "Переговоры в Анталье закончились без результата.", "قال وزير الخارجية إن المحادثات كانت صعبة.",
  "俄乌外长在安塔利亚举行会谈。", "会談は成果なく終わった。", "השיחות הסתיימו ללא הסכם.", "Οι συνομιλίες τελείωσαν χωρίς συμφωνία.",
];
const MARKS = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF", "\u00AD", "\u00A0", "\u202F", "\u2060"];
const EMPTY_PARAGRAPHS = ["\n\n\n\n", "\n \n\t\n\n", "\r\n\r\n", "\n\u00A0\n\n", "\n\n\n\n\n\n"];
const ONE_WORD = ["Ceasefire.", "Talks", "BREAKING", "Лавров", "😂", "cannot.", "Update:"];
const PUNCTUATION_ONLY = ["...", "?!", "— — —", "*** ### !!!", "“”", "(…)", "-", "•", "''", "!!!???"];

/** Inserts `fragment` between two words of `sentence`, at a seeded place. */
function insertAtWord(rng: Rng, sentence: string, fragment: string): string {
  const words = sentence.split(" ");
  const at = Math.floor(rng() * (words.length + 1));
  words.splice(at, 0, fragment);
  return words.join(" ");
}

/** Wraps a sentence in quotes that are nested, mixed or left open. */
function oddQuotes(rng: Rng, s: string): string {
  const half = s.split(" ");
  const mid = Math.max(1, Math.floor(half.length / 2));
  const a = half.slice(0, mid).join(" "), b = half.slice(mid).join(" ");
  return pick(rng, [
    `“${s}`, `"${s}`, `${s}”`, `‘${a} “${b}”’`, `«${a} „${b}“»`, `"He said 'we ${s}`, `''${s}''`, `${s}””`, `“${a} “${b}”`, `"${a}" "${b}`,
  ]);
}

/** A sentence of `count` pool sentences run together without a full stop. */
function longSentence(rng: Rng, first: string, count: number, sentence: () => string): string {
  const parts = [first.replace(/[.!?]["”]?$/, "")];
  for (let i = 1; i < count; i++) parts.push(sentence().replace(/[.!?]["”]?$/, ""));
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) out += pick(rng, [", and ", "; ", " — ", ", while ", ", "]) + parts[i];
  return `${out}.`;
}

/** The sentence-level phenomena, by name; each returns the changed sentence. */
export const SENTENCE_PHENOMENA: Readonly<Record<string, (rng: Rng, s: string, sentence: () => string) => string>> = {
  contraction: (rng, s) => (rng() < 0.5 ? `${s} ${pick(rng, CONTRACTIONS)}` : `${pick(rng, CONTRACTIONS)} ${s}`),
  possessive: (rng, s) => insertAtWord(rng, s, pick(rng, POSSESSIVES)),
  dash: (rng, s) => { const w = s.split(" "); const i = 1 + Math.floor(rng() * Math.max(1, w.length - 1)); return `${w.slice(0, i).join(" ")}${pick(rng, DASHES)}${w.slice(i).join(" ")}`; },
  emoji: (rng, s) => insertAtWord(rng, s, pick(rng, EMOJI)),
  url: (rng, s) => insertAtWord(rng, s, pick(rng, URLS)),
  email: (rng, s) => insertAtWord(rng, s, pick(rng, EMAILS)),
  number: (rng, s) => insertAtWord(rng, s, pick(rng, NUMBERS)),
  caps: (rng, s) => (rng() < 0.5 ? s.toUpperCase() : `BREAKING: ${s}`),
  script: (rng, s) => (rng() < 0.5 ? insertAtWord(rng, s, pick(rng, SCRIPT_WORDS)) : `${s} ${pick(rng, SCRIPT_SENTENCES)}`),
  marks: (rng, s) => {
    const at = Math.floor(rng() * (s.length + 1));
    // Never between the halves of a surrogate pair.
    const safe = at > 0 && at < s.length && /[\uDC00-\uDFFF]/.test(s[at]) ? at - 1 : at;
    const mark = rng() < 0.2 ? `\u202B${pick(rng, SCRIPT_WORDS)}\u202C` : pick(rng, MARKS);
    return s.slice(0, safe) + mark + s.slice(safe);
  },
  "long-sentence": (rng, s, sentence) => longSentence(rng, s, 10 + Math.floor(rng() * 30), sentence),
  quotes: (rng, s) => oddQuotes(rng, s),
};

/** Names of the sentence-level phenomena, in a fixed order. */
export const SENTENCE_PHENOMENON_NAMES: readonly string[] = Object.keys(SENTENCE_PHENOMENA).sort();

/** A paragraph break: usually a blank line, sometimes several or odd whitespace. */
export function paragraphBreak(rng: Rng): string {
  return rng() < 0.2 ? pick(rng, EMPTY_PARAGRAPHS) : "\n\n";
}

/** A dateline opening a wire story ("MOSCOW ― "), or "" for most articles. */
export function dateline(rng: Rng): string {
  return rng() < 0.2 ? pick(rng, DATELINES) : "";
}

/** The text of a degenerate article: one word, or punctuation only. */
export function degenerateText(rng: Rng): string {
  return rng() < 0.5 ? pick(rng, ONE_WORD) : pick(rng, PUNCTUATION_ONLY);
}
