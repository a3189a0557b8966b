/**
 * The profile store: each shard of the map as one Parquet file written
 * through embedded DuckDB (`@duckdb/node-api`), readable by DuckDB, pandas,
 * pyarrow and R arrow. See README "Beyond one machine".
 */
export { STORE_FORMAT, type ShardMeta } from "./metadata";
export { readShardMeta, readShardProfiles } from "./read-shard";
export { inferShape, sqlType, toJsonLine, type Shape } from "./shape";
export { ARRAY_INDEX_VARIABLES, arrayIndexFromEnv, parseShardFileName, parseShardSpec, shardFileName, shardOf, type ShardSpec } from "./shard";
export { writeShard } from "./write-shard";
