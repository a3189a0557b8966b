import { basename } from "path";
import { FramediffError, type Problem, type Warning } from "../errors";
import { describeLocation, fieldAt, type RecordLocation } from "./fields";
import type { Source } from "./source";
import type { Article, Corpus, LoadOptions, Outlet, SkippedArticle } from "./types";

const EMPTY: Record<Corpus["format"], string> = {
  jsonl: "the file has no articles (it is empty or has only blank lines).",
  csv: "the file has no article rows.",
  folder: "the manifest lists no articles.",
};

function emptyCorpus(path: string, source: Source, skipped: readonly SkippedArticle[]): FramediffError {
  const head: Problem = skipped.length > 0
    ? { code: "empty-corpus", file: path, message: `no valid articles: all ${skipped.length} were invalid.`, hint: "fix the problems listed after this one." }
    : { code: "empty-corpus", file: path, message: EMPTY[source.format], hint: "add articles (each with id, outlet and text)." };
  return new FramediffError([head, ...skipped.flatMap((s) => s.problems)]);
}

/** The outlets of `articles`, sorted by id, labelled from the manifest or outletLabel, else by id. */
function outletsOf(articles: readonly Article[], labels: ReadonlyMap<string, { label: string }>, declared: readonly Outlet[]): Outlet[] {
  const ids = [...new Set(articles.map((a) => a.outlet))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return ids.map((id) => {
    const d = declared.find((o) => o.id === id);
    return d ?? Object.freeze({ id, label: labels.get(id)?.label ?? id, meta: Object.freeze({}) });
  });
}

/**
 * Builds a Corpus from an opened source: applies `onInvalid`, finds duplicate
 * ids (the first occurrence wins), reconciles outlet labels, and adds the
 * corpus-level warnings (unused declared outlets, a single outlet). Throws when
 * no valid article is left. Warnings come in a stable order: the source's
 * file warnings, then per-article warnings in source order, then outlet warnings.
 */
export async function assembleCorpus(path: string, source: Source, onInvalid: Required<LoadOptions>["onInvalid"]): Promise<Corpus> {
  const articles: Article[] = [];
  const skipped: SkippedArticle[] = [];
  const warnings: Warning[] = [...source.warnings];
  const seen = new Map<string, RecordLocation>();
  const declared = source.outlets ?? [];
  const declaredIn = `the outlets list of ${basename(source.outletsFile ?? path)}`;
  const labels = new Map<string, { label: string; from: string }>(declared.map((o) => [o.id, { label: o.label, from: declaredIn }]));
  for await (const item of source.items) {
    const id = item.article ? item.article.id : item.skipped.id;
    const first = id !== undefined ? seen.get(id) : undefined;
    const dup: Problem[] = first === undefined ? [] : [{
      code: "duplicate-id", ...fieldAt(item.where, "id", id),
      message: `id "${id}" is a duplicate: first at ${describeLocation(first)}, again at ${describeLocation(item.where)}.`,
      hint: "give every article a unique id.",
    }];
    if (id !== undefined && first === undefined) seen.set(id, item.where);
    if (item.skipped || dup.length > 0) {
      const s: SkippedArticle = item.skipped
        ? Object.freeze({ ...item.skipped, problems: [...item.skipped.problems, ...dup] })
        : Object.freeze({ id, problems: dup });
      if (onInvalid === "error") throw new FramediffError(s.problems);
      skipped.push(s);
      continue;
    }
    const { article, outletLabel, where } = item;
    articles.push(article);
    if (outletLabel === undefined) continue;
    const known = labels.get(article.outlet);
    if (!known) labels.set(article.outlet, { label: outletLabel, from: describeLocation(where) });
    else if (known.label !== outletLabel) {
      warnings.push({
        code: "outlet-label-conflict", ...fieldAt(where, "outletLabel", article.id),
        message: `outlet "${article.outlet}" is labelled "${outletLabel}" here but "${known.label}" at ${known.from}; keeping "${known.label}".`,
        hint: "give each outlet one label.",
      });
    }
  }
  if (articles.length === 0) throw emptyCorpus(path, source, skipped);
  const outlets = outletsOf(articles, labels, declared);
  declared.forEach((o, i) => {
    if (outlets.some((u) => u.id === o.id)) return;
    warnings.push({
      code: "unused-outlet", file: source.outletsFile ?? path, field: `outlets[${i}]`,
      message: `outlet "${o.id}" is listed but no loaded article has it.`,
      hint: "remove it from the outlets list, or add (or fix) its articles.",
    });
  });
  if (outlets.length === 1) {
    warnings.push({
      code: "single-outlet", file: path,
      message: `all ${articles.length} article${articles.length === 1 ? " is" : "s are"} from one outlet ("${outlets[0].id}"); comparisons need at least two outlets.`,
      hint: "add articles from at least one other outlet before comparing framing.",
    });
  }
  return Object.freeze({
    path, format: source.format,
    ...(source.name !== undefined ? { name: source.name } : {}),
    ...(source.description !== undefined ? { description: source.description } : {}),
    articles: Object.freeze(articles),
    outlets: Object.freeze(outlets),
    warnings: Object.freeze(warnings),
    skipped: Object.freeze(skipped),
  });
}
