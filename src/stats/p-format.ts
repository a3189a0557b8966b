/** Below this a p-value is an underflow (a double that small is usually exactly 0), not a measured p. */
export const P_FLOOR = 1e-300;

/**
 * The text for a p-value too small to print, or undefined when it prints as
 * it is: "< 1e-300" below {@link P_FLOOR}, and with `digits` d, "< 0.001"
 * (d = 3) for a p that d digits would round to zero. A test never shows
 * p = 0, and "0" or "0.000" reads as if it did (issue 11 finding 10). The
 * one rule for tables (tables/number-format formatPValue) and charts.
 *
 * @example
 * pValueBelow(0); // => "< 1e-300"
 * pValueBelow(0.00004, 3); // => "< 0.001"
 * pValueBelow(0.02, 3); // => undefined
 */
export function pValueBelow(p: number, digits?: number): string | undefined {
  if (p < P_FLOOR) return `< ${String(P_FLOOR)}`;
  if (digits !== undefined && p < 0.5 * 10 ** -digits && Number(p.toFixed(digits)) === 0) return `< ${(10 ** -digits).toFixed(digits)}`;
  return undefined;
}
