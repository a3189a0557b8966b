#!/usr/bin/env node
// Writes a synthetic matched-event corpus for running the notebooks on something that
// is not the bundled Antalya corpus: invented outlets, people and places (no name of the
// bundled lexicon), events with an `event_title`, dates over a few months, quotes, and
// outlets with word habits of their own, so every measure has something to find.
//
//   node scripts/generate-corpus.js [--articles 300] [--outlets 6] [--seed 7]
//        [--out build/generated/corpus.jsonl] [--lexicon FILE] [--groups]
//
// --lexicon also writes a small lexicon for it (actors, one concept, two frames).
// --groups gives each outlet a group (left, centre, right in turn), for comparing groups.
// Same options, same bytes (seeded mulberry32; no clock, no Math.random).
"use strict";
const fs = require("fs");
const path = require("path");

const OUTLETS = [
  ["northpost", "The North Post"], ["ledger", "Daily Ledger"], ["civicwire", "Civic Wire"],
  ["harbour", "Harbour Times"], ["meridian", "Meridian News"], ["plains", "Plains Gazette"],
  ["coastal", "Coastal Herald"], ["summit", "Summit Review"],
];
const PEOPLE = ["Mara Velin", "Tomas Okafor", "Ines Dravik", "Pavel Szeto", "Lena Marchetti"];
const PLACES = ["Eastbrook", "Port Halden", "Varna Flats", "Oldmere", "Tessaly"];
const TOPICS = ["bridge repairs", "water tariffs", "school funding", "port expansion", "housing permits", "transit fares", "harbour dredging"];
// Each outlet's word for the same unrest, and its habitual adjective: what label choice and distinctive terms should find.
const LABELS = ["protest", "riot", "demonstration", "unrest", "rally"];
const PLURALS = { rally: "rallies", unrest: "unrest" };
const GROUPS = ["left", "centre", "right"];
const TONE = [["welcome", "hopeful"], ["chaotic", "costly"], ["modest", "careful"], ["bitter", "damaging"], ["fair", "sensible"], ["risky", "troubled"]];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseArgs(argv) {
  const o = { articles: 300, outlets: 6, seed: 7, out: "build/generated/corpus.jsonl", lexicon: undefined, groups: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--groups") { o.groups = true; continue; }
    const value = argv[i + 1];
    if (!["--articles", "--outlets", "--seed", "--out", "--lexicon"].includes(flag) || value === undefined) {
      throw new Error(`generate-corpus: unknown or incomplete option ${flag}; see the header of scripts/generate-corpus.js`);
    }
    o[flag.slice(2)] = ["--out", "--lexicon"].includes(flag) ? value : Number(value);
    i++;
  }
  if (!(o.outlets >= 2 && o.outlets <= OUTLETS.length)) throw new Error(`generate-corpus: --outlets must be 2 to ${OUTLETS.length}`);
  if (!(o.articles >= o.outlets)) throw new Error("generate-corpus: --articles must be at least --outlets");
  return o;
}

/** YYYY-MM-DD of `days` after 2024-01-08 (UTC). */
function isoDay(days) {
  return new Date(Date.UTC(2024, 0, 8) + days * 86400000).toISOString().slice(0, 10);
}

function generate(o) {
  const rng = mulberry32(o.seed);
  const pick = (xs) => xs[Math.floor(rng() * xs.length)];
  const outlets = OUTLETS.slice(0, o.outlets);
  const lines = [];
  for (let e = 0; lines.length < o.articles; e++) {
    const topic = pick(TOPICS), place = pick(PLACES), lead = pick(PEOPLE);
    const rival = pick(PEOPLE.filter((p) => p !== lead));
    const event = `e${String(e + 1).padStart(3, "0")}`;
    const day = Math.floor(rng() * 120);
    // most events are covered by most outlets: a matched-event design with gaps
    const covering = outlets.filter(() => rng() < 0.8);
    for (const [k, [outlet, label]] of outlets.entries()) {
      if (!covering.some(([id]) => id === outlet) || lines.length >= o.articles) continue;
      const word = LABELS[k % LABELS.length];
      const [good, bad] = TONE[k % TONE.length];
      const sentences = [
        `${place} officials met on ${topic} after a week of ${word} in the city centre.`,
        `${lead} said the talks were ${good} and that a plan would follow within a month.`,
        `"We will not accept a ${bad} deal for ${place}," ${rival} told reporters.`,
        `Residents described the ${word} as a sign of deep frustration over ${topic}.`,
      ];
      const more = 4 + Math.floor(rng() * 8);
      for (let s = 0; s < more; s++) {
        const r = rng();
        if (r < 0.25) sentences.push(`${pick([lead, rival])} said that the ${topic} plan was ${pick([good, bad])} for families in ${place}.`);
        else if (r < 0.45) sentences.push(`"The ${word} shows people want answers," said ${pick(PEOPLE)}.`);
        else if (r < 0.7) sentences.push(`Critics called the ${pick([good, bad])} proposal a ${pick(["failure", "success", "compromise", "delay"])} for ${place}.`);
        else sentences.push(`The ${word} in ${place} drew ${100 + Math.floor(rng() * 900)} people, and the council promised a review of ${topic}.`);
      }
      lines.push(JSON.stringify({
        id: `${event}-${outlet}`, outlet, outletLabel: label, ...(o.groups ? { group: GROUPS[k % GROUPS.length] } : {}),
        title: `${place}: ${word} over ${topic}`,
        date: isoDay(day + Math.floor(rng() * 3)),
        event, event_title: `${place} talks on ${topic}`,
        language: "en",
        text: sentences.join(" "),
      }));
    }
  }
  return lines;
}

function lexiconYaml() {
  const actors = PEOPLE.map((p) => `  ${p}: [${p}, ${p.split(" ")[1]}]`).join("\n");
  const labels = LABELS.map((l) => `      ${l}: [${[...new Set([l, PLURALS[l] ?? `${l}s`])].join(", ")}]`).join("\n");
  return `# A small lexicon for the generated corpus (scripts/generate-corpus.js).\nname: generated\nversion: 1\n\nactors:\n${actors}\n\n` +
    `concepts:\n  unrest:\n    description: What outlets call the crowds in the streets.\n    labels:\n${labels}\n\n` +
    "frames:\n  economic:\n    description: Costs, tariffs and funding.\n    cues: [tariff*, funding, fares, costly, cost*]\n" +
    "  conflict:\n    description: Disagreement and confrontation.\n    cues: [bitter, accept, frustration, critics]\n";
}

function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (err) { console.error(err.message); process.exit(2); }
  const lines = generate(o);
  fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
  fs.writeFileSync(o.out, lines.join("\n") + "\n");
  if (o.lexicon) {
    fs.mkdirSync(path.dirname(path.resolve(o.lexicon)), { recursive: true });
    fs.writeFileSync(o.lexicon, lexiconYaml());
  }
  const events = new Set(lines.map((l) => JSON.parse(l).event)).size;
  console.log(`generate-corpus: ${lines.length} articles, ${o.outlets} outlets, ${events} events -> ${o.out}` +
    (o.lexicon ? ` (lexicon ${o.lexicon})` : ""));
}

if (require.main === module) main();
module.exports = { generate, lexiconYaml };
