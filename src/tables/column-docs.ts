import { COVERAGE_COLUMN_DOCS } from "../features/coverage/columns";
import { DIVERGENCE_COLUMN_DOCS } from "../features/divergence/columns";
import { EMPHASIS_COLUMN_DOCS } from "../features/emphasis/columns";
import { SENTIMENT_COLUMN_DOCS } from "../features/sentiment/columns";
import { TERMINOLOGY_COLUMN_DOCS } from "../features/terminology/columns";
import { TIME_COLUMN_DOCS } from "../features/time/columns";
import { VOICE_COLUMN_DOCS } from "../features/voice/columns";
import { KWIC_COLUMN_DOCS } from "../kwic/columns";
import type { ColumnDocs } from "../features/column-docs-types";

export type { ColumnDocs } from "../features/column-docs-types";
export { CSV_NOTES } from "./column-docs-csv";

/**
 * What each column of each known result kind holds, keyed by kind then by
 * flattened column name (see `flattenRows`), columns in table order. Used for
 * the CLI's documented tables and the README. A test runs every feature on
 * the bundled corpus and fails when a column is undocumented; add the entry
 * in the family's `column-docs-*.ts` when a feature gains a column.
 *
 * @example
 * COLUMN_DOCS["label-choice"].count; // => "times the outlet used this label for the concept in this voice"
 */
export const COLUMN_DOCS: Readonly<Record<string, ColumnDocs>> = deepFreeze({
  ...SENTIMENT_COLUMN_DOCS,
  ...TERMINOLOGY_COLUMN_DOCS,
  ...EMPHASIS_COLUMN_DOCS,
  ...COVERAGE_COLUMN_DOCS,
  ...VOICE_COLUMN_DOCS,
  ...DIVERGENCE_COLUMN_DOCS,
  ...TIME_COLUMN_DOCS,
  ...KWIC_COLUMN_DOCS,
});

/**
 * The documented columns of a kind, in table order; undefined for a kind
 * with no entry.
 *
 * @example
 * documentedColumns("sentiment-arc")?.slice(0, 3); // => ["outlet", "bin", "from"]
 */
export function documentedColumns(kind: string): string[] | undefined {
  const docs = Object.prototype.hasOwnProperty.call(COLUMN_DOCS, kind) ? COLUMN_DOCS[kind] : undefined;
  return docs ? Object.keys(docs) : undefined;
}

function deepFreeze(x: Record<string, ColumnDocs>): Readonly<Record<string, ColumnDocs>> {
  for (const v of Object.values(x)) Object.freeze(v);
  return Object.freeze(x);
}
