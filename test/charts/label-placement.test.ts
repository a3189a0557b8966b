import { overlaps, placeLabels } from "../../src/charts/label-placement";

const bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };

describe("placeLabels", () => {
  it("puts a lone label to the right of its point", () => {
    const [p] = placeLabels([{ x: 50, y: 50, width: 30, height: 10 }], { bounds, offset: 4 });
    expect(p).toMatchObject({ dx: 4, dy: 0, xanchor: "left", yanchor: "middle", box: { x0: 54, y0: 45, x1: 84, y1: 55 } });
  });
  it("moves to the left when the right side leaves the bounds", () => {
    const [p] = placeLabels([{ x: 190, y: 50, width: 30, height: 10 }], { bounds });
    expect(p?.xanchor).toBe("right");
  });
  it("never lets two placed labels or a label and an obstacle overlap, and skips what cannot be placed", () => {
    const pts = Array.from({ length: 40 }, (_, i) => ({ x: 20 + (i % 8) * 22, y: 15 + Math.floor(i / 8) * 18, width: 40, height: 10 }));
    const obstacles = pts.map((p) => ({ x0: p.x - 3, y0: p.y - 3, x1: p.x + 3, y1: p.y + 3 }));
    const placed = placeLabels(pts, { bounds, obstacles });
    const boxes = placed.filter((p) => p !== null).map((p) => p!.box);
    expect(boxes.length).toBeGreaterThan(0);
    expect(placed.some((p) => p === null)).toBe(true);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    boxes.forEach((a) => obstacles.forEach((o) => expect(overlaps(a, o)).toBe(false)));
    boxes.forEach((a) => expect(a.x0 >= 0 && a.y0 >= 0 && a.x1 <= 200 && a.y1 <= 100).toBe(true));
  });
  it("gives priority to labels earlier in the list and is deterministic", () => {
    const two = [{ x: 100, y: 50, width: 60, height: 10 }, { x: 100, y: 50, width: 60, height: 10 }];
    const a = placeLabels(two, { bounds: { x0: 0, y0: 40, x1: 165, y1: 60 } });
    expect(a[0]?.xanchor).toBe("left");
    expect(a[1]?.xanchor).toBe("right");
    expect(placeLabels(two, { bounds })).toEqual(placeLabels(two, { bounds }));
  });
});
