/**
 * Speed and memory of compare() on a generated matched-triplet corpus
 * (issue 3 acceptance: 100 events × 3 outlets × ~600 words in under 30 s on
 * one core). Run: npm run bench [-- EVENTS WORDS]
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/corpus/index";
import { measureProfiles, mapOptionsOf } from "../src/features/compare";
import { profileArticle } from "../src/profile/profile-article";
import { divergence } from "../src/features/divergence/divergence";
import { sentimentArc } from "../src/features/sentiment/arc";
import { sentimentByArticle, sentimentByOutlet } from "../src/features/sentiment/outlets";
import { sentimentToward } from "../src/features/sentiment/toward";
import { distinctiveTerms } from "../src/features/terminology/distinctive";
import { labelDivergence } from "../src/features/terminology/label-divergence";
import { labelChoice } from "../src/features/terminology/labels";
import { transliterationVariants } from "../src/features/terminology/variants";
import { coverageClaims } from "../src/features/coverage/claims";
import { sharedWording } from "../src/features/coverage/shared";
import { frameAttention } from "../src/features/emphasis/frames";
import { placementByOutlet } from "../src/features/emphasis/position";
import { actorSalience } from "../src/features/emphasis/salience";
import { voiceBySpeaker } from "../src/features/voice/speakers";
import { voiceByOutlet } from "../src/features/voice/outlets";
import { loadLexicon } from "../src/lexicon/index";
import { parseArticle } from "../src/parse/index";
import { quoteArticle } from "../src/quotes/quote-article";
import { nlp } from "../src/parse/nlp";
import { generateCorpus, repoRoot } from "./generate-corpus";
import { analysedText, rawParse } from "./raw-parse";

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? 100), words = Number(process.argv[3] ?? 600);
  const file = join(mkdtempSync(join(tmpdir(), "framediff-bench-")), "triplets.jsonl");
  writeFileSync(file, generateCorpus({ events, words }).join("\n") + "\n");

  const times: [string, number][] = [];
  const time = <T>(label: string, f: () => T): T => {
    const t0 = process.hrtime.bigint();
    const r = f();
    times.push([label, Number(process.hrtime.bigint() - t0) / 1e9]);
    return r;
  };
  const t0 = process.hrtime.bigint();
  const corpus = await loadCorpus(file);
  times.push(["load", Number(process.hrtime.bigint() - t0) / 1e9]);
  const lexicon = time("lexicon", () => loadLexicon(join(repoRoot(), "corpus", "antalya-2022-03-10", "lexicon.yaml")));
  time("wink model load", () => nlp());
  const read = time("parse (wink-nlp, once per article)", () => corpus.articles.map((a) => parseArticle(a, lexicon)));
  const parsed = time("quotes (from each parse)", () => read.map((p) => quoteArticle(p)));
  const tokens = parsed.reduce((n, p) => n + p.tokens.value.length, 0);
  const profileOptions = mapOptionsOf({}).profile;
  const profiles = time("profile (the map's last step)", () => parsed.map((p) => profileArticle(p, lexicon, profileOptions)));
  // The baseline all speeds are ratios to: wink's own readDoc on the same texts, in this run.
  const raw = rawParse(corpus.articles.map(analysedText));
  const o = { seed: 1, iterations: 2000, level: 0.95 };
  const parts: [string, () => unknown][] = [
    ["  labelChoice", () => labelChoice(profiles, lexicon)],
    ["  labelDivergence", () => labelDivergence(profiles, lexicon)],
    ["  distinctiveTerms", () => distinctiveTerms(profiles)],
    ["  transliterationVariants", () => transliterationVariants(profiles)],
    ["  sentiment (articles + outlets)", () => [sentimentByArticle(profiles, o), sentimentByOutlet(profiles, o)]],
    ["  sentimentToward", () => sentimentToward(profiles, o)],
    ["  sentimentArc", () => sentimentArc(profiles, o)],
    ["  emphasis (frames, placement, salience)", () => [frameAttention(profiles, lexicon.frames.map((f) => f.id)), placementByOutlet(profiles), actorSalience(profiles)]],
    ["  voice (speakers, outlets)", () => [voiceBySpeaker(profiles), voiceByOutlet(profiles)]],
    ["  coverage claims", () => coverageClaims(profiles)],
    ["  shared wording", () => sharedWording(profiles)],
    ["  divergence (all families)", () => divergence(profiles, lexicon, o)],
  ];
  const t1 = process.hrtime.bigint();
  for (const [label, f] of parts) {
    const s0 = process.hrtime.bigint();
    f();
    console.log(`${label.padEnd(40)} ${(Number(process.hrtime.bigint() - s0) / 1e9).toFixed(2).padStart(7)} s`);
  }
  console.log(`${"  (features one by one)".padEnd(40)} ${(Number(process.hrtime.bigint() - t1) / 1e9).toFixed(2).padStart(7)} s`);
  const result = time("compare (all features, as users call it)", () => measureProfiles(profiles, lexicon, { seed: 1 }));

  const total = times.reduce((s, [, t]) => s + t, 0);
  console.log(`corpus: ${corpus.articles.length} articles, ${events} events, ${corpus.outlets.length} outlets, ${tokens} tokens`);
  for (const [label, t] of times) console.log(`${label.padEnd(40)} ${t.toFixed(2).padStart(7)} s`);
  console.log(`${"total".padEnd(40)} ${total.toFixed(2).padStart(7)} s`);
  const parseSeconds = times.find(([label]) => label.startsWith("parse"))![1];
  console.log(`${"raw wink readDoc, same texts (baseline)".padEnd(40)} ${raw.seconds.toFixed(2).padStart(7)} s; parse ${(parseSeconds / raw.seconds).toFixed(1)}×, total ${(total / raw.seconds).toFixed(1)}× the baseline`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; divergence rows ${result.divergence.rows.length}`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
