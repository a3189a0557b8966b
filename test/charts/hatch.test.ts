import { hatchPath } from "../../src/charts/hatch";

/** The segments of a path of M…L… pairs. */
const segments = (p: string) => [...p.matchAll(/M([-\d.e]+),([-\d.e]+)L([-\d.e]+),([-\d.e]+)/g)].map((m) => m.slice(1).map(Number));

describe("hatchPath", () => {
  const r = { x0: 0.2, x1: 0.6, y0: 1, y1: 1.7 };
  it("keeps every line inside the rectangle", () => {
    for (const shape of ["/", "\\", "x", "-", "|"]) {
      const segs = segments(hatchPath(r, shape, 300, 40));
      expect(segs.length).toBeGreaterThan(2);
      for (const [xa, ya, xb, yb] of segs) for (const [x, y] of [[xa, ya], [xb, yb]]) {
        expect(x).toBeGreaterThanOrEqual(0.2 - 1e-9); expect(x).toBeLessThanOrEqual(0.6 + 1e-9);
        expect(y).toBeGreaterThanOrEqual(1 - 1e-9); expect(y).toBeLessThanOrEqual(1.7 + 1e-9);
      }
    }
  });
  it("draws diagonals at 45° on the page whatever the axis scales", () => {
    for (const [xa, ya, xb, yb] of segments(hatchPath(r, "/", 300, 40))) expect(((yb - ya) * 40) / ((xb - xa) * 300)).toBeCloseTo(1, 3);
    for (const [xa, ya, xb, yb] of segments(hatchPath(r, "\\", 300, 40))) expect(((yb - ya) * 40) / ((xb - xa) * 300)).toBeCloseTo(-1, 3);
  });
  it("spaces lines by the spacing in px and anchors them to the page grid", () => {
    const ys = segments(hatchPath({ x0: 0, x1: 1, y0: 0, y1: 1 }, "-", 10, 10, 5)).map((s) => s[1]);
    expect(ys).toEqual([0, 0.5, 1]);
    expect(hatchPath({ x0: 0, x1: 1, y0: 0, y1: 1 }, "", 10, 10)).toBe("");
    expect(hatchPath({ x0: 0, x1: 0, y0: 0, y1: 1 }, "/", 10, 10)).toBe("");
  });
  it("draws dots as small closed squares", () => {
    expect(hatchPath({ x0: 0, x1: 1, y0: 0, y1: 1 }, ".", 10, 10, 5)).toMatch(/^(M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+Z){4}$/);
  });
});
