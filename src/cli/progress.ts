/** Reports the stages of a long command: a bar on a terminal, plain lines otherwise (logs, CI). */
export interface Progress {
  /** Starts the next stage. */
  step(label: string): void;
  /** Ends the last stage. */
  done(): void;
}

export interface ProgressTarget {
  write(s: string): void;
  /** A terminal gets a redrawn bar; anything else one line per stage. */
  isTTY?: boolean;
  columns?: number;
  /** Clock in milliseconds, e.g. a fake one in tests; defaults to *Date.now*. */
  now?: () => number;
}

export function createProgress(total: number, target: ProgressTarget): Progress {
  let n = 0;
  let started = Date.now();
  let current = "";
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (!target.isTTY) {
    return {
      step(label) { n++; current = label; started = Date.now(); target.write(`[${n}/${total}] ${label}\n`); },
      done() { /* plain lines need no closing */ },
    };
  }
  const width = Math.max(10, Math.min(30, (target.columns ?? 80) - 50));
  const draw = () => {
    const filled = Math.round((width * (n - 1)) / Math.max(1, total));
    target.write(`\r\x1b[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n}/${total} ${current}`);
  };
  return {
    step(label) { n++; current = label; started = Date.now(); draw(); },
    done() { target.write(`\r\x1b[2K[${"#".repeat(width)}] ${total}/${total} done (${elapsed()})\n`); },
  };
}

/** Counts items through a long loop: `checked 12,345 articles (1,234 articles/s, 10.0 s)`. */
export interface Counter {
  /** Counts `n` more items (defaults to 1) and redraws when it is time to. */
  add(n?: number): void;
  /** Writes the final count, if anything was shown at all. */
  done(): void;
}

export interface CounterOptions {
  /** Past-tense verb that starts the line, e.g. `checked`. */
  verb: string;
  /** Plural noun of what is counted; defaults to *articles*. */
  noun?: string;
  /** Least time between redraws on a terminal, in ms; defaults to *100* (the first one comes after it too). */
  ttyEvery?: number;
  /** Least time between plain lines off a terminal, in ms; defaults to *5000*. */
  plainEvery?: number;
  /** How many items there will be, when known: adds `of N` and the time left at the current rate (ETA). */
  total?: number;
}

/** Seconds as `42 s`, `3 min 05 s` or `1 h 02 min`: an ETA, so whole seconds. */
export function clock(seconds: number): string {
  const t = Math.round(seconds);
  if (t < 60) return `${t} s`;
  if (t < 3600) return `${Math.floor(t / 60)} min ${String(t % 60).padStart(2, "0")} s`;
  return `${Math.floor(t / 3600)} h ${String(Math.floor((t % 3600) / 60)).padStart(2, "0")} min`;
}

/** 12345 → `12,345`: fixed grouping, independent of the locale. */
export function groupThousands(n: number): string {
  const s = String(Math.trunc(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A running count for loops of unknown length. On a terminal one line is
 * redrawn at most every `ttyEvery` ms; elsewhere (logs, CI) a plain line is
 * written at most every `plainEvery` ms, so a long run never floods its log.
 * A run shorter than the first interval shows nothing.
 *
 * @example
 * const c = createCounter({ write: (s) => process.stderr.write(s), isTTY: process.stderr.isTTY }, { verb: "checked" });
 * for (const a of articles) { check(a); c.add(); }
 * c.done(); // "checked 37,554 articles (412 articles/s, 91.2 s)"
 */
export function createCounter(target: ProgressTarget, options: CounterOptions): Counter {
  const now = target.now ?? Date.now;
  const noun = options.noun ?? "articles";
  const every = target.isTTY ? options.ttyEvery ?? 100 : options.plainEvery ?? 5000;
  const started = now();
  let n = 0, last = started, shown = false;
  const line = (t: number) => {
    const s = (t - started) / 1000;
    const rate = s > 0 ? `${groupThousands(n / s)} ${noun}/s, ` : "";
    const of = options.total !== undefined ? ` of ${groupThousands(options.total)}` : "";
    const left = options.total !== undefined && n > 0 && n < options.total ? `, ${clock(((options.total - n) * s) / n)} left` : "";
    return `${options.verb} ${groupThousands(n)}${of} ${noun} (${rate}${s.toFixed(1)} s${left})`;
  };
  const fit = (s: string) => (target.columns && s.length >= target.columns ? s.slice(0, target.columns - 1) : s);
  const show = (t: number, end: boolean) => {
    shown = true;
    last = t;
    if (target.isTTY) target.write(`\r\x1b[2K${fit(line(t))}${end ? "\n" : ""}`);
    else target.write(`${line(t)}\n`);
  };
  return {
    add(k = 1) {
      n += k;
      const t = now();
      if (t - last >= every) show(t, false);
    },
    done() { if (shown) show(now(), true); },
  };
}
