import { clock as clockText, createCounter, createProgress, groupThousands } from "../../src/cli/progress";

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

describe("issue 8 finding 4: check streams (counter progress)", () => {
  const clock = () => { let t = 0; return { now: () => t, advance: (ms: number) => { t += ms; } }; };

  it("groups thousands with commas whatever the locale", () => {
    expect([0, 999, 1000, 12345, 1234567, 3.7].map(groupThousands)).toEqual(["0", "999", "1,000", "12,345", "1,234,567", "3"]);
  });

  it("off a terminal writes at most one plain line per interval, however many items come", () => {
    const c0 = clock();
    let out = "";
    const c = createCounter({ write: (s) => { out += s; }, now: c0.now }, { verb: "checked", plainEvery: 5000 });
    for (let i = 0; i < 30_000; i++) { c0.advance(1); c.add(); } // 30 s, 1,000 items a second
    c.done();
    // 5 s, 10 s, ... 30 s, then the final line: 7 lines for 30,000 items
    expect(out.split("\n").slice(0, -1)).toEqual([
      "checked 5,000 articles (1,000 articles/s, 5.0 s)", "checked 10,000 articles (1,000 articles/s, 10.0 s)",
      "checked 15,000 articles (1,000 articles/s, 15.0 s)", "checked 20,000 articles (1,000 articles/s, 20.0 s)",
      "checked 25,000 articles (1,000 articles/s, 25.0 s)", "checked 30,000 articles (1,000 articles/s, 30.0 s)",
      "checked 30,000 articles (1,000 articles/s, 30.0 s)",
    ]);
    expect(out).not.toMatch(/\r|\x1b/);
  });

  it("with a known total, says of how many and the time left at the current rate", () => {
    const c0 = clock();
    let out = "";
    const c = createCounter({ write: (s) => { out += s; }, now: c0.now }, { verb: "mapped", plainEvery: 5000, total: 400_000 });
    for (let i = 0; i < 10_000; i++) { c0.advance(1); c.add(); } // 1,000 a second: 390,000 left take 390 s
    expect(out.split("\n").slice(0, -1)).toEqual([
      "mapped 5,000 of 400,000 articles (1,000 articles/s, 5.0 s, 6 min 35 s left)",
      "mapped 10,000 of 400,000 articles (1,000 articles/s, 10.0 s, 6 min 30 s left)",
    ]);
  });

  it("formats an ETA in whole seconds, minutes or hours", () => {
    expect([0.4, 59.4, 60, 3599, 3600, 7322].map(clockText)).toEqual(["0 s", "59 s", "1 min 00 s", "59 min 59 s", "1 h 00 min", "2 h 02 min"]);
  });

  it("shows nothing for a run shorter than the first interval", () => {
    const c0 = clock();
    let out = "";
    const c = createCounter({ write: (s) => { out += s; }, now: c0.now, isTTY: true }, { verb: "checked" });
    c0.advance(99);
    c.add(500);
    c.done();
    expect(out).toBe("");
  });

  it("on a terminal redraws one line in place, cut to the width, and ends it with a newline", () => {
    const c0 = clock();
    let out = "";
    const c = createCounter({ write: (s) => { out += s; }, now: c0.now, isTTY: true, columns: 30 }, { verb: "read", noun: "lines", ttyEvery: 100 });
    c0.advance(250); c.add(12_345);
    c0.advance(50); c.add(); // too soon to redraw
    c0.advance(50); c.add();
    c.done();
    expect(out).toBe([
      "\r\x1b[2Kread 12,345 lines (49,380 lin",
      "\r\x1b[2Kread 12,347 lines (35,277 lin",
      "\r\x1b[2Kread 12,347 lines (35,277 lin\n",
    ].join(""));
  });
});
