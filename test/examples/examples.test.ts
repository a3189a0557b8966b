/**
 * The cluster examples (examples/slurm, examples/kubernetes) checked without a
 * cluster: the YAML parses, the part count N agrees everywhere it is written,
 * the shell scripts run with the variables a scheduler sets and call framediff
 * (a recording stand-in here) with the arguments they promise, and every
 * framediff flag they use is one the README's command synopsis lists.
 * Independent of the build: nothing here runs dist/.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const root = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const SLURM = ["examples/slurm/framediff-array.sbatch", "examples/slurm/framediff-reduce.sbatch", "examples/slurm/submit.sh"];
const KUBE = ["examples/kubernetes/indexed-job.yaml", "examples/kubernetes/reduce-job.yaml"];
const DOCS = ["examples/README.md", "README.md"];

type Command = "map" | "reduce";
interface Invocation { file: string; command: Command; words: string[] }

/** The flags of `framediff map` and `framediff reduce` from the README's "Beyond one machine" synopsis. */
function synopsisFlags(): Record<Command, Set<string>> {
  const readme = read("README.md");
  const start = readme.indexOf("## Beyond one machine");
  const block = start < 0 ? undefined : /```\n([\s\S]*?)```/.exec(readme.slice(start))?.[1];
  if (!block) throw new Error("README.md: the section \"Beyond one machine\" has no ``` block with the map and reduce synopsis");
  const flags = { map: new Set<string>(), reduce: new Set<string>() };
  let command: Command | undefined; // an indented line continues the command above it
  for (const line of block.split("\n")) {
    const m = /^framediff (map|reduce)\b/.exec(line);
    if (m) command = m[1] as Command;
    else if (!/^\s/.test(line)) command = undefined;
    if (command) for (const f of line.match(/--[a-z][a-z-]*/g) ?? []) flags[command].add(f);
  }
  return flags;
}

const COMMAND = /(?:\bframediff|main\.js)\s+(map|reduce)\b([^`#;|)]*)/g;

/** Every framediff map/reduce invocation in a text: shell lines (comments too), markdown code, a YAML args list. */
function invocations(file: string): Invocation[] {
  const text = read(file);
  const pieces: string[] = file.endsWith(".md")
    ? [...text.matchAll(/`([^`]+)`|^ {4}(.*)$/gm)].map((m) => m[1] ?? m[2])
    : text.replace(/\\\n/g, " ").split("\n").map((l) => l.replace(/^\s*#+/, ""));
  const found: Invocation[] = [];
  for (const piece of pieces) {
    for (const m of piece.matchAll(COMMAND)) found.push({ file, command: m[1] as Command, words: m[2].trim().split(/\s+/) });
  }
  if (file.endsWith(".yaml")) {
    for (const c of containers(file)) found.push({ file, command: c.args[0] as Command, words: c.args.slice(1) });
  }
  return found;
}

interface Container { image: string; command: string[]; args: string[]; resources: { requests: { cpu: string } }; volumeMounts: { name: string; mountPath: string }[] }
interface JobDoc {
  apiVersion: string; kind: string; metadata: { name: string };
  spec: { completionMode?: string; completions?: number; parallelism?: number; template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string; persistentVolumeClaim: { claimName: string } }[] } } };
}

function job(file: string): JobDoc {
  const docs = parseAllDocuments(read(file));
  if (!Array.isArray(docs)) throw new Error(`${file}: not a YAML stream`);
  const errors = docs.flatMap((d) => d.errors.map((e) => e.message));
  expect(errors).toEqual([]);
  expect(docs).toHaveLength(1);
  return docs[0].toJS() as JobDoc;
}
const containers = (file: string) => job(file).spec.template.spec.containers;
const valueAfter = (words: readonly string[], flag: string) => {
  const i = words.indexOf(flag);
  return i < 0 ? undefined : words[i + 1];
};

describe("issue 10: cluster examples use only the documented framediff flags", () => {
  const flags = synopsisFlags();

  test("the README synopsis lists both commands' flags", () => {
    // the contract's own flags: map needs a store and a part, reduce an output folder
    expect([...flags.map]).toEqual(expect.arrayContaining(["--store", "--shard", "--shards", "--lexicon", "--jobs"]));
    expect([...flags.reduce]).toEqual(expect.arrayContaining(["--out", "--lexicon", "--no-figures"]));
    expect(flags.map.has("--out") || flags.reduce.has("--store")).toBe(false);
  });

  test.each([...SLURM, ...KUBE, ...DOCS])("%s", (file) => {
    const found = invocations(file);
    if (!/submit\.sh$|^README\.md$/.test(file)) expect(found.length).toBeGreaterThan(0);
    const unknown = found.flatMap((inv) => inv.words.filter((w) => /^--[a-z]/.test(w) && !flags[inv.command].has(w.replace(/=.*/, ""))).map((w) => `${inv.command} ${w}`));
    expect(unknown).toEqual([]);
  });

  test("every runnable map names a store and its parts, every reduce an output folder", () => {
    const runnable = [...SLURM.flatMap((f) => read(f).replace(/\\\n/g, " ").split("\n").filter((l) => /^\s*framediff (map|reduce)\b/.test(l)).map((l) => ({ command: /map|reduce/.exec(l)![0], words: l.trim().split(/\s+/) }))),
      ...KUBE.flatMap((f) => containers(f).map((c) => ({ command: c.args[0], words: c.args })))];
    expect(runnable.map((r) => r.command).sort()).toEqual(["map", "map", "reduce", "reduce"]);
    for (const r of runnable) {
      if (r.command === "map") {
        expect(r.words).toContain("--store");
        expect(r.words).toContain("--shards"); // the index comes from the scheduler
        expect(r.words).not.toContain("--shard");
      } else expect(r.words).toContain("--out");
    }
  });
});

describe("issue 10: Slurm job array", () => {
  const array = read("examples/slurm/framediff-array.sbatch");
  const defaultShards = (text: string) => Number(/^SHARDS=\$\{SHARDS:-(\d+)\}$/m.exec(text)?.[1]);

  test("#SBATCH --array covers 0 .. N-1 for the N passed to --shards, and submit.sh has the same default N", () => {
    const range = /^#SBATCH --array=(\d+)-(\d+)\s*$/m.exec(array);
    expect(range).not.toBeNull();
    const n = defaultShards(array);
    expect(n).toBeGreaterThan(1);
    expect([Number(range![1]), Number(range![2])]).toEqual([0, n - 1]);
    expect(array).toMatch(/framediff map .*--shards "\$SHARDS"/);
    expect(defaultShards(read("examples/slurm/submit.sh"))).toBe(n);
  });

  test("worker threads follow --cpus-per-task", () => {
    expect(array).toMatch(/^#SBATCH --cpus-per-task=\d+$/m);
    expect(array).toMatch(/--jobs "\$SLURM_CPUS_PER_TASK"/);
  });

  test.each(SLURM)("%s is valid bash", (file) => {
    expect(() => execFileSync("bash", ["-n", join(root, file)], { stdio: "pipe" })).not.toThrow();
  });

  describe("run as Slurm would, with a recording framediff and sbatch", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "framediff-examples-"));
      // stands in for dist/cli/main.js: records its arguments
      mkdirSync(join(dir, "framediff", "dist", "cli"), { recursive: true });
      writeFileSync(join(dir, "framediff", "dist", "cli", "main.js"), `require("fs").appendFileSync(process.env.CALLS, JSON.stringify(process.argv.slice(2)) + "\\n");\n`);
      // stands in for sbatch --parsable: records its arguments, prints a job id (the first with a cluster name)
      mkdirSync(join(dir, "bin"));
      writeFileSync(join(dir, "bin", "sbatch"), `#!/usr/bin/env bash\nnode -e 'require("fs").appendFileSync(process.env.CALLS, JSON.stringify(process.argv.slice(1)) + "\\n")' -- "$@"\nif grep -q -- --dependency <<<"$*"; then echo 4243; else echo "4242;cluster1"; fi\n`);
      chmodSync(join(dir, "bin", "sbatch"), 0o755);
    });
    afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

    const run = (file: string, env: Record<string, string>) => {
      const calls = join(dir, `calls-${Math.random().toString(36).slice(2)}`);
      const stdout = execFileSync("bash", [join(root, file)], {
        env: { PATH: `${join(dir, "bin")}:${process.env.PATH}`, HOME: dir, CALLS: calls, FRAMEDIFF_DIR: join(dir, "framediff"), ...env },
        encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
      });
      return { stdout, calls: readFileSync(calls, "utf8").trim().split("\n").map((l) => JSON.parse(l) as string[]) };
    };

    test("an array task runs map on the whole corpus with N parts and its cores, and creates the store", () => {
      const store = join(dir, "store");
      const { calls } = run("examples/slurm/framediff-array.sbatch", { SLURM_ARRAY_TASK_ID: "3", SLURM_CPUS_PER_TASK: "6", CORPUS: "/c.jsonl", LEXICON: "/l.yaml", STORE: store });
      expect(calls).toEqual([["map", "/c.jsonl", "--store", store, "--shards", String(defaultShards(array)), "--lexicon", "/l.yaml", "--jobs", "6"]]);
      expect(existsSync(store)).toBe(true);
    });

    test("the reduce job reads the store the map wrote", () => {
      const { calls } = run("examples/slurm/framediff-reduce.sbatch", { LEXICON: "/l.yaml", STORE: "/s", OUT: "/o" });
      expect(calls).toEqual([["reduce", "/s", "--out", "/o", "--lexicon", "/l.yaml", "--no-figures"]]);
    });

    test("submit.sh queues an array of SHARDS tasks, then the reduce after it succeeds", () => {
      const { calls, stdout } = run("examples/slurm/submit.sh", { SHARDS: "5" });
      expect(calls).toEqual([
        ["--parsable", "--export=ALL", "--array=0-4", join(root, "examples/slurm/framediff-array.sbatch")],
        ["--parsable", "--export=ALL", "--dependency=afterok:4242", join(root, "examples/slurm/framediff-reduce.sbatch")],
      ]);
      expect(stdout).toContain("job array 4242 (tasks 0-4)");
    });
  });
});

describe("issue 10: Kubernetes Indexed Job", () => {
  const map = job("examples/kubernetes/indexed-job.yaml");
  const reduce = job("examples/kubernetes/reduce-job.yaml");
  const [m] = map.spec.template.spec.containers, [r] = reduce.spec.template.spec.containers;

  test("the map is an Indexed Job whose completions are the --shards N and at least its parallelism", () => {
    expect([map.apiVersion, map.kind, reduce.apiVersion, reduce.kind]).toEqual(["batch/v1", "Job", "batch/v1", "Job"]);
    expect(map.spec.completionMode).toBe("Indexed");
    const { completions, parallelism } = map.spec;
    expect(Number.isInteger(completions) && Number.isInteger(parallelism)).toBe(true);
    expect(parallelism!).toBeGreaterThanOrEqual(1);
    expect(completions!).toBeGreaterThanOrEqual(parallelism!);
    expect(m.args[0]).toBe("map");
    expect(valueAfter(m.args, "--shards")).toBe(String(completions));
    expect(map.spec.template.spec.restartPolicy).toBe("Never");
  });

  test("--jobs is at most the CPU the pod requests", () => {
    expect(Number(valueAfter(m.args, "--jobs"))).toBeLessThanOrEqual(Number(m.resources.requests.cpu));
  });

  test("the reduce reads the map's store with its lexicon, image and claim", () => {
    expect(r.args[0]).toBe("reduce");
    expect(r.args[1]).toBe(valueAfter(m.args, "--store"));
    expect(valueAfter(r.args, "--lexicon")).toBe(valueAfter(m.args, "--lexicon"));
    expect(r.image).toBe(m.image);
    expect(r.volumeMounts).toEqual(m.volumeMounts);
    expect(reduce.spec.template.spec.volumes).toEqual(map.spec.template.spec.volumes);
  });

  test("both run framediff where the example Dockerfile builds it", () => {
    const dockerfile = read("examples/kubernetes/Dockerfile");
    const workdir = /^WORKDIR (\S+)$/m.exec(dockerfile)?.[1];
    expect(workdir).toBeDefined();
    for (const c of [m, r]) expect(c.command).toEqual(["node", `${workdir}/dist/cli/main.js`]);
    expect(dockerfile).toContain(`ENTRYPOINT ["node", "${workdir}/dist/cli/main.js"]`);
  });
});

describe("issue 10: the examples' own paths exist", () => {
  test.each([...SLURM, ...KUBE, ...DOCS, "examples/kubernetes/Dockerfile"])("%s", (file) => {
    const named = [...read(file).matchAll(/\bexamples\/[\w./-]*[\w/]/g)].map((x) => x[0]);
    expect(named.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });
});
