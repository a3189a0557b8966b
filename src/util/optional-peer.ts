import { FramediffError } from "../errors";

/** An optional peer dependency (package.json peerDependenciesMeta), or a one-line error saying how to install it. */
export function optionalPeer(name: string, user: string): unknown {
  try {
    return require(name);
  } catch (e) {
    // only the peer itself missing; a module missing inside it is its own fault
    if ((e as { code?: string }).code !== "MODULE_NOT_FOUND" || !String((e as Error).message).includes(`'${name}'`)) throw e;
    throw new FramediffError([{ code: "missing-dependency", message: `${user} needs ${name}, an optional dependency that is not installed.`, hint: `run \`npm install ${name}\` beside framediff (with framediff's "overrides" in your package.json, see README "Using it").` }]);
  }
}
