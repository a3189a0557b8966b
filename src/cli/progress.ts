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
