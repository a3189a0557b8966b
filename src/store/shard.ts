import { createHash } from "node:crypto";

/** Which of N shards one article belongs to, and how shard files are named. */
export interface ShardSpec {
  /** 0-based shard index (array-job indices count from 0). */
  readonly index: number;
  /** Number of shards. */
  readonly count: number;
}

/**
 * The shard of an article: the first 4 bytes of SHA-256 of its id (UTF-8),
 * read as a big-endian unsigned integer, modulo `count`. A hash rather than
 * the article's position, so every shard gets a fair mix of outlets and
 * events whatever the corpus order, and an article keeps its shard when
 * others are added. Any language can recompute it, e.g. in Python:
 * `int.from_bytes(hashlib.sha256(id.encode()).digest()[:4], "big") % count`.
 *
 * @example
 * shardOf("004_a6941b140a9282af", 1); // => 0
 */
export function shardOf(id: string, count: number): number {
  return createHash("sha256").update(id, "utf8").digest().readUInt32BE(0) % count;
}

/** The file name of shard I of N: `part-I-of-N.parquet`. */
export function shardFileName(s: ShardSpec): string {
  return `part-${s.index}-of-${s.count}.parquet`;
}

/** The shard a file name names, or undefined when it is not a shard's name. */
export function parseShardFileName(name: string): ShardSpec | undefined {
  const m = /^part-(\d+)-of-(\d+)\.parquet$/.exec(name);
  if (!m) return undefined;
  const index = Number(m[1]), count = Number(m[2]);
  return Number.isSafeInteger(index) && Number.isSafeInteger(count) && count >= 1 && index < count ? { index, count } : undefined;
}

/** Parses "I/N" (0 ≤ I < N); undefined when it is not that. */
export function parseShardSpec(text: string): ShardSpec | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]), count = Number(m[2]);
  return Number.isSafeInteger(index) && Number.isSafeInteger(count) && count >= 1 && count <= 100000 && index < count ? { index, count } : undefined;
}

/** Environment variables array-job schedulers set to the task's 0-based index, in the order they are read. */
export const ARRAY_INDEX_VARIABLES = Object.freeze(["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"]);

/** The array index a scheduler set (name and value), or undefined. */
export function arrayIndexFromEnv(env: NodeJS.ProcessEnv): { variable: string; value: string } | undefined {
  for (const variable of ARRAY_INDEX_VARIABLES) {
    const value = env[variable];
    if (value !== undefined && value !== "") return { variable, value };
  }
  return undefined;
}
