import { createProgress } from "../../src/cli/progress";

it("writes one plain line per stage off a terminal", () => {
  let out = "";
  const p = createProgress(2, { write: (s) => { out += s; } });
  p.step("parse"); p.step("features"); p.done();
  expect(out).toBe("[1/2] parse\n[2/2] features\n");
});

it("redraws a bar on a terminal and ends with a newline", () => {
  let out = "";
  const p = createProgress(2, { write: (s) => { out += s; }, isTTY: true, columns: 80 });
  p.step("parse");
  expect(out).toMatch(/^\r\x1b\[2K\[-+\] 1\/2 parse$/);
  p.done();
  expect(out.endsWith("\n")).toBe(true);
  expect(out).toMatch(/2\/2 done/);
});
