import { accessSync, constants, statSync } from "node:fs";
import { FramediffError } from "../errors";

/** Where framediff looks for a browser when neither the option nor FRAMEDIFF_CHROMIUM names one. */
export const CHROMIUM_CANDIDATES: readonly string[] = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const INSTALL_HINT = "install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; " +
  "`bash scripts/setup.sh` does it for you), or set FRAMEDIFF_CHROMIUM=/path/to/chrome.";

/**
 * The Chromium or Chrome executable to export figures with: the `chromium` option,
 * else the environment variable FRAMEDIFF_CHROMIUM, else the first of
 * `CHROMIUM_CANDIDATES` that exists. A path that was asked for but is not an executable
 * file is an error (never silently replaced by another browser).
 */
export function resolveChromium(option?: string, env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES): string {
  if (option !== undefined && option !== "") return checked(option, "the `chromium` option");
  const fromEnv = env.FRAMEDIFF_CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== "") return checked(fromEnv, "FRAMEDIFF_CHROMIUM");
  const found = candidates.find(isExecutableFile);
  if (found !== undefined) return found;
  throw new FramediffError({
    code: "no-browser",
    message: `no Chromium found to export figures (looked for ${candidates.join(", ")}).`,
    hint: INSTALL_HINT,
  });
}

function checked(path: string, from: string): string {
  if (isExecutableFile(path)) return path;
  throw new FramediffError({
    code: "no-browser", file: path,
    message: `${from} names a browser that is not an executable file.`,
    hint: `point it at Chromium or Chrome, or ${INSTALL_HINT}`,
  });
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
