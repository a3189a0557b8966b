import { TERMINOLOGY_PROFILE_DEFAULTS, type TerminologySettings } from "../../profile/terminology";
import type { Profiled } from "../../profile/types";

/**
 * The map options the profiles were built with (`TerminologySettings`): the
 * same for every profile, or a clear error naming the first that differs.
 * No profiles: the defaults.
 */
export function profileSettings(fn: string, profiles: readonly Profiled<"terminology">[]): TerminologySettings {
  if (profiles.length === 0) return TERMINOLOGY_PROFILE_DEFAULTS;
  const first = profiles[0].terminology.settings;
  for (const p of profiles) {
    const s = p.terminology.settings;
    for (const k of Object.keys(first) as (keyof TerminologySettings)[]) {
      if (s[k] !== first[k]) throw new Error(`${fn}: article "${p.id}" was profiled with terminology ${k} ${JSON.stringify(s[k])}, article "${profiles[0].id}" with ${JSON.stringify(first[k])}; profile every article with the same options`);
    }
  }
  return first;
}

/**
 * An option the map decided: the profiles' value when the caller gives none,
 * else the caller's, which must match (the tables hold nothing else).
 */
export function mapOption<K extends keyof TerminologySettings>(fn: string, settings: TerminologySettings, key: K, asked: TerminologySettings[K] | undefined): TerminologySettings[K] {
  if (asked === undefined || asked === settings[key]) return settings[key];
  throw new Error(`${fn}: ${key} ${JSON.stringify(asked)} was asked, but the profiles were built with ${key} ${JSON.stringify(settings[key])}; profile the articles with { terminology: { ${key}: ${JSON.stringify(asked)} } }`);
}
