import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Sorts more rows than memory should hold: rows are buffered up to
 * `maxRows`, each full buffer is sorted and written to a run file (JSON
 * lines, in a temporary folder), and `drain` merges the runs (a k-way merge
 * reading each run in 64 KiB chunks). Memory: `maxRows` rows plus one
 * chunk per run. The order is `compare`'s, so the same rows in any input
 * order drain the same (give `compare` a total order).
 */
export interface SpillSorter<T> {
  add(row: T): void;
  /** The rows in order, each once; removes the run files. Call once. */
  drain(): Generator<T>;
}

export function createSpillSorter<T>(compare: (a: T, b: T) => number, maxRows = 50_000, dir?: string): SpillSorter<T> {
  let buffer: T[] = [];
  const runs: string[] = [];
  let folder: string | undefined;
  const spill = () => {
    folder ??= mkdtempSync(join(dir ?? tmpdir(), "framediff-kwic-"));
    const file = join(folder, `run-${runs.length}.jsonl`);
    buffer.sort(compare);
    writeFileSync(file, buffer.map((r) => JSON.stringify(r)).join("\n") + "\n");
    runs.push(file);
    buffer = [];
  };
  return {
    add(row) {
      buffer.push(row);
      if (buffer.length >= maxRows) spill();
    },
    *drain() {
      if (runs.length === 0) {
        yield* buffer.sort(compare);
        return;
      }
      if (buffer.length) spill();
      const readers = runs.map((f) => lineReader<T>(f));
      try {
        const heads = readers.map((r) => r.next());
        for (;;) {
          let best = -1;
          for (let i = 0; i < heads.length; i++) if (!heads[i].done && (best < 0 || compare(heads[i].value as T, heads[best].value as T) < 0)) best = i;
          if (best < 0) break;
          yield heads[best].value as T;
          heads[best] = readers[best].next();
        }
      } finally {
        for (const r of readers) r.return(undefined);
        if (folder) rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** The JSON lines of a file, parsed one by one, read in chunks. */
function* lineReader<T>(file: string): Generator<T, void, undefined> {
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.alloc(1 << 16);
    let rest = "";
    const decoder = new TextDecoder("utf-8");
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      rest += decoder.decode(chunk.subarray(0, n), { stream: n > 0 });
      let pos = 0;
      for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n", pos)) {
        const line = rest.slice(pos, nl);
        pos = nl + 1;
        if (line) yield JSON.parse(line) as T;
      }
      rest = rest.slice(pos);
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}
