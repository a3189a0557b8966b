import { escapeLatex } from "../../src/tables/latex-escape";

describe("escapeLatex", () => {
  it("escapes every LaTeX special", () => {
    expect(escapeLatex("50% of R&D_x {a}~^\\")).toBe("50\\% of R\\&D\\_x \\{a\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
    expect(escapeLatex("$5 #1 <a> | b")).toBe("\\$5 \\#1 \\textless{}a\\textgreater{} \\textbar{} b");
  });

  it("escapes once: a backslash before a special gives two commands", () => {
    expect(escapeLatex("\\&")).toBe("\\textbackslash{}\\&");
    expect(escapeLatex("\\textbf{x}")).toBe("\\textbackslash{}textbf\\{x\\}");
  });

  it("keeps -- as two hyphens and turns line breaks, tabs and control characters into spaces", () => {
    expect(escapeLatex("a--b---c")).toBe("a-{}-b-{}-{}-c");
    expect(escapeLatex("one\ntwo\r\nthree\rfour\tfive\u0000six")).toBe("one two three four five six");
  });

  it("leaves non-ASCII text as UTF-8", () => {
    expect(escapeLatex("Київ – über “quoted”")).toBe("Київ – über “quoted”");
    expect(escapeLatex("")).toBe("");
  });
});
