/**
 * Runs one benchmark command as a child process and measures its own wall
 * time and peak resident memory, with a time limit after which the child (and
 * only its own process group) is killed. Peak RSS comes from `/usr/bin/time -v`
 * when it exists, else from the child itself via `--require rss-reporter`.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** How a child run ended. `peakRssMB` is undefined when it could not be read (killed, crashed). */
export interface ChildRun {
  seconds: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  peakRssMB?: number;
  /** The last ~4 KB of each stream, for messages. */
  stdoutTail: string;
  stderrTail: string;
}

export interface ChildOptions {
  /** Kill the child after this many seconds. */
  timeoutSeconds: number;
  /** How to read peak RSS; defaults to rssMethod(). */
  rss?: "time" | "require";
}

const TAIL = 4096;
const TIME = "/usr/bin/time";
const running = new Set<number>();
let onInterrupt: (() => void) | undefined;

function killGroup(pid: number): void {
  try { process.kill(-pid, "SIGKILL"); } catch { /* already gone */ }
}

/** How peak RSS is read by default: `time` when /usr/bin/time exists and BENCH_STRESS_RSS is not `require`. */
export function rssMethod(): "time" | "require" {
  return existsSync(TIME) && process.env.BENCH_STRESS_RSS !== "require" ? "time" : "require";
}

/**
 * Runs `node ...args` and resolves when it exits or is killed at the limit.
 *
 * @example
 * const r = await runNode(["dist/cli/main.js", "check", "c.jsonl"], { timeoutSeconds: 60 });
 * r.seconds; r.peakRssMB; r.timedOut;
 */
export function runNode(args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  const method = options.rss ?? rssMethod();
  // Ctrl-C on the benchmark ends the children it started (they run in their own process groups).
  onInterrupt ??= () => { for (const pid of running) killGroup(pid); process.exit(130); };
  process.once("SIGINT", onInterrupt);
  const dir = mkdtempSync(join(tmpdir(), "framediff-child-"));
  const report = join(dir, "rss");
  const [cmd, argv] = method === "time"
    ? [TIME, ["-v", "-o", report, process.execPath, ...args]]
    : [process.execPath, ["--require", join(__dirname, "rss-reporter.js"), ...args]];
  const env = method === "require" ? { ...process.env, FRAMEDIFF_BENCH_RSS_FILE: report } : process.env;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
    if (child.pid !== undefined) running.add(child.pid);
    let stdoutTail = "", stderrTail = "", timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => { stdoutTail = (stdoutTail + s).slice(-TAIL); });
    child.stderr.setEncoding("utf8").on("data", (s: string) => { stderrTail = (stderrTail + s).slice(-TAIL); });
    const timer = setTimeout(() => { timedOut = true; if (child.pid !== undefined) killGroup(child.pid); }, options.timeoutSeconds * 1000);
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      process.off("SIGINT", onInterrupt!);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const peakRssMB = readPeakRss(report, method);
      rmSync(dir, { recursive: true, force: true });
      resolve({ seconds, exitCode, signal, timedOut, peakRssMB, stdoutTail, stderrTail });
    });
  });
}

/** Peak RSS in MB (10^6 bytes) from the report file, or undefined. */
function readPeakRss(file: string, method: "time" | "require"): number | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const kb = method === "time" ? /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] : text.trim();
  return kb ? (Number(kb) * 1024) / 1e6 : undefined;
}
