import type { Article } from "../corpus/types";
import type { Lexicon } from "../lexicon/types";
import { mapArticle, type MapOptions, type Mapped } from "./map-article";

/** One batch of the map, as sent to a worker. */
export interface MapTask {
  readonly articles: readonly Article[];
  /** Sent with every task (a few kB); the worker keeps the first copy of each hash so its compiled patterns are reused. */
  readonly lexicon?: Lexicon;
  readonly options: MapOptions;
}

const lexicons = new Map<string, Lexicon>();

/**
 * The worker's task: map each article of the batch (parse, quotes, profile),
 * in order. Each worker thread loads its own wink model once, on its first
 * task (src/parse/nlp.ts), and keeps it.
 */
export default function mapBatch(task: MapTask): Mapped[] {
  let lexicon = task.lexicon;
  if (lexicon) {
    const known = lexicons.get(lexicon.hash);
    if (known) lexicon = known; else lexicons.set(lexicon.hash, lexicon);
  }
  return task.articles.map((a) => mapArticle(a, lexicon, task.options));
}
