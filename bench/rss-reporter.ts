/**
 * Loaded with `node --require` into a benchmark child when /usr/bin/time is
 * missing: at exit, writes the process's own peak RSS (kilobytes) to the file
 * named by FRAMEDIFF_BENCH_RSS_FILE. A child killed by a signal writes nothing.
 */
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.FRAMEDIFF_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
