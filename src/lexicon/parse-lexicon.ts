import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import { FramediffError, type Problem } from "../errors";
import type { ActorEntry, ConceptEntry, FrameEntry, Lexicon } from "./types";
import { validateLexicon } from "./validate";

/** Reads and validates a YAML lexicon file; throws FramediffError naming the file and line. */
export function loadLexicon(path: string): Lexicon {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new FramediffError({
      code: "unreadable-file", file: path,
      message: `cannot read lexicon (${(e as NodeJS.ErrnoException).code ?? String(e)}).`,
      hint: "check the path given with --lexicon.",
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FramediffError({ code: "invalid-utf8", file: path, message: "lexicon is not valid UTF-8.", hint: "re-save it as UTF-8." });
  }
  return parseLexicon(text, path);
}

/** Parses lexicon YAML text. `file` is used in messages and recorded on the result. */
export function parseLexicon(yamlText: string, file?: string): Lexicon {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText.replace(/^\uFEFF/, ""), { lineCounter, uniqueKeys: true });
  const lineOf = (n: Node | Pair | null | undefined): number | undefined => {
    const range = n && "range" in n ? n.range : n && "key" in n ? (n.key as Node | null)?.range : undefined;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const problems: Problem[] = [];
  const fail = (message: string, node?: Node | Pair | null, field?: string, hint?: string) =>
    problems.push({ code: "invalid-lexicon", file, line: lineOf(node), field, message, hint });

  for (const e of doc.errors) problems.push({ code: "invalid-yaml", file, line: e.linePos?.[0].line, message: e.message.split("\n")[0], hint: "fix the YAML syntax." });
  if (problems.length) throw new FramediffError(problems);
  const root = doc.contents;
  if (!isMap(root)) throw new FramediffError({ code: "invalid-lexicon", file, line: 1, message: "a lexicon must be a mapping with actors, concepts and frames.", hint: "see src/lexicon/types.ts for the format." });

  const strings = (node: unknown, where: string): string[] => {
    if (!isSeq(node)) { fail(`${where} must be a list of patterns.`, node as Node, where, "write it as [a, b] or a YAML list."); return []; }
    return node.items.map((it, i) => {
      if (!isScalar(it) || typeof it.value !== "string" && typeof it.value !== "number") { fail(`${where}[${i}] is not a text pattern.`, it as Node, where); return ""; }
      return String(it.value);
    });
  };
  const section = (name: string) => {
    const node = root.get(name, true);
    if (node === undefined) return [] as Pair[];
    if (!isMap(node)) { fail(`section "${name}" must be a mapping.`, node as Node, name); return [] as Pair[]; }
    return node.items as Pair[];
  };
  const keyOf = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);

  const actors: ActorEntry[] = section("actors").map((p) => ({ name: keyOf(p), variants: strings(p.value, `actors.${keyOf(p)}`), line: lineOf(p) }));
  const concepts: ConceptEntry[] = section("concepts").map((p) => {
    const id = keyOf(p);
    if (!isMap(p.value)) { fail(`concept "${id}" must be a mapping with labels.`, p, `concepts.${id}`); return { id, labels: [] }; }
    const labelsNode = p.value.get("labels", true);
    if (!isMap(labelsNode)) { fail(`concept "${id}" needs a "labels" mapping (label -> patterns).`, p, `concepts.${id}.labels`); return { id, labels: [] }; }
    const description = p.value.get("description");
    return {
      id, description: description === undefined ? undefined : String(description), line: lineOf(p),
      labels: (labelsNode.items as Pair[]).map((lp) => ({ label: keyOf(lp), variants: strings(lp.value, `concepts.${id}.labels.${keyOf(lp)}`), line: lineOf(lp) })),
    };
  });
  const frames: FrameEntry[] = section("frames").map((p) => {
    const id = keyOf(p);
    if (isSeq(p.value)) return { id, cues: strings(p.value, `frames.${id}`), line: lineOf(p) };
    if (!isMap(p.value)) { fail(`frame "${id}" must be a list of cues or {description, cues}.`, p, `frames.${id}`); return { id, cues: [] }; }
    const description = p.value.get("description");
    return { id, description: description === undefined ? undefined : String(description), cues: strings(p.value.get("cues", true), `frames.${id}.cues`), line: lineOf(p) };
  });
  for (const p of root.items as Pair[]) {
    if (!["name", "version", "description", "actors", "concepts", "frames"].includes(keyOf(p))) fail(`unknown section "${keyOf(p)}".`, p, keyOf(p), "use actors, concepts and frames.");
  }
  if (problems.length) throw new FramediffError(problems);

  const lexicon: Lexicon = {
    name: String(root.get("name") ?? (file ? file.replace(/^.*\//, "").replace(/\.ya?ml$/, "") : "lexicon")),
    version: String(root.get("version") ?? "1"),
    file,
    hash: createHash("sha256").update(yamlText).digest("hex"),
    actors, concepts, frames,
  };
  validateLexicon(lexicon);
  return lexicon;
}
