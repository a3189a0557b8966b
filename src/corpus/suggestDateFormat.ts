import { compileDateFormat, type DateFormat } from "./dateFormat";
import { impossibleDate } from "./calendar";

/** Formats real news exports carry, tried in this order when a date is not ISO 8601. */
const CANDIDATES: readonly string[] = Object.freeze([
  "M/D/YY", "M/D/YYYY", "D/M/YY", "D/M/YYYY", "D.M.YYYY", "D.M.YY", "M-D-YYYY", "D-M-YYYY", "YYYY/M/D",
  "MMMM D, YYYY", "MMM D, YYYY", "MMMM D YYYY", "MMM D YYYY", "D MMMM YYYY", "D MMM YYYY", "MMMM YYYY",
  "YYYY-MM-DD HH:mm", "YYYY-MM-DD HH:mm:ss", "M/D/YY H:mm", "M/D/YYYY H:mm", "D/M/YYYY H:mm", "D.M.YYYY H:mm",
]);

let compiled: readonly DateFormat[] | undefined;

/**
 * The common date formats that read `value` as a date that exists, in
 * {@link CANDIDATES} order; empty when none does. Used only for the hint of a
 * date that is not ISO 8601, so a format is suggested, never assumed.
 *
 * @example
 * suggestDateFormats("7/23/17"); // => ["M/D/YY"]
 * suggestDateFormats("3/4/2017"); // => ["M/D/YYYY", "D/M/YYYY"]
 */
export function suggestDateFormats(value: string): string[] {
  compiled ??= CANDIDATES.map(compileDateFormat);
  const out: string[] = [];
  for (const format of compiled) {
    const parts = format.match(value);
    if (parts && impossibleDate(parts) === undefined) out.push(format.source);
  }
  return out;
}

/** A format as a shell argument: quoted when it holds spaces or shell characters. */
export function shellWord(format: string): string {
  return /^[A-Za-z0-9/.:_-]+$/.test(format) ? format : `"${format.replace(/(["\\$`])/g, "\\$1")}"`;
}
