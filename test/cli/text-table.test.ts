import { textTable } from "../../src/cli/text-table";

it("aligns text left and numbers (and their header) right", () => {
  expect(textTable(["name", "n"], [["tass", 3], ["yahoo", 12]])).toBe(["name    n", "-----  --", "tass    3", "yahoo  12"].join("\n"));
});
