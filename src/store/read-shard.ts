import { FramediffError } from "../errors";
import type { ArticleProfile } from "../profile/types";
import { duck, sqlString } from "./duckdb";
import { META_KEYS, STORE_FORMAT, type ShardMeta } from "./metadata";
import { StringTable } from "../profile/intern";
import { decodeChunk } from "./decode-chunk";

/** A shard that cannot be read: one line naming the file, and what to do. */
function unreadable(path: string, what: string, cause?: unknown): FramediffError {
  const text = (cause as { message?: unknown } | undefined)?.message; // DuckDB's errors may come from another realm (jest's vm), so no instanceof
  const detail = typeof text === "string" && text ? ` (${text.split("\n")[0].slice(0, 200)})` : "";
  return new FramediffError({
    code: "shard-unreadable", file: path,
    message: `${what}${detail}`,
    hint: "delete this file and run its map job again (framediff map <corpus> --store <dir> --shard I/N); a shard is written whole or not at all, so a damaged one was changed after it was written.",
  });
}

/** The metadata of a shard file (cheap: the Parquet footer only). Throws a one-line FramediffError for a corrupt, truncated or foreign file. */
export async function readShardMeta(path: string): Promise<ShardMeta> {
  const c = await duck();
  let rows: Record<string, unknown>[];
  try {
    rows = (await c.runAndReadAll(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${sqlString(path)})`)).getRowObjectsJS();
  } catch (e) {
    throw unreadable(path, "is not a readable Parquet file (truncated or corrupt)", e);
  }
  const kv = new Map(rows.map((r) => [String(r.k), String(r.v)]));
  const meta: Record<string, unknown> = {};
  for (const key of META_KEYS) {
    const text = kv.get(`framediff.${key}`);
    if (text === undefined) throw unreadable(path, `is a Parquet file but not a framediff shard (no "framediff.${key}" in its metadata)`);
    try { meta[key] = JSON.parse(text); } catch (e) { throw unreadable(path, `has damaged framediff metadata ("framediff.${key}")`, e); }
  }
  if (meta.storeFormat !== STORE_FORMAT) {
    throw new FramediffError({ code: "shard-format", file: path, message: `is a shard of store format ${String(meta.storeFormat)}; this framediff reads format ${STORE_FORMAT}`, hint: "run the map again with this framediff version." });
  }
  return meta as unknown as ShardMeta;
}

/**
 * Every profile of a shard, in the order written, restored exactly (typed
 * arrays and all). Give several shards one `strings` table so they share
 * their strings too.
 */
export async function readShardProfiles(path: string, meta: ShardMeta, strings = new StringTable()): Promise<ArticleProfile[]> {
  if (meta.shape.t !== "struct") throw unreadable(path, "has a damaged shape in its metadata");
  const c = await duck();
  const out: ArticleProfile[] = [];
  try {
    const result = await c.stream(`SELECT * FROM read_parquet(${sqlString(path)})`);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      for (const row of decodeChunk(chunk, meta.shape, strings)) out.push(row as ArticleProfile);
    }
  } catch (e) {
    throw unreadable(path, "could not be read to the end (truncated or corrupt)", e);
  }
  if (out.length !== meta.articles) throw unreadable(path, `holds ${out.length} articles where its metadata says ${meta.articles}`);
  return out;
}
