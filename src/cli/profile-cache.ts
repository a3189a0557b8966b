import { existsSync } from "node:fs";
import { join } from "node:path";
import { FramediffError, type Warning } from "../errors";
import type { MapOptions } from "../profile/map-article";
import { PROFILE_VERSION, type ArticleProfile } from "../profile/types";
import { readShardMeta, readShardProfiles, shardFileName, type ShardMeta } from "../store/index";
import { canonicalJson } from "../util/canonical-json";

/** analyze's store is a store of one shard, so `framediff reduce OUT/profiles` reads it like any other. */
export const CACHE_FILE = shardFileName({ index: 0, count: 1 });

/** Profiles a previous run stored, by article hash, ready to be reused; and why none are, when none are. */
export interface ProfileCache {
  readonly profiles: Map<string, ArticleProfile>;
  /** The stored shard's path and metadata, when its profiles are used. */
  readonly path?: string;
  readonly meta?: ShardMeta;
  /** Why the stored profiles were not used (absent when they were, or there were none). */
  readonly ignored?: string;
  readonly warnings: Warning[];
}

/**
 * The profiles stored in `dir` by an earlier run that this run may reuse:
 * only when they were made by this profile version, with this lexicon and
 * these map options; each is then keyed by its article's content hash, so an
 * article whose text or fields changed is profiled again. A damaged cache
 * is a warning, not an error: the run profiles everything and replaces it.
 */
export async function loadProfileCache(dir: string, lexiconHash: string | null, mapOptions: MapOptions): Promise<ProfileCache> {
  const path = join(dir, CACHE_FILE);
  const profiles = new Map<string, ArticleProfile>();
  if (!existsSync(path)) return { profiles, warnings: [] };
  try {
    const meta = await readShardMeta(path);
    const why = meta.profileVersion !== PROFILE_VERSION ? `they are of profile version ${meta.profileVersion}, this framediff makes ${PROFILE_VERSION}`
      : meta.lexiconHash !== lexiconHash ? "they were made with another lexicon"
      : canonicalJson(meta.mapOptions) !== canonicalJson(mapOptions) ? "they were made with other map options"
      : undefined;
    if (why) return { profiles, ignored: why, warnings: [] };
    for (const p of await readShardProfiles(path, meta)) if (p.articleHash) profiles.set(p.articleHash, p);
    return { profiles, path, meta, warnings: [] };
  } catch (e) {
    if (!(e instanceof FramediffError)) throw e;
    return { profiles, ignored: "the stored profiles could not be read", warnings: [{ code: "profile-cache-unreadable", file: path, message: `the stored profiles could not be read (${e.message}); every article is profiled again and the file replaced` }] };
  }
}

/**
 * Whether the stored shard already holds exactly what this run would write:
 * every stored profile reused, none new, and the same corpus findings. Then
 * the file is kept (or copied) instead of written again — a rerun with other
 * statistics options pays nothing for the store.
 */
export function cacheUnchanged(cache: ProfileCache | undefined, cachedCount: number, reused: number, profiled: number, corpus: unknown, skipped: readonly unknown[]): boolean {
  return Boolean(cache?.meta && !cache.ignored && profiled === 0 && skipped.length === 0 && reused === cachedCount && cache.meta.articles === cachedCount && cache.meta.skipped.length === 0 && canonicalJson(cache.meta.corpus) === canonicalJson(corpus));
}
