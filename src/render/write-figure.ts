import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fnv1a32, sha256Hex } from "./hash";
import { canonicalJson } from "../util/canonical-json";
import { figureRecord, pdfInfoFor, type Sidecar } from "./record";
import { renderImages } from "./render-images";
import type { Renderer } from "./renderer";
import type { ExportedFile, FigureSpec, ImageFormat } from "./types";

/** How one figure is written; `csv` is the data's CSV text, if the spec has data. */
export interface WriteSettings {
  dir: string;
  formats: readonly ImageFormat[];
  scale: number;
  csv?: string;
  renderer: Renderer;
  versions: Sidecar["renderer"];
}

/**
 * Renders one checked spec and writes `<name>.<format>` for each format, then
 * `<name>.csv` (if any) and the sidecar `<name>.json`, which lists the others' hashes.
 * plotly's random ids are seeded from the name, so ids differ between figures but
 * never between runs.
 */
export async function writeFigure(spec: FigureSpec, s: WriteSettings): Promise<ExportedFile[]> {
  const record = figureRecord(spec);
  const images = await renderImages(s.renderer, spec, s.formats, s.scale, {
    seed: fnv1a32(spec.name), metadata: canonicalJson(record), pdfInfo: pdfInfoFor(record),
  });
  const written: ExportedFile[] = [];
  const files: Sidecar["files"] = {};
  const write = (kind: ExportedFile["kind"], bytes: Buffer) => {
    const file = `${spec.name}.${kind}`;
    const path = join(s.dir, file);
    writeFileSync(path, bytes);
    const entry: ExportedFile = { name: spec.name, kind, path, bytes: bytes.length, sha256: sha256Hex(bytes) };
    if (kind !== "json") files[kind] = { file, bytes: entry.bytes, sha256: entry.sha256 };
    written.push(entry);
  };
  for (const f of s.formats) write(f, images[f]!);
  if (s.csv !== undefined) write("csv", Buffer.from(s.csv, "utf8"));
  const sidecar: Sidecar = {
    ...record, width: spec.width, height: spec.height, scale: s.scale, formats: [...s.formats], renderer: s.versions, files,
  };
  write("json", Buffer.from(canonicalJson(sidecar, 2) + "\n", "utf8"));
  return written;
}
