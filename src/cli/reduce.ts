import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FramediffError } from "../errors";
import { canonicalJson } from "../util/canonical-json";
import { corpusLexicon } from "../lexicon/corpus-lexicon";
import { loadLexicon } from "../lexicon/parse-lexicon";
import type { Lexicon } from "../lexicon/types";
import { StringTable } from "../profile/intern";
import { profileOrder } from "../profile/map-article";
import { PROFILE_VERSION, type ArticleProfile } from "../profile/types";
import { parseShardFileName, readShardMeta, readShardProfiles, shardFileName, type ShardMeta } from "../store/index";
import { compareOptionsOf, stepRunner, type AnalyzeOptions, type AnalyzeReport } from "./run-options";
import { reduceMemoryProblem } from "./memory-check";
import { intoOutput } from "./out-folder";
import { createProgress, type ProgressTarget } from "./progress";
import { writeAnalysis } from "./write-analysis";
import { comparedUnits } from "./groups-analysis";

/** Options of `framediff reduce`: those of analyze that act after the map. */
export type ReduceOptions = Omit<AnalyzeOptions, "skipInvalid" | "load" | "jobs">;

/** One shard file as reduce read it, for run.json. */
export interface ShardRecord {
  readonly file: string;
  readonly sha256: string;
  readonly articles: number;
}

/**
 * `framediff reduce`: reads every shard of a store, checks that they belong
 * together (one N, none missing, one profile version, one lexicon, one
 * corpus), and writes exactly what `analyze` writes for the same corpus:
 * tables, figures, report.html and run.json (which lists the shards and
 * their SHA-256).
 */
export async function reduceStore(storeDir: string, options: ReduceOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport & { shards: readonly ShardRecord[] }> {
  return intoOutput(options.out ?? "out", options.signal, (staging) => reduceInto(storeDir, staging, options, progressTarget));
}

async function reduceInto(storeDir: string, dir: string, options: ReduceOptions, progressTarget: ProgressTarget): Promise<AnalyzeReport & { shards: readonly ShardRecord[] }> {
  const timings: Record<string, number> = {};
  const progress = createProgress(options.noFigures ? 7 : 8, progressTarget);
  const timed = stepRunner(progress, timings, options.signal);
  const { files, metas } = await timed("check the shards", () => checkedShards(storeDir));
  const tooLarge = reduceMemoryProblem(storeDir, metas.reduce((n, m) => n + m.articles, 0));
  if (tooLarge) throw new FramediffError([tooLarge]);
  comparedUnits(metas[0].corpus.outlets, options.compare, storeDir); // --compare groups without groups fails before the shards are read
  const lexicon = lexiconFor(storeDir, metas[0], options.lexicon);
  const profiles = await timed(`read ${files.length} shard${files.length === 1 ? "" : "s"}`, async () => {
    const all: ArticleProfile[] = [], strings = new StringTable();
    for (let i = 0; i < files.length; i++) for (const p of await readShardProfiles(files[i], metas[i], strings)) all.push(p);
    return all.sort(profileOrder);
  });
  const shards = files.map((file, i): ShardRecord => ({ file: shardFileName(metas[i].shard), sha256: createHash("sha256").update(readFileSync(file)).digest("hex"), articles: metas[i].articles }));
  const compareOptions = compareOptionsOf(options);
  const report = await writeAnalysis(dir, {
    corpus: metas[0].corpus, mapped: { profiles, skipped: metas.flatMap((m) => m.skipped) }, lexicon, compareOptions, options, timed, progress, timings,
    createdBy: "framediff reduce", extraRun: { store: { dir: storeDir, profileVersion: metas[0].profileVersion, shards } },
  });
  return { ...report, shards };
}

/** The shard files of a store, in index order, with their metadata, once every check has passed. */
async function checkedShards(storeDir: string): Promise<{ files: string[]; metas: ShardMeta[] }> {
  if (!existsSync(storeDir)) throw new FramediffError({ code: "no-store", file: storeDir, message: "does not exist", hint: "give the folder the map jobs wrote to (framediff map … --store DIR)." });
  const named = readdirSync(storeDir).flatMap((name) => { const s = parseShardFileName(name); return s ? [{ name, ...s }] : []; });
  if (named.length === 0) throw new FramediffError({ code: "no-shards", file: storeDir, message: "holds no shard (part-I-of-N.parquet)", hint: "run the map jobs first (framediff map <corpus> --store DIR --shard I/N)." });
  const counts = [...new Set(named.map((s) => s.count))].sort((a, b) => a - b);
  if (counts.length > 1) {
    const example = counts.map((n) => named.find((s) => s.count === n)!.name).join(", ");
    throw new FramediffError({ code: "shards-mixed", file: storeDir, message: `holds shards of ${counts.length} different splits (${counts.map((n) => `N = ${n}`).join(", ")}; e.g. ${example})`, hint: "keep one split per store folder: delete the shards of the other runs, or map again into a new folder." });
  }
  const n = counts[0];
  const present = new Set(named.map((s) => s.index));
  const missing: string[] = [];
  for (let i = 0; i < n; i++) if (!present.has(i)) missing.push(shardFileName({ index: i, count: n }));
  if (missing.length) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(", ")} and ${missing.length - 10} more` : missing.join(", ");
    throw new FramediffError({ code: "shards-missing", file: storeDir, message: `${missing.length} of ${n} shards missing: ${list}`, hint: `run the map for those indices (framediff map <corpus> --store ${storeDir} --shard I/${n}), then reduce again.` });
  }
  const files = Array.from({ length: n }, (_, i) => join(storeDir, shardFileName({ index: i, count: n })));
  const metas: ShardMeta[] = [];
  for (const file of files) metas.push(await readShardMeta(file));
  const first = metas[0];
  metas.forEach((m, i) => {
    const file = files[i];
    if (m.shard.index !== i || m.shard.count !== n) throw new FramediffError({ code: "shard-renamed", file, message: `holds shard ${m.shard.index} of ${m.shard.count}, not what its name says`, hint: "give it back its own name, part-I-of-N.parquet as written." });
    if (m.profileVersion !== PROFILE_VERSION) throw new FramediffError({ code: "shard-version", file, message: `holds profiles of version ${m.profileVersion}; this framediff reads version ${PROFILE_VERSION}`, hint: "map the corpus again with this framediff version, into a new store folder." });
    if (m.lexiconHash !== first.lexiconHash) throw new FramediffError({ code: "shard-lexicon", file, message: `was mapped with another lexicon than ${shardFileName(first.shard)} (sha256 ${m.lexiconHash?.slice(0, 12) ?? "none"}… vs ${first.lexiconHash?.slice(0, 12) ?? "none"}…)`, hint: "map every shard with the same lexicon file (rerun this shard's map job with it)." });
    if (canonicalJson(m.mapOptions) !== canonicalJson(first.mapOptions)) throw new FramediffError({ code: "shard-options", file, message: `was mapped with other map options than ${shardFileName(first.shard)}`, hint: "map every shard with the same framediff version and options, into a store folder of its own." });
    if (m.corpus.hash !== first.corpus.hash) throw new FramediffError({ code: "shard-corpus", file, message: `was mapped from another corpus than ${shardFileName(first.shard)} (corpus sha256 ${m.corpus.hash.slice(0, 12)}… vs ${first.corpus.hash.slice(0, 12)}…)`, hint: "map every shard from the same corpus file, into a store folder of its own." });
  });
  return { files, metas };
}

/** The lexicon the shards were mapped with: --lexicon, else the corpus's own when it is still there; its hash must match the shards'. */
function lexiconFor(storeDir: string, meta: ShardMeta, path: string | undefined): Lexicon | undefined {
  const found = path ?? (existsSync(meta.corpus.path) ? corpusLexicon(meta.corpus.path) : undefined);
  if (meta.lexiconHash === null) {
    if (path) throw new FramediffError({ code: "shard-lexicon", file: path, message: `was given, but the shards in ${storeDir} were mapped without a lexicon`, hint: "leave --lexicon out, or map the corpus again with this lexicon." });
    return undefined;
  }
  if (!found) throw new FramediffError({ code: "lexicon-needed", file: storeDir, message: `the shards were mapped with a lexicon (sha256 ${meta.lexiconHash.slice(0, 12)}…) that reduce cannot find`, hint: "pass the same lexicon file: framediff reduce DIR --lexicon FILE." });
  const lexicon = loadLexicon(found);
  if (lexicon.hash !== meta.lexiconHash) throw new FramediffError({ code: "shard-lexicon", file: found, message: `is not the lexicon the shards were mapped with (sha256 ${lexicon.hash.slice(0, 12)}… vs ${meta.lexiconHash.slice(0, 12)}…)`, hint: "pass the lexicon file the map jobs used, or map again with this one." });
  return lexicon;
}
