/**
 * What the Rust-aware review adds to routing a PR (issue #9: "building the interface map and running the checks
 * adds ≤ 20 % to a 100-file PR's routing time"), on Linux 6.12's real MAINTAINERS and real rust/ and scripts/
 * (../shared/kernel/linux-6.12/tree):
 *
 * - a realistic 100-file PR (reviewPr below): Rust files of rust/ with `unsafe` blocks added (most with a
 *   `// SAFETY:` comment, some without), helpers, an `#include` added to the bindings header, rustc raised in
 *   scripts/min-tool-version.sh, a `#![feature]` in a driver, C headers the Rust code wraps, and C files across
 *   the tree; hunks have the real files' context where the tree has the file;
 * - in-process, CPU time: routeChanges with the checks `off` and no map, against what a run with the review does
 *   — the map built from the interface files (read from the tree once, as a run reads them), the paths the
 *   pairs add (interfacePaths, as the CLI asks), and routeChanges with the checks on and the map;
 * - the CLI end to end (CPU of the process), which is a PR's routing time as a run spends it: `route --patch` on
 *   that PR through a maintainers.yml importing the same MAINTAINERS, with every check off and no `--tree` (no
 *   map: the policy's folder has no interface file), against the checks on and `--tree`; and `--maintainers`
 *   without and with `--tree` (the checks on in both: what the map alone adds).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { interfacePaths } from '../../src/cli/interface-map.js';
import { parseUnifiedDiff } from '../../src/diff/parse-unified-diff.js';
import { buildInterfaceMap } from '../../src/interfaces/build-interface-map.js';
import { interfacesWanted } from '../../src/interfaces/interfaces-wanted.js';
import { readTreeFiles } from '../../src/local/read-tree-files.js';
import { compilePolicy, type CompiledPolicy } from '../../src/routing/compile-policy.js';
import { routeChanges } from '../../src/routing/route.js';
import type { IsDirectory } from '../../src/matcher/types.js';
import { evenSample, KERNEL_DATA, type BenchInput } from './bench-input.js';
import { runInterleaved } from './child-cpu.js';
import { msRow, valueOrExit } from './in-process-rows.js';
import type { Row, Section } from './report.js';
import { formatCount, median } from './timing.js';

/** Issue #9: the review adds at most this fraction to a 100-file PR's routing time. */
export const REVIEW_OVERHEAD_TARGET = 0.2;
/** Files in the PR. */
export const PR_FILES = 100;
/** Batches whose median is reported; each batch routes the PR BATCH_SIZE times (one routing is about a ms). */
const BATCHES = 9;
const BATCH_SIZE = 40;
/** CLI runs per batch (CPU is counted in 10 ms ticks; a run is 0.5–0.8 s of CPU). */
const CLI_RUNS = 8;
/** The CLI runs are made in this many rounds of the four ways. */
const CLI_ROUNDS = 2;

/** The section, or one saying why it was not measured. */
export function measureRustReview(
  root: string,
  input: BenchInput,
  compiled: CompiledPolicy,
  isDirectory: IsDirectory,
  progress: (text: string) => void,
): Section {
  const title = 'Rust review: a 100-file PR, without and with the checks and the Rust ↔ C map (CPU time)';
  const tree = join(root, KERNEL_DATA, 'tree');
  if (input.kind !== 'linux-6.12' || !existsSync(join(tree, 'rust'))) {
    const why = input.kind !== 'linux-6.12' ? 'the input is generated' : `${relative(root, tree)}/rust is absent`;
    return { title, rows: [{ id: 'review-skipped', label: `not measured: ${why}`, value: 0, unit: 'ms', shown: '—' }] };
  }
  progress('Rust review: the 100-file PR');
  const { pr, patchFile, read, without, withReview } = reviewWork(root, tree, input, compiled, isDirectory);
  progress(`Rust review: routing it in-process, ${BATCHES} × ${BATCH_SIZE} times each way`);
  const { a: baseMs, b: reviewMs } = interleavedCpu(without, withReview);
  const decision = withReview();
  const readMs = cpuMedian(() => readTreeFiles(tree, compiled.policy.rustReview.interfaceFiles), 5);
  const buildMs = cpuMedian(() => buildInterfaceMap(read.texts, read.notRead), BATCH_SIZE / 4);
  const overhead = reviewMs / baseMs - 1;

  progress(`Rust review: the CLI on it, ${CLI_RUNS} runs each of four ways`);
  const maintainers = relative(root, input.maintainersFile);
  // The same MAINTAINERS through a maintainers.yml, one with every check off: the CLI's run without the review.
  const configs = join(root, 'build', 'bench-input', 'rust-review');
  const configOf = (name: string, rust: string) => {
    mkdirSync(join(configs, name), { recursive: true });
    const file = join(configs, name, 'maintainers.yml');
    writeFileSync(file, `version: 1\nimport:\n  path: ${JSON.stringify(input.maintainersFile)}\n${rust}`);
    return relative(root, file);
  };
  const checksOff = configOf(
    'off',
    "rust:\n  checks: { safety-comment: 'off', unstable-feature: 'off', toolchain: 'off' }\n",
  );
  const checksOn = configOf('on', '');
  const args = (policy: string[], withTree: boolean) => [
    'dist/cli.cjs',
    'route',
    ...policy,
    ...(withTree ? ['--tree', relative(root, tree)] : []),
    '--patch',
    relative(root, patchFile),
    '--format',
    'json',
  ];
  const ways = [
    args(['--config', checksOff], false),
    args(['--config', checksOn], true),
    args(['--maintainers', maintainers], false),
    args(['--maintainers', maintainers], true),
  ];
  // In CLI_ROUNDS rounds, each way in turn, so a noisy stretch of the shared machine weighs on all four.
  const batches = runInterleaved(
    CLI_ROUNDS,
    ways.map((way) => ({ command: process.execPath, args: way, options: { cwd: root }, runs: CLI_RUNS / CLI_ROUNDS })),
  );
  const [plain, reviewedMs, kernelPlain, kernelTree] = batches.map((batch) => batch.cpuMsPerRun ?? batch.wallMsPerRun);
  const reviewedOutput = batches[1].stdout;
  const cliOverhead = reviewedMs / plain - 1;
  const mapOverhead = kernelTree / kernelPlain - 1;
  const cliReport = JSON.parse(reviewedOutput) as { findings: unknown[]; interfaces: unknown[] };

  const rows: Row[] = [
    msRow(
      'review-base',
      `routeChanges on the PR (${pr.describe}), checks off, no map: median of ${BATCHES} batches`,
      baseMs,
      PR_FILES,
    ),
    msRow(
      'review-on',
      `the same with the review: map from ${formatCount(read.texts.size)} interface files, pairs, checks on ` +
        `(${decision.findings?.length ?? 0} findings, ${decision.interfaces?.length ?? 0} pairs)`,
      reviewMs,
      PR_FILES,
    ),
    msRow('review-map', `  of which buildInterfaceMap alone`, buildMs),
    msRow(
      'review-read',
      `reading the interface files from the tree (readTreeFiles, once per run; not in the ratio)`,
      readMs,
    ),
    {
      id: 'review-overhead',
      label: 'review overhead in-process (with ÷ without − 1)',
      value: overhead,
      unit: 'ratio',
      shown: percent(overhead),
      target: { text: `≤ ${percent(REVIEW_OVERHEAD_TARGET)}`, pass: overhead <= REVIEW_OVERHEAD_TARGET },
    },
    msRow(
      'review-cli-off',
      `CLI: route --patch (the PR): maintainers.yml importing MAINTAINERS, checks off, no --tree (no map), mean of ${CLI_RUNS}`,
      plain,
    ),
    msRow(
      'review-cli-on',
      `CLI: the same with the checks on and --tree (${cliReport.findings.length} findings, ${cliReport.interfaces.length} pairs)`,
      reviewedMs,
    ),
    {
      id: 'review-cli-overhead',
      label: "review overhead on the PR's routing, end to end (CLI CPU, with ÷ without − 1)",
      value: cliOverhead,
      unit: 'ratio',
      shown: percent(cliOverhead),
      target: { text: `≤ ${percent(REVIEW_OVERHEAD_TARGET)}`, pass: cliOverhead <= REVIEW_OVERHEAD_TARGET },
    },
    msRow(
      'review-cli-kernel',
      `CLI: route --maintainers MAINTAINERS --patch (the PR), checks on, no --tree, mean of ${CLI_RUNS}`,
      kernelPlain,
    ),
    msRow(
      'review-cli-kernel-tree',
      `CLI: the same with --tree: the map (${formatCount(read.texts.size)} files read)`,
      kernelTree,
    ),
    {
      id: 'review-cli-map-overhead',
      label: 'the map alone, end to end (--tree ÷ no --tree − 1)',
      value: mapOverhead,
      unit: 'ratio',
      shown: percent(mapOverhead),
    },
  ];
  return { title, rows };
}

/** The PR, and routing it without the review and with it, as closures to time (or to profile). */
export function reviewWork(
  root: string,
  tree: string,
  input: BenchInput,
  compiled: CompiledPolicy,
  isDirectory: IsDirectory,
) {
  const pr = reviewPr(tree, input.paths);
  const patchFile = join(root, 'build', 'bench-input', 'rust-review-pr.patch');
  mkdirSync(join(root, 'build', 'bench-input'), { recursive: true });
  writeFileSync(patchFile, pr.text);
  const changes = valueOrExit(parseUnifiedDiff(pr.text, patchFile));

  const { policy } = compiled;
  const off = valueOrExit(
    compilePolicy(
      {
        ...policy,
        rustReview: {
          ...policy.rustReview,
          checks: { 'safety-comment': 'off', 'unstable-feature': 'off', toolchain: 'off' },
        },
      },
      { isDirectory },
    ),
  );
  // Read once, as a run reads them; the reading is timed on its own below.
  const read = readTreeFiles(tree, policy.rustReview.interfaceFiles);
  const paths = changes.files.map((file) => file.path);

  const without = () => routeChanges(changes, off);
  const withReview = () => {
    if (!interfacesWanted(policy, paths)) throw new Error('the PR touches no interface');
    const interfaceMap = buildInterfaceMap(read.texts, read.notRead);
    interfacePaths(changes.files, interfaceMap, policy);
    return routeChanges(changes, compiled, { interfaceMap });
  };
  return { pr, patchFile, read, changes, without, withReview };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** Milliseconds of CPU (user + system) this process spends in `work`. */
function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/** The median CPU per call of `work` over batches of `size` calls. */
function cpuMedian(work: () => unknown, size: number, batches = BATCHES): number {
  const perCall: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    perCall.push(
      cpuMs(() => {
        for (let call = 0; call < size; call++) work();
      }) / size,
    );
  }
  return median(perCall);
}

/**
 * The median CPU per call of `a` and of `b`, their batches interleaved so a noisy neighbour or a GC burst
 * weighs on both alike; one warm-up batch of each first.
 */
function interleavedCpu(a: () => unknown, b: () => unknown): { a: number; b: number } {
  cpuMedian(a, BATCH_SIZE, 1);
  cpuMedian(b, BATCH_SIZE, 1);
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    timesA.push(cpuMedian(a, BATCH_SIZE, 1));
    timesB.push(cpuMedian(b, BATCH_SIZE, 1));
  }
  return { a: median(timesA), b: median(timesB) };
}

/** The PR: a `git diff` of PR_FILES files, and what is in it. */
interface ReviewPr {
  text: string;
  describe: string;
}

/** The C headers and Rust files the PR touches, in these numbers (the rest are C files across the tree). */
const RUST_FILES = 24;
const HELPERS = 6;
const HEADERS = 8;

/**
 * A realistic Rust-heavy PR on 6.12 (a series as a subsystem tree would merge it), deterministic:
 *
 * - RUST_FILES `.rs` files of rust/ (spread evenly over the tree's), each a hunk in the middle of the real file
 *   adding a function with an `unsafe` block, every third one without its `// SAFETY:` comment;
 * - HELPERS helpers of rust/helpers/, each a function appended with the real last lines as context;
 * - `#include <linux/mutex.h>` added to the bindings header, rustc raised in scripts/min-tool-version.sh, a
 *   `#![feature]` in drivers/net/phy/qt2025.rs (those three with real context where the tree has the file);
 * - HEADERS C headers the Rust code names (include/linux/phy.h, …), and C files across the tree up to
 *   PR_FILES: a three-line hunk each (the tree has no C outside rust/ and scripts/: their context is made up).
 */
export function reviewPr(tree: string, allPaths: readonly string[]): ReviewPr {
  const diffs: string[] = [];
  const treeFiles = (dir: string, keep: (path: string) => boolean) =>
    readdirSync(join(tree, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(tree, join(entry.parentPath, entry.name)))
      .filter(keep)
      .sort();
  const text = (path: string) => readFileSync(join(tree, path), 'utf8').split('\n');

  const rust = evenSample(
    treeFiles('rust', (path) => path.endsWith('.rs')),
    RUST_FILES,
  );
  rust.forEach((path, index) => {
    const lines = text(path);
    const at = Math.max(1, Math.floor(lines.length / 2));
    const body = [
      '',
      `/// Added by the benchmark's PR (${index}).`,
      `pub fn bench_added_${index}(ptr: *mut u8) -> u8 {`,
      ...(index % 3 === 2 ? [] : ['    // SAFETY: the caller passes a valid, aligned pointer.']),
      '    unsafe { *ptr }',
      '}',
    ];
    diffs.push(insertAt(path, lines, at, body));
  });

  const helpers = evenSample(
    treeFiles('rust/helpers', (path) => path.endsWith('.c') && !path.endsWith('/helpers.c')),
    HELPERS,
  );
  helpers.forEach((path, index) => {
    const lines = text(path);
    const body = ['', `int rust_helper_bench_${index}(void)`, '{', '\treturn 0;', '}'];
    diffs.push(insertAt(path, lines, lines.at(-1) === '' ? lines.length - 1 : lines.length, body));
  });

  const bindings = 'rust/bindings/bindings_helper.h';
  const bindingsLines = text(bindings);
  diffs.push(
    insertAt(bindings, bindingsLines, bindingsLines.indexOf('#include <linux/mdio.h>') + 1, [
      '#include <linux/mutex.h>',
    ]),
  );

  const minTool = 'scripts/min-tool-version.sh';
  const minToolLines = text(minTool);
  const rustc = minToolLines.indexOf('rustc)') + 1;
  diffs.push(replaceAt(minTool, minToolLines, rustc, ['\techo 1.80.0']));

  diffs.push(
    madeUpHunk('drivers/net/phy/qt2025.rs', 1, ['// SPDX-License-Identifier: GPL-2.0'], ['#![feature(let_chains)]']),
  );

  const headers = [
    'include/linux/phy.h',
    'include/linux/blk-mq.h',
    'include/linux/mutex.h',
    'include/linux/workqueue.h',
    'include/linux/refcount.h',
    'include/linux/device.h',
    'include/linux/sched.h',
    'include/linux/firmware.h',
  ].slice(0, HEADERS);
  headers.forEach((path) =>
    diffs.push(madeUpHunk(path, 120, ['#include <linux/types.h>', ''], ['/* Documented by the benchmark PR. */'])),
  );

  const taken = new Set([...rust, ...helpers, bindings, minTool, 'drivers/net/phy/qt2025.rs', ...headers]);
  const cFiles = evenSample(
    allPaths.filter((path) => /\.[ch]$/.test(path) && !taken.has(path) && !path.startsWith('rust/')),
    PR_FILES - taken.size,
  );
  cFiles.forEach((path, index) =>
    diffs.push(
      madeUpHunk(
        path,
        40 + index,
        ['\tint ret;', ''],
        [`\t/* bench ${index}: check the return value */`, '\tret = 0;'],
      ),
    ),
  );
  const count = taken.size + cFiles.length;
  if (count !== PR_FILES) throw new Error(`the bench PR has ${count} files, not ${PR_FILES}`);
  return {
    text: diffs.join(''),
    describe:
      `${RUST_FILES + 1} .rs, ${HELPERS} helpers, the bindings header, min-tool-version.sh, ` +
      `${HEADERS} wrapped headers, ${cFiles.length} other C files`,
  };
}

/** A diff adding `added` before line index `at` (0-based) of the real file, with up to 3 real context lines. */
function insertAt(path: string, lines: readonly string[], at: number, added: readonly string[]): string {
  const end = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const before = lines.slice(Math.max(0, at - 3), at);
  const after = lines.slice(at, Math.min(end, at + 3));
  const start = at - before.length + 1;
  return hunk(path, start, start, [
    ...before.map((line) => ` ${line}`),
    ...added.map((line) => `+${line}`),
    ...after.map((line) => ` ${line}`),
  ]);
}

/** A diff replacing line index `at` (0-based) of the real file by `added`, with real context. */
function replaceAt(path: string, lines: readonly string[], at: number, added: readonly string[]): string {
  const before = lines.slice(Math.max(0, at - 3), at);
  const after = lines.slice(at + 1, at + 4);
  const start = at - before.length + 1;
  return hunk(path, start, start, [
    ...before.map((line) => ` ${line}`),
    `-${lines[at]}`,
    ...added.map((line) => `+${line}`),
    ...after.map((line) => ` ${line}`),
  ]);
}

/** A diff of a file the tree does not have: context made up, placed at `line`. */
function madeUpHunk(path: string, line: number, context: readonly string[], added: readonly string[]): string {
  return hunk(path, line, line, [...context.map((text) => ` ${text}`), ...added.map((text) => `+${text}`)]);
}

function hunk(path: string, oldStart: number, newStart: number, lines: readonly string[]): string {
  const oldCount = lines.filter((line) => line[0] !== '+').length;
  const newCount = lines.filter((line) => line[0] !== '-').length;
  return [
    `diff --git a/${path} b/${path}`,
    'index 1111111..2222222 100644',
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newStart},${newCount} @@`,
    ...lines,
    '',
  ].join('\n');
}
