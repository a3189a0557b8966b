/** Throws unless a result has the kind a chart draws (quanteda's textplot_* accept only their textstat_* kind). */
export function expectKind(chart: string, result: { readonly kind: string } | null | undefined, kind: string): void {
  if (!result || typeof result !== "object") throw new Error(`${chart} needs a "${kind}" result, got ${result === null ? "null" : typeof result}`);
  if (result.kind !== kind) throw new Error(`${chart} needs a "${kind}" result, got a "${result.kind}" result`);
}

/** Throws unless `value` is one of `allowed`, naming the option. */
export function expectOneOf<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new Error(`invalid ${option}: ${JSON.stringify(value)} (use ${allowed.map((a) => `"${a}"`).join(", ")})`);
  return value as T;
}
