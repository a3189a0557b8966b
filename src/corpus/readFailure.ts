import { FramediffError } from "../errors";

/**
 * Turns a file-system error into a FramediffError naming `file`; rethrows
 * anything that is not a file-system error.
 */
export function readFailure(error: unknown, file: string): FramediffError {
  if (error instanceof FramediffError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") throw error;
  if (code === "ENOENT") {
    return new FramediffError({ code: "not-found", file, message: "no such file or folder.", hint: "check the path." });
  }
  const reason = code === "EISDIR" ? "it is a folder, not a file" : (error as Error).message;
  return new FramediffError({
    code: "unreadable-file",
    file,
    message: `cannot read the file: ${reason}.`,
    hint: "check the path and the file's permissions.",
  });
}
