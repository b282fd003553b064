/**
 * The whole tree through the bundled CLI, as a maintainer would run it over a tree-wide refactor:
 * `node dist/cli.js route --maintainers MAINTAINERS --files-from - --format json`, every path on stdin, timed
 * from spawn to exit with the JSON fully read, against get_maintainer.pl's cost per path; and the peak resident
 * memory of that run, measured on the child itself.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchInput } from './bench-input.js';
import { msRow } from './in-process-rows.js';
import type { Row, Section } from './report.js';
import { formatCount, formatRatio, median } from './timing.js';

/**
 * get_maintainer.pl's CPU time per file against the real 6.12 MAINTAINERS, from issue #4 ("spends about 80 ms of
 * CPU per file … routing all 86,629 files of the 6.12 tree that way takes about two hours").
 */
export const GET_MAINTAINER_MS_PER_PATH = 80;
/** Issue #4: at least this many times less time per path than get_maintainer.pl. */
export const SPEEDUP_TARGET = 5000;
/** Issue #4: peak resident memory for the whole tree. */
export const PEAK_RSS_TARGET_MB = 200;
/** Whole-tree CLI runs whose median is reported (each one to three seconds). */
export const CLI_RUNS = 5;
/** GNU time reports the child's peak RSS (`%M`, in KiB) from wait4's rusage, which Node's child_process hides. */
const GNU_TIME = '/usr/bin/time';

interface CliRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What the child reads on stdin: text through a pipe (as `… | rust-patch-router`), or a file (`< files.txt`). */
export type StdinSource = { text: string } | { file: string };

/**
 * Runs the CLI over every path `CLI_RUNS` times, then once more under a peak-RSS probe. Paths go through a pipe;
 * if the CLI cannot read a pipe, the runs are timed with stdin redirected from the file list instead, the row
 * says so and the target fails: the issue asks for the piped run.
 */
export async function measureCli(root: string, input: BenchInput, progress: (text: string) => void): Promise<Section> {
  // Relative, as a maintainer types it: the path is repeated in every file's `reason` in the JSON.
  const maintainers = relative(root, input.maintainersFile);
  const args = ['dist/cli.js', 'route', '--maintainers', maintainers, '--files-from', '-', '--format', 'json'];
  let stdin: StdinSource = { text: `${input.paths.join('\n')}\n` };
  const durations: number[] = [];
  let last: CliRun | undefined;
  let pipeFailure: string | undefined;
  for (let run = 0; run < CLI_RUNS; run++) {
    progress(`CLI over the whole tree, run ${run + 1} of ${CLI_RUNS}`);
    last = await spawnTimed(process.execPath, args, stdin, root);
    if ('text' in stdin && failed(last)) {
      // Start over from a file: every timed run must have read the same input the same way.
      pipeFailure = failure(last);
      stdin = { file: input.pathsFile };
      durations.length = 0;
      run = -1;
      continue;
    }
    durations.push(last.ms);
  }
  const incomplete = failed(last!) ? failure(last!) : incompleteJson(last!, input.paths.length);
  const ms = median(durations);
  const perPath = ms / input.paths.length;
  const speedup = GET_MAINTAINER_MS_PER_PATH / perPath;

  progress('CLI peak RSS');
  const rss = await peakRss(root, args, stdin);
  const notes = [
    pipeFailure &&
      `piped stdin failed (${pipeFailure}); timed with stdin redirected from ${relative(root, input.pathsFile)}`,
    incomplete && `the run did not print the whole decision: ${incomplete}`,
  ].filter(Boolean);
  const cliRow = msRow(
    'cli-tree',
    `${formatCount(input.paths.length)} paths through the CLI, spawn to exit`,
    ms,
    input.paths.length,
  );
  if (notes.length > 0) cliRow.note = notes.join('; ');
  const rows: Row[] = [
    cliRow,
    {
      id: 'cli-speedup',
      label: `speed-up per path vs get_maintainer.pl (${GET_MAINTAINER_MS_PER_PATH} ms per path, issue #4)`,
      value: speedup,
      unit: 'ratio',
      shown: formatRatio(speedup),
      target: {
        text: `≥ ${formatCount(SPEEDUP_TARGET)}×`,
        pass: speedup >= SPEEDUP_TARGET && notes.length === 0,
      },
    },
    {
      id: 'cli-peak-rss',
      label: `peak RSS of that CLI run (${rss.method})`,
      value: rss.mb,
      unit: 'MB',
      shown: `${rss.mb.toFixed(0)} MB`,
      target: { text: `≤ ${PEAK_RSS_TARGET_MB} MB`, pass: rss.mb <= PEAK_RSS_TARGET_MB && notes.length === 0 },
    },
  ];
  return { title: 'the CLI over the whole tree (`route --maintainers … --files-from - --format json`)', rows };
}

/** Exit 0 is routed and 1 blocked (the tree has Rust files waiting for acks); anything else is a failure. */
function failed(run: CliRun): boolean {
  return run.code !== 0 && run.code !== 1;
}

function failure(run: CliRun): string {
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  return `exit ${run.code}: ${lines.slice(0, 2).join(' ').slice(0, 200)}`;
}

/** Undefined when stdout holds the whole decision as JSON; otherwise what is wrong with it. */
function incompleteJson(run: CliRun, paths: number): string | undefined {
  try {
    const decision = JSON.parse(run.stdout) as { files?: unknown[] };
    const files = decision.files?.length ?? 0;
    return files === paths ? undefined : `JSON lists ${formatCount(files)} of ${formatCount(paths)} paths`;
  } catch {
    return `JSON incomplete (${formatCount(run.stdout.length)} characters)`;
  }
}

/** Spawns, feeds stdin, reads everything, and times spawn → close. */
export function spawnTimed(
  command: string,
  args: readonly string[],
  stdin: StdinSource,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const file = 'file' in stdin ? openSync(stdin.file, 'r') : undefined;
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: [file ?? 'pipe', 'pipe', 'pipe'] });
    if (file !== undefined) closeSync(file);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        ms: performance.now() - start,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    if ('text' in stdin) {
      child.stdin!.on('error', () => {}); // a child that fails early closes its stdin: its exit code says why
      child.stdin!.end(stdin.text);
    }
  });
}

/**
 * The CLI's peak RSS in MiB: under GNU time where installed, else through build/bench-rss.js, which runs the CLI
 * inside its own process and reports process.resourceUsage().maxRSS on exit.
 */
async function peakRss(
  root: string,
  args: readonly string[],
  stdin: StdinSource,
): Promise<{ mb: number; method: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'rpr-bench-'));
  const report = join(scratch, 'max-rss-kib');
  try {
    if (existsSync(GNU_TIME)) {
      await spawnTimed(GNU_TIME, ['-f', '%M', '-o', report, process.execPath, ...args], stdin, root);
      return { mb: kibToMb(readFileSync(report, 'utf8')), method: 'GNU time %M' };
    }
    const env = { ...process.env, BENCH_RSS_FILE: report };
    await spawnTimed(process.execPath, ['build/bench-rss.js', ...args], stdin, root, env);
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
