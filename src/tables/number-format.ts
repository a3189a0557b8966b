import { pValueBelow } from "../stats/p-format";

/**
 * Writes a number as table text.
 *
 * Without `precision`: the shortest string that reads back as the same
 * double (ECMAScript `String(x)`, e.g. `0.1`, `1e-7`, `123456789012`), so
 * CSV keeps full precision and the same number always gives the same text.
 * With `precision` p (a whole number 0–100): `x.toFixed(p)`, which rounds
 * the double's exact binary value half away from zero (so 1.005 → "1.00",
 * since 1.005 is stored as 1.00499…).
 *
 * Both ways: −0, and a negative number that rounds to zero, are written
 * without a sign ("0", "0.000"); NaN is "NaN", ±Infinity "Inf" and "-Inf"
 * (the spellings R's read.csv and pandas' read_csv both read back as
 * numbers).
 *
 * @example
 * formatNumber(0.1 + 0.2); // => "0.30000000000000004"
 * formatNumber(-0.0004, 3); // => "0.000"
 * formatNumber(-Infinity); // => "-Inf"
 */
export function formatNumber(x: number, precision?: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Inf";
  if (x === -Infinity) return "-Inf";
  if (precision === undefined) return Object.is(x, -0) ? "0" : String(x);
  checkPrecision(precision, "precision");
  const s = x.toFixed(precision);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** Throws unless `p` is a whole number in [0, 100] (what `toFixed` accepts). */
export function checkPrecision(p: unknown, name: string): void {
  if (typeof p !== "number" || !Number.isInteger(p) || p < 0 || p > 100) {
    throw new Error(`invalid ${name}: ${String(p)} (use a whole number of digits after the decimal point, 0 to 100)`);
  }
}

/**
 * Writes a p-value as table text: as {@link formatNumber}, except that a
 * p below 1e-300 (an underflow, usually exactly 0) is "< 1e-300", and with
 * `precision` d a p that would print as zeros is "< 0.001" (for d = 3): a
 * test never proves p = 0, and "0.000" reads as if it did (issue 11 finding
 * 10; the rule is stats/p-format's, shared with the charts). NaN stays "NaN".
 *
 * @example
 * formatPValue(0); // => "< 1e-300"
 * formatPValue(0.00004, 3); // => "< 0.001"
 * formatPValue(0.0123, 3); // => "0.012"
 */
export function formatPValue(x: number, precision?: number): string {
  if (precision !== undefined) checkPrecision(precision, "precision");
  return pValueBelow(x, precision) ?? formatNumber(x, precision);
}
