import { basename } from "path";
import type { Problem, Warning } from "../errors";
import { createEventTitles } from "./event-titles";
import { describeLocation, fieldAt, type RecordLocation } from "./fields";
import { createGroupCheck } from "./group-check";
import { createLanguageCheck } from "./language-check";
import type { ReadItem, Source } from "./source";
import type { Article, Corpus, Outlet, SkippedArticle } from "./types";
import { compareCodeUnits } from "../util/compare";

/** What the checks say about one item: a valid article (with any label warnings), or an article left out. */
export type CheckedItem =
  | { readonly article: Article; readonly warnings: readonly Warning[]; readonly skipped?: undefined }
  | { readonly skipped: SkippedArticle; readonly article?: undefined };

/** Corpus-level findings, known once every item has been added. */
export interface CorpusFindings {
  /** Valid articles added. */
  readonly articleCount: number;
  /** Items left out (invalid or duplicate ids). */
  readonly skippedCount: number;
  /**
   * Every outlet of the valid articles, sorted by id (code units): declared,
   * else labelled by the first `outletLabel`, else by id; with its group
   * (declared, else the first an article gives), when it has one.
   */
  readonly outlets: readonly Outlet[];
  /** Event titles by event id (first title wins), when any article gives one. */
  readonly eventTitles?: Readonly<Record<string, string>>;
  /** Unused declared outlets, a single outlet, outlets without a group, titles without an event, then non-English articles. */
  readonly warnings: readonly Warning[];
  /** Set when no valid article was added; the skipped articles' problems belong after it. */
  readonly empty?: Problem;
}

/** The streaming reducer behind assembleCorpus and `framediff check`. */
export interface CorpusChecks {
  /** Checks the next item, in source order. */
  add(item: ReadItem): CheckedItem;
  /** The corpus-level findings; call once, after the last item. */
  finish(): CorpusFindings;
}

const EMPTY: Record<Corpus["format"], string> = {
  jsonl: "the file has no articles (it is empty or has only blank lines).",
  csv: "the file has no article rows.",
  folder: "the manifest lists no articles.",
};

/**
 * Checks a corpus one item at a time without holding any article: duplicate
 * ids (the first occurrence wins, even when it is itself invalid), outlet-label
 * and outlet-group conflicts (a declared one, else the first one seen, wins),
 * event-title conflicts (the first wins; see event-titles), and at the end
 * unused declared outlets, a single outlet, outlets without a group, an empty
 * corpus, and articles that are not English (one warning; see language-check).
 * Its state is a map of ids to locations, one entry per outlet and per event,
 * and a few counts, never any text.
 *
 * @example
 * const checks = createCorpusChecks("c.jsonl", source);
 * for await (const item of source.items) {
 *   const c = checks.add(item);
 *   if (c.skipped) report(c.skipped.problems); else use(c.article);
 * }
 * const { outlets, warnings, empty } = checks.finish();
 */
export function createCorpusChecks(path: string, source: Pick<Source, "format" | "outlets" | "outletsFile" | "groupBy">): CorpusChecks {
  const seen = new Map<string, RecordLocation>();
  const declared = source.outlets ?? [];
  const declaredById = new Map(declared.map((o) => [o.id, o]));
  const declaredIn = `the outlets list of ${basename(source.outletsFile ?? path)}`;
  const labels = new Map<string, { label: string; from: string }>(declared.map((o) => [o.id, { label: o.label, from: declaredIn }]));
  const used = new Set<string>();
  const groups = createGroupCheck(path, declared, source.groupBy, basename(source.outletsFile ?? path));
  const titles = createEventTitles(path);
  const language = createLanguageCheck(path);
  let articleCount = 0, skippedCount = 0;

  function add(item: ReadItem): CheckedItem {
    const id = item.article ? item.article.id : item.skipped.id;
    const first = id !== undefined ? seen.get(id) : undefined;
    if (id !== undefined && first === undefined) seen.set(id, item.where);
    const dup: Problem | undefined = first === undefined ? undefined : {
      code: "duplicate-id", ...fieldAt(item.where, "id", id),
      message: `id "${id}" is a duplicate: first at ${describeLocation(first)}, again at ${describeLocation(item.where)}.`,
      hint: "give every article a unique id.",
    };
    if (item.skipped || dup) {
      skippedCount++;
      const skipped: SkippedArticle = item.skipped
        ? Object.freeze({ ...item.skipped, problems: dup ? item.skipped.problems.concat([dup]) : item.skipped.problems.slice() })
        : Object.freeze({ id, problems: [dup!] });
      return { skipped };
    }
    const { article, outletLabel, where } = item;
    articleCount++;
    used.add(article.outlet);
    language.add(article);
    const warnings: Warning[] = [];
    if (outletLabel !== undefined) {
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
    for (const w of groups.add(article.outlet, item.group, where, article.id)) warnings.push(w);
    for (const w of titles.add(article.event, item.eventTitle, where, article.id)) warnings.push(w);
    return { article, warnings };
  }

  function finish(): CorpusFindings {
    const ids = [...used].sort(compareCodeUnits);
    const outlets = ids.map((id): Outlet => {
      const group = groups.groupOf(id);
      const d = declaredById.get(id);
      if (d) return d.group === group ? d : Object.freeze({ id, label: d.label, ...(group !== undefined ? { group } : {}), meta: d.meta });
      return Object.freeze({ id, label: labels.get(id)?.label ?? id, ...(group !== undefined ? { group } : {}), meta: Object.freeze({}) });
    });
    const warnings: Warning[] = [];
    declared.forEach((o, i) => {
      if (used.has(o.id)) return;
      warnings.push({
        code: "unused-outlet", file: source.outletsFile ?? path, field: `outlets[${i}]`,
        message: `outlet "${o.id}" is listed but no loaded article has it.`,
        hint: "remove it from the outlets list, or add (or fix) its articles.",
      });
    });
    if (outlets.length === 1) {
      warnings.push({
        code: "single-outlet", file: path,
        message: `all ${articleCount} article${articleCount === 1 ? " is" : "s are"} from one outlet ("${outlets[0].id}"); comparisons need at least two outlets.`,
        hint: "add articles from at least one other outlet before comparing framing.",
      });
    }
    for (const w of groups.finish(ids)) warnings.push(w);
    const found = titles.finish();
    for (const w of found.warnings) warnings.push(w);
    const english = language.finish();
    if (english) warnings.push(english);
    const empty: Problem | undefined = articleCount > 0 ? undefined : skippedCount > 0
      ? { code: "empty-corpus", file: path, message: `no valid articles: all ${skippedCount} were invalid.`, hint: "fix the problems listed after this one." }
      : { code: "empty-corpus", file: path, message: EMPTY[source.format], hint: "add articles (each with id, outlet and text)." };
    return { articleCount, skippedCount, outlets, ...(found.titles ? { eventTitles: found.titles } : {}), warnings, ...(empty ? { empty } : {}) };
  }

  return { add, finish };
}
