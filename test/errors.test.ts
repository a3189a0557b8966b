import { FramediffError, formatProblem } from "../src/errors";

describe("formatProblem", () => {
  it("puts file, line and field first, then what was found and what to do", () => {
    expect(formatProblem({ code: "missing-field", file: "c.jsonl", line: 12, field: "outlet", message: "missing value.", hint: "give every article an outlet." }))
      .toBe('c.jsonl:12 field "outlet": missing value. Fix: give every article an outlet.');
  });
  it("names the article when no field is given", () => {
    expect(formatProblem({ code: "x", file: "m.json", articleId: "a1", message: "bad." })).toBe('m.json article "a1": bad.');
  });
  it("works without a location", () => {
    expect(formatProblem({ code: "x", message: "bad." })).toBe("bad.");
  });
});

describe("FramediffError", () => {
  it("keeps every problem and says how many more there are", () => {
    const e = new FramediffError([{ code: "a", file: "f", message: "one." }, { code: "b", file: "f", message: "two." }, { code: "c", message: "three." }]);
    expect(e.message).toBe("f: one. (and 2 more problems)");
    expect(e.problems).toHaveLength(3);
    expect(Object.isFrozen(e.problems)).toBe(true);
    expect(e).toBeInstanceOf(Error);
  });
  it("needs at least one problem", () => {
    expect(() => new FramediffError([])).toThrow(/at least one problem/);
  });
});
