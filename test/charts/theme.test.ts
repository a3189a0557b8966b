import { notebookTheme, paperTheme } from "../../src/charts/theme";
import { fmt, pct, slug, truncate, wrap } from "../../src/charts/text";

describe("paperTheme", () => {
  it("is 3.5 in or 7.2 in wide at 96 px per inch, 8 pt ticks and 9 pt titles, white, no grid", () => {
    const one = paperTheme({ width: "one-column", font: "serif" });
    expect(one.width).toBe(336);
    expect(paperTheme().width).toBe(691);
    expect(one.fontSize).toBeCloseTo((8 * 96) / 72, 2);
    expect(one.axisTitleSize).toBeCloseTo((9 * 96) / 72, 2);
    expect(one.fontFamily).toMatch(/Times/);
    expect(paperTheme().fontFamily).toMatch(/Arial/);
    expect(one).toMatchObject({ background: "#ffffff", grid: false, interactive: false, dpi: 300, pxPerInch: 96 });
  });
  it("checks its options with a message naming them", () => {
    expect(() => paperTheme({ width: "three-column" as "one-column" })).toThrow(/invalid width/);
    expect(() => paperTheme({ font: "mono" as "sans" })).toThrow(/invalid font/);
    expect(() => paperTheme({ fontSize: 40 })).toThrow(/invalid fontSize/);
  });
  it("has a notebook variant: interactive, gridlines, larger type", () => {
    expect(notebookTheme()).toMatchObject({ interactive: true, grid: true, width: 760 });
    expect(() => notebookTheme({ width: 10 })).toThrow(/invalid width/);
  });
});

describe("text helpers", () => {
  it("wraps at spaces, keeps no-break spaces, never splits a word", () => {
    expect(wrap("what each outlet calls it", 10)).toBe("what each<br>outlet<br>calls it");
    expect(wrap("n\u00a0=\u00a0uses and more", 5)).toBe("n\u00a0=\u00a0uses<br>and<br>more");
  });
  it("formats numbers with a true minus, shares as percentages, null as a dash", () => {
    expect([fmt(-0.125, 2), fmt(0.5), fmt(-0.0001, 2), fmt(null), pct(0.256), pct(null)]).toEqual(["\u22120.13", "0.50", "0.00", "–", "26%", "–"]);
  });
  it("makes file-safe names and shortens text to a width", () => {
    expect(slug("Mevlüt Çavuşoğlu")).toBe("mevlut-cavusoglu");
    expect(truncate("biological laboratory", 50, 10, paperTheme())).toMatch(/…$/);
    expect(truncate("war", 50, 10, paperTheme())).toBe("war");
  });
});
