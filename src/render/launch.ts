import { chromium, type Browser } from "playwright-core";
import { FramediffError } from "../errors";

/** The flags framediff starts Chromium with (DESIGN.md, "Toolchain facts"). */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

/**
 * Starts headless Chromium through playwright-core. Playwright gives it a fresh
 * temporary profile (user-data-dir) and deletes it on `browser.close()`.
 * A browser that will not start is a FramediffError that says which one and why.
 */
export async function launchChromium(executablePath: string, timeoutMs = 60_000): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS], timeout: timeoutMs });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new FramediffError({
      code: "browser-launch-failed", file: executablePath,
      message: `Chromium did not start: ${first}.`,
      hint: "check that this browser runs (`<path> --version`), or set FRAMEDIFF_CHROMIUM to another Chromium or Chrome.",
    });
  }
}
