/**
 * The rows measured inside this process, on the same compiled code the CLI and the action bundle: parse,
 * compile, route the whole tree, and the naive matcher (every pattern tried on every path, as a path labeler
 * does) on a fixed sample.
 */
import { policyFromKernel } from '../../src/config/assemble-policy.js';
import type { ChangeSet } from '../../src/diff/types.js';
import { formatSourceError, type Parsed } from '../../src/errors.js';
import { parseKernelMaintainers } from '../../src/maintainers/parse-kernel.js';
import { directoriesOf } from '../../src/matcher/directories.js';
import { compileSubsystemIndex } from '../../src/matcher/compile-subsystem-index.js';
import { naiveMatch } from '../../src/matcher/naive-matcher.js';
import type { IsDirectory } from '../../src/matcher/types.js';
import type { Policy } from '../../src/model.js';
import { compilePolicy, type CompiledPolicy } from '../../src/routing/compile-policy.js';
import { routeChanges } from '../../src/routing/route.js';
import { evenSample, type BenchInput } from './bench-input.js';
import type { Row, Section } from './report.js';
import { formatCount, formatDuration, formatRatio, medianTime, timed } from './timing.js';

/** Paths the naive matcher is timed on: enough for a stable per-path figure, few enough to take seconds. */
export const NAIVE_SAMPLE = 2000;
/** Repetitions whose median is reported, for timings under a second or so. */
export const SHORT_RUNS = 7;
/** Repetitions for whole-tree routing (each near a second on the slowest inputs). */
export const LONG_RUNS = 5;
/** The target: the compiled index at least this many times faster per path than the naive matcher. */
export const NAIVE_RATIO_TARGET = 100;

/** What later rows reuse: the policy compiled for this tree, and the whole-tree routing time. */
export interface InProcessResult {
  section: Section;
  compiled: CompiledPolicy;
  isDirectory: IsDirectory;
  routeTreeMs: number;
}

/** Every path of a tree as a change set, with no PR text: routing's per-path work, nothing else. */
export function changeSetOf(paths: readonly string[]): ChangeSet {
  return { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [] };
}

/** The policy from MAINTAINERS text; a bad input stops the benchmark with `file:line:col: message`. */
export function kernelPolicy(text: string, file: string): Policy {
  return valueOrExit(policyFromKernel(text, file));
}

/** Parse, compile, route and the naive baseline, on `input`. */
export function measureInProcess(input: BenchInput, progress: (text: string) => void): InProcessResult {
  const { paths, maintainersText: text, maintainersFile: file } = input;
  progress('parsing and compiling');
  const parse = medianTime(SHORT_RUNS, () => parseKernelMaintainers(text, file));
  const subsystems = valueOrExit(parse.result);
  const isDirectory = directoriesOf(paths);
  const compile = medianTime(SHORT_RUNS, () => compileSubsystemIndex(subsystems, { isDirectory }));
  valueOrExit(compile.result);
  const compiled = valueOrExit(compilePolicy(kernelPolicy(text, file), { isDirectory }));

  progress(`routing ${formatCount(paths.length)} paths`);
  const changes = changeSetOf(paths);
  const route = medianTime(LONG_RUNS, () => routeChanges(changes, compiled));
  const routePerPath = route.ms / paths.length;

  progress(`naive matcher on ${formatCount(NAIVE_SAMPLE)} paths`);
  const sample = evenSample(paths, NAIVE_SAMPLE);
  const naive = timed(() => sample.map((path) => naiveMatch(subsystems, path, { isDirectory })));
  const indexed = medianTime(SHORT_RUNS, () => sample.map((path) => compiled.index.match(path)));
  const agreeing = sample.filter((_, at) => sameOwners(naive.result[at], indexed.result[at])).length;
  const naivePerPath = naive.ms / sample.length;
  const ratio = naivePerPath / routePerPath;

  const rows: Row[] = [
    msRow('parse', `parse MAINTAINERS (parseKernelMaintainers, ${formatCount(subsystems.length)} sections)`, parse.ms),
    msRow('compile', 'compile the matcher (compileSubsystemIndex)', compile.ms),
    msRow(
      'route-tree',
      `route every path in-process (routeChanges, ${formatCount(paths.length)} paths)`,
      route.ms,
      paths.length,
    ),
    msRow(
      'index-sample',
      `compiled index alone, ${formatCount(sample.length)}-path sample (index.match)`,
      indexed.ms,
      sample.length,
    ),
    msRow('naive-sample', `naive matcher, same sample (every pattern on every path)`, naive.ms, sample.length),
    {
      id: 'naive-ratio',
      label: `naive ÷ routeChanges, per path (owners agree on ${formatCount(agreeing)}/${formatCount(sample.length)})`,
      value: ratio,
      unit: 'ratio',
      shown: formatRatio(ratio),
      target: { text: `≥ ${NAIVE_RATIO_TARGET}×`, pass: ratio >= NAIVE_RATIO_TARGET },
    },
  ];
  return { section: { title: 'in-process (the bundled core)', rows }, compiled, isDirectory, routeTreeMs: route.ms };
}

/** A timing row; with `paths`, its per-path column too. */
export function msRow(id: string, label: string, ms: number, paths?: number): Row {
  const row: Row = { id, label, value: ms, unit: 'ms', shown: formatDuration(ms) };
  if (paths !== undefined) {
    row.perPathMs = ms / paths;
    row.perPathShown = formatDuration(ms / paths);
  }
  return row;
}

function sameOwners(a: readonly { subsystem: number }[], b: readonly { subsystem: number }[]): boolean {
  const key = (matches: readonly { subsystem: number }[]) =>
    matches
      .map((match) => match.subsystem)
      .sort((x, y) => x - y)
      .join(',');
  return key(a) === key(b);
}

/** The benchmark cannot measure a policy it cannot read: print the errors as the CLI would and stop. */
export function valueOrExit<T>(parsed: Parsed<T>): T {
  if (parsed.errors.length === 0) return parsed.value;
  process.stderr.write(`${parsed.errors.slice(0, 20).map(formatSourceError).join('\n')}\n`);
  process.exit(2);
}
