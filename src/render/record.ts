import { canonicalJson } from "../util/canonical-json";
import { sha256Hex } from "./hash";
import type { FigureSpec, ImageFormat, Provenance } from "./types";

/**
 * What every exported file says about its figure: the same JSON in the SVG's
 * `<metadata>`, the PDF's Subject and (with more) the sidecar `<name>.json`.
 */
export interface FigureRecord {
  name: string;
  /** sha256 of the figure's canonical JSON (keys sorted), lowercase hex. */
  figureSha256: string;
  provenance: Provenance | null;
}

/** The sidecar `<name>.json`: the record, the export settings and each file's hash. */
export interface Sidecar extends FigureRecord {
  width: number;
  height: number;
  /** PNG pixel ratio. */
  scale: number;
  formats: ImageFormat[];
  /** What drew the images (they depend on it, and on the fonts installed). */
  renderer: { plotly: string; chromium: string };
  /** Each written file (images and CSV) by kind: its file name, size and sha256. */
  files: Record<string, { file: string; bytes: number; sha256: string }>;
}

/** The record of one spec. */
export function figureRecord(spec: FigureSpec): FigureRecord {
  return { name: spec.name, figureSha256: sha256Hex(canonicalJson(spec.figure)), provenance: spec.provenance ?? null };
}

/**
 * The PDF Info entries for a record: Title = name, Subject = the record JSON,
 * Keywords = corpus and lexicon hashes and seed, Creator = framediff and its version.
 */
export function pdfInfoFor(record: FigureRecord): Record<string, string> {
  const p = record.provenance;
  const creator = p ? `framediff ${p.framediffVersion}${p.createdBy ? ` (${p.createdBy})` : ""}` : "framediff";
  const keywords = p ? `framediff; corpus ${p.corpusHash}; lexicon ${p.lexiconHash}; seed ${p.seed}` : "framediff";
  return { Title: record.name, Subject: canonicalJson(record), Keywords: keywords, Creator: creator };
}
