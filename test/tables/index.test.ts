import * as tables from "../../src/tables/index";

it("the tables barrel re-exports the public API", () => {
  for (const name of ["flattenRows", "flatTable", "isFlatTable", "COLUMN_DOCS", "documentedColumns", "intervalDocs", "columnTypes", "formatNumber", "toCsv", "resultToCsv", "escapeLatex", "latexColumns", "toLatex", "toDataFrame"]) {
    expect({ name, exported: name in tables }).toEqual({ name, exported: true });
  }
});
