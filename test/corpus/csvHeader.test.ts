import { csvHeader } from "../../src/corpus/csvHeader";
import { FramediffError } from "../../src/errors";

const REQUIRED = Object.freeze(["id", "outlet", "text"]);

function error(cells: string[]): FramediffError {
  try {
    csvHeader(Object.freeze(cells), "c.csv", 1, REQUIRED);
  } catch (e) {
    if (e instanceof FramediffError) return e;
    throw e;
  }
  throw new Error("expected a FramediffError");
}

describe("csvHeader", () => {
  it("trims and composes names, and names empty ones by position", () => {
    expect(csvHeader(["id", " outlet ", "text", "", "Mevlu\u0308t"], "c.csv", 1, REQUIRED))
      .toEqual(["id", "outlet", "text", "column_4", "Mevlüt"]);
  });

  it("names every missing required column in one problem", () => {
    const e = error(["id", "title", "body"]);
    expect(e.problems).toEqual([expect.objectContaining({ code: "missing-column", file: "c.csv", line: 1, field: "outlet, text" })]);
    expect(e.message).toBe('c.csv:1 field "outlet, text": the header row lacks the required columns "outlet", "text" (found: id, title, body). '
      + "Fix: make the first row a header naming at least the columns id, outlet, text.");
  });

  it("rejects a repeated column", () => {
    expect(error(["id", "outlet", "text", "outlet"]).problems[0]).toMatchObject({ code: "duplicate-column", field: "outlet" });
  });
});
