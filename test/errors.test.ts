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

describe("issue 8 finding 9: control characters are escaped in messages", () => {
  it("escapes ESC sequences, CR, bidi overrides and line breaks in an outlet name, keeping the line one line", () => {
    const outlet = "ta\u001b[2J\u001b]0;pwned\u0007ss\r\u202eevil\u202c\u2066x\u2069\nnext\ttab";
    const line = formatProblem({ code: "unknown-outlet", file: "m.json", line: 3, field: "outlet", message: `unknown outlet "${outlet}".`, hint: "list it." });
    expect(line).toBe('m.json:3 field "outlet": unknown outlet "ta\\x1b[2J\\x1b]0;pwned\\x07ss\\r\\u202eevil\\u202c\\u2066x\\u2069\\nnext\\ttab". Fix: list it.');
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it("escapes C1 controls (U+009B is a one-character CSI) and DEL in the file, article id and hint", () => {
    expect(formatProblem({ code: "x", file: "a\u009b31mb.jsonl", articleId: "id\u007f\u0085", message: "bad.", hint: "fix\u0000 it." }))
      .toBe('a\\u009b31mb.jsonl article "id\\x7f\\u0085": bad. Fix: fix\\x00 it.');
  });

  it("shows half an emoji as U+FFFD, keeps whole ones, and leaves backslashes as they are", () => {
    expect(formatProblem({ code: "x", field: "outlet", message: "cut \ud83d here, whole \ud83d\ude00, stray \ude00, a \\n written out." }))
      .toBe('field "outlet": cut \ufffd here, whole \ud83d\ude00, stray \ufffd, a \\n written out.');
  });

  it("carries the escaped line into FramediffError's message", () => {
    expect(new FramediffError({ code: "x", articleId: "a\u001b[31m", message: "bad." }).message).toBe('article "a\\x1b[31m": bad.');
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
