/**
 * Colour on a terminal, and only there: never when NO_COLOR is set to
 * anything but the empty string (https://no-color.org), TERM is "dumb", or
 * the stream is not a TTY (a pipe, a log, CI). Only the leading
 * `framediff <command>:` of an error or warning line is coloured, so a line
 * reads the same without colour.
 */
export function colourEnabled(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return env.TERM !== "dumb";
}

const CODES = { error: "31", warning: "33", dim: "2" } as const;

/** `text` in the colour of `kind` when `on`, else unchanged. */
export function paint(kind: keyof typeof CODES, text: string, on: boolean): string {
  return on ? `\x1b[${CODES[kind]}m${text}\x1b[0m` : text;
}
