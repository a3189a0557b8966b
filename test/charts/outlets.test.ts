import { columnTick, outletKey, outletLabelsOf, outletStyles } from "../../src/charts/outlets";
import { OKABE_ITO, OUTLET_DASHES, OUTLET_SYMBOLS } from "../../src/charts/palette";
import { paperTheme } from "../../src/charts/theme";

describe("outletStyles", () => {
  it("gives colours in code-unit order of the ids, whatever order they come in", () => {
    const s = outletStyles(["yahoo", "tass", "src000"]);
    expect([...s.keys()]).toEqual(["src000", "tass", "yahoo"]);
    expect([...s.values()].map((x) => x.color)).toEqual(OKABE_ITO.slice(0, 3));
    expect(s.get("tass")).toMatchObject({ symbol: OUTLET_SYMBOLS[1], dash: OUTLET_DASHES[1], label: "tass" });
  });
  it("keeps an outlet's colour when a result lacks other outlets, given the study's outlets", () => {
    const all = ["a", "b", "c"];
    expect(outletStyles(["c"], { outlets: all }).get("c")!.color).toBe(outletStyles(all).get("c")!.color);
  });
  it("takes user colours and labels", () => {
    const s = outletStyles(["a", "b"], { outletColors: { b: "#123456" }, outletLabels: outletLabelsOf([{ id: "a", label: "Agency A" }]) });
    expect(s.get("b")!.color).toBe("#123456");
    expect(s.get("a")!.label).toBe("Agency A");
  });
  it("varies symbol and dash when colours repeat past eight outlets", () => {
    const s = outletStyles(Array.from({ length: 10 }, (_, i) => `o${i}`));
    expect(s.get("o8")!.color).toBe(s.get("o0")!.color);
    expect(s.get("o8")!.symbol).not.toBe(s.get("o0")!.symbol);
  });
});

describe("column labels", () => {
  const theme = paperTheme({ width: "one-column" });
  const style = outletStyles(["src000"], { outletLabels: { src000: "Outlet unknown (000, translated)" } }).get("src000")!;
  it("falls back to the id when the name does not fit, and says so in a key", () => {
    expect(columnTick(style, 30, theme)).toBe("src000");
    expect(outletKey(new Map([["src000", style]]), new Map([["src000", "src000"]]))).toBe("Columns: src000 = Outlet unknown (000, translated).");
    expect(columnTick(style, 200, theme)).toBe("Outlet unknown (000,<br>translated)");
  });
});
