import { textTable } from "../../src/cli/text-table";

it("aligns text left and numbers (and their header) right", () => {
  expect(textTable(["name", "n"], [["tass", 3], ["yahoo", 12]])).toBe(["name    n", "-----  --", "tass    3", "yahoo  12"].join("\n"));
});

describe("issue 8 finding 9: control characters in outlet names do not reach the terminal", () => {
  it("escapes ESC, CR and a bidi override in cells and keeps the columns aligned", () => {
    const { textTable } = require("../../src/cli/text-table") as typeof import("../../src/cli/text-table");
    const out = textTable(["outlet", "articles"], [["evil\u001b[2J\rname\u202e", 3], ["ok", 12]]);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain("evil\\x1b[2J\\rname\\u202e");
    const lines = out.split("\n");
    expect(lines[2].length).toBe(lines[3].length);
  });
});
