import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ArticleProfile } from "../profile/types";
import { duck, sqlString } from "./duckdb";
import { META_KEYS, type ShardMeta } from "./metadata";
import { columnTypes, inferShape, toJsonLine } from "./shape";
import { shardFileName } from "./shard";

/** The head every shard has, also the shape of a shard with no articles. */
const EMPTY_SHAPE_OF = { id: "", outlet: "", profileVersion: 0, lexiconHash: "" };

/**
 * Writes one shard: `dir/part-I-of-N.parquet`, one row per article (its
 * profile: head columns, then one STRUCT column per part, lists as Parquet
 * lists), zstd-compressed, with `meta` in the file's key-value metadata.
 * Atomic: the file appears complete under its name or not at all (written
 * to a hidden temporary name in `dir`, then renamed). Profiles are written
 * in the order given (the map's `profileOrder`).
 */
export async function writeShard(dir: string, profiles: readonly ArticleProfile[], meta: Omit<ShardMeta, "shape" | "articles" | "storeFormat">): Promise<{ path: string; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  const name = shardFileName(meta.shard);
  const path = join(dir, name);
  const stem = join(dir, `.${name}.${process.pid}.${Date.now()}`);
  const jsonPath = `${stem}.ndjson`, tmpPath = `${stem}.parquet.tmp`;
  try {
    const shape = inferShape(profiles.length ? profiles : [EMPTY_SHAPE_OF]);
    let longest = 0; // DuckDB's JSON reader buffers about twice its maximum_object_size: ask for what the longest line needs
    const fd = openSync(jsonPath, "w");
    try {
      let chunk = "";
      for (const p of profiles) {
        const line = toJsonLine(p);
        longest = Math.max(longest, line.length);
        chunk += line + "\n";
        if (chunk.length > 1 << 22) { writeSync(fd, chunk); chunk = ""; }
      }
      if (chunk) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    const full: ShardMeta = { ...meta, storeFormat: 1, articles: profiles.length, shape };
    const kv = META_KEYS.map((k) => `${sqlString(`framediff.${k}`)}: ${sqlString(JSON.stringify(full[k]))}`).join(", ");
    const columns = columnTypes(shape).map(([k, t]) => `${sqlString(k)}: ${sqlString(t)}`).join(", ");
    const source = profiles.length
      ? `read_json(${sqlString(jsonPath)}, format = 'newline_delimited', records = true, maximum_object_size = ${Math.max(1 << 20, 4 * longest + 1024)}, columns = {${columns}})`
      : `(SELECT ${columnTypes(shape).map(([k, t]) => `NULL::${t} AS "${k}"`).join(", ")} LIMIT 0)`;
    const c = await duck();
    await c.run(`COPY (SELECT * FROM ${source}) TO ${sqlString(tmpPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048, KV_METADATA {${kv}})`);
    renameSync(tmpPath, path);
    return { path, bytes: statSync(path).size };
  } finally {
    rmSync(jsonPath, { force: true });
    rmSync(tmpPath, { force: true });
  }
}
