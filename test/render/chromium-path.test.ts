import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FramediffError } from "../../src/errors";
import { exportFigures, resolveChromium, type FigureSpec } from "../../src/render/index";

const spec: FigureSpec = { name: "x", width: 100, height: 100, figure: { data: [{ type: "bar", y: [1] }], layout: {} } };
const dir = mkdtempSync(join(tmpdir(), "framediff-chromium-"));
const fakeBrowser = join(dir, "chrome");
writeFileSync(fakeBrowser, "#!/bin/sh\nexit 0\n");
chmodSync(fakeBrowser, 0o755);
const notExecutable = join(dir, "not-executable");
writeFileSync(notExecutable, "");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function caught(work: () => unknown): Promise<FramediffError> {
  try { await work(); } catch (e) { if (e instanceof FramediffError) return e; throw e; }
  throw new Error("expected a FramediffError");
}

describe("resolveChromium", () => {
  it("takes the option first, then FRAMEDIFF_CHROMIUM, then the first candidate that exists", () => {
    expect(resolveChromium(fakeBrowser, { FRAMEDIFF_CHROMIUM: "/nonexistent" })).toBe(fakeBrowser);
    expect(resolveChromium(undefined, { FRAMEDIFF_CHROMIUM: fakeBrowser })).toBe(fakeBrowser);
    expect(resolveChromium(undefined, {}, ["/nonexistent", fakeBrowser])).toBe(fakeBrowser);
    expect(resolveChromium("", { FRAMEDIFF_CHROMIUM: "" }, [fakeBrowser])).toBe(fakeBrowser);
  });

  it("says how to install a browser when there is none", async () => {
    const e = await caught(() => resolveChromium(undefined, {}, ["/nonexistent/chromium", "/nonexistent/chrome"]));
    expect(e.problems[0].code).toBe("no-browser");
    expect(e.message).toBe("no Chromium found to export figures (looked for /nonexistent/chromium, /nonexistent/chrome). " +
      "Fix: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; `bash scripts/setup.sh` does it for you), " +
      "or set FRAMEDIFF_CHROMIUM=/path/to/chrome.");
  });

  it("never replaces a browser that was asked for but is missing or not executable", async () => {
    for (const [option, env, from] of [
      ["/nonexistent", {}, "the `chromium` option"],
      [undefined, { FRAMEDIFF_CHROMIUM: "/nonexistent" }, "FRAMEDIFF_CHROMIUM"],
      [notExecutable, {}, "the `chromium` option"],
      [dir, {}, "the `chromium` option"],
    ] as const) {
      const e = await caught(() => resolveChromium(option, env, [fakeBrowser]));
      expect(e.message).toContain(`${from} names a browser that is not an executable file.`);
      expect(e.message).toContain("apt-get install chromium");
      expect(e.message).toContain("FRAMEDIFF_CHROMIUM=/path/to/chrome");
      expect(e.problems[0].file).toBe(option ?? "/nonexistent");
    }
  });
});

describe("exportFigures without a browser", () => {
  const saved = process.env.FRAMEDIFF_CHROMIUM;
  afterEach(() => { if (saved === undefined) delete process.env.FRAMEDIFF_CHROMIUM; else process.env.FRAMEDIFF_CHROMIUM = saved; });

  it("rejects with the clear error for a missing `chromium` option", async () => {
    const e = await caught(() => exportFigures([spec], join(dir, "out1"), { chromium: "/nonexistent/chrome" }));
    expect(e.message).toMatch(/^\/nonexistent\/chrome: the `chromium` option names a browser .* apt-get install chromium.*FRAMEDIFF_CHROMIUM/);
  });

  it("rejects with the clear error for a missing FRAMEDIFF_CHROMIUM", async () => {
    process.env.FRAMEDIFF_CHROMIUM = "/nonexistent";
    const e = await caught(() => exportFigures([spec], join(dir, "out2")));
    expect(e.message).toMatch(/^\/nonexistent: FRAMEDIFF_CHROMIUM names a browser that is not an executable file\. Fix: .*apt-get install chromium/);
  });

  it("says which browser would not start", async () => {
    const e = await caught(() => exportFigures([spec], join(dir, "out3"), { chromium: fakeBrowser }));
    expect(e.problems[0]).toMatchObject({ code: "browser-launch-failed", file: fakeBrowser });
    expect(e.message).toMatch(/Chromium did not start: .*Fix: check that this browser runs/);
  }, 90_000);
});
