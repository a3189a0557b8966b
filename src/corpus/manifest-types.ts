import type { FieldMap } from "./field-map";
import type { RawRecord } from "./toArticle";
import type { Outlet } from "./types";

// Apart from manifest.ts so manifestJson.ts can return it without a cycle.

/** A folder corpus's manifest, parsed and checked at the corpus level. */
export interface Manifest {
  /** The manifest's path (folder joined with `manifest.json` or `manifest.csv`). */
  readonly file: string;
  readonly name?: string;
  readonly description?: string;
  /** The manifest's `outlets` list, when it has one (manifest.json only). */
  readonly outlets?: readonly Outlet[];
  /** The manifest's `fields` mapping (manifest.json only), checked; absent when it has none. */
  readonly fields?: FieldMap;
  /** One record per article row, in manifest order, with `file` still relative. */
  readonly rows: readonly RawRecord[];
}
