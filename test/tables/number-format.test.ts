import { checkPrecision, formatNumber } from "../../src/tables/number-format";

describe("formatNumber", () => {
  it("writes the shortest round-trip form by default", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(Number(formatNumber(0.1 + 0.2))).toBe(0.1 + 0.2);
    expect(formatNumber(1e-7)).toBe("1e-7");
    expect(formatNumber(123456789012)).toBe("123456789012");
    expect(formatNumber(-2.5)).toBe("-2.5");
  });

  it("writes -0 as 0, NaN as NaN and infinities as Inf", () => {
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(NaN)).toBe("NaN");
    expect(formatNumber(Infinity)).toBe("Inf");
    expect(formatNumber(-Infinity)).toBe("-Inf");
    expect(formatNumber(NaN, 3)).toBe("NaN");
    expect(formatNumber(-Infinity, 3)).toBe("-Inf");
  });

  it("rounds to a fixed precision, the double's exact value half away from zero, with no negative zero", () => {
    expect(formatNumber(0.12345, 3)).toBe("0.123");
    expect(formatNumber(1.005, 2)).toBe("1.00"); // 1.005 is stored as 1.00499999999999989...
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(-2.5, 0)).toBe("-3");
    expect(formatNumber(-0.0004, 3)).toBe("0.000");
    expect(formatNumber(-0, 2)).toBe("0.00");
    expect(formatNumber(-0.4, 0)).toBe("0");
    expect(formatNumber(-0.0006, 3)).toBe("-0.001");
    expect(formatNumber(3, 2)).toBe("3.00");
  });

  it("rejects a precision toFixed cannot take", () => {
    expect(() => formatNumber(1, -1)).toThrow("invalid precision: -1 (use a whole number of digits after the decimal point, 0 to 100)");
    expect(() => formatNumber(1, 1.5)).toThrow("invalid precision: 1.5");
    expect(() => checkPrecision("3", "digits")).toThrow("invalid digits: 3");
  });
});
