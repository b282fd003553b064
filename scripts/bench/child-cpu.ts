/**
 * CPU time of child processes — user + system, what a process costs the machine whatever else runs on it — as
 * the kernel accounts it: the `cutime` and `cstime` of /proc/self/stat grow by a child's CPU when it is reaped.
 * Node's child_process returns no rusage, so a batch of runs is measured by the difference around it; the
 * kernel counts in clock ticks (USER_HZ, 100 a second on Linux), so batches of 20 short runs resolve half a
 * millisecond each. Where /proc is absent (not Linux) there is no CPU figure and callers say so.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Variables a machine sets for Node that change what Node's start costs, and that a developer's shell does not
 * carry: `NODE_EXTRA_CA_CERTS` (this workplace's machines set it for their registry proxy) makes Node 20 read and
 * parse the whole certificate bundle before any program runs, 65–80 ms of CPU here; Node 24 reads it on the
 * first TLS connection, which neither the CLI nor get_maintainer.pl makes. The bench's children run without
 * them, and cli-rows.ts measures Node's start with them too, in the same run, when they are set.
 */
export const MACHINE_NODE_VARIABLES = ['NODE_EXTRA_CA_CERTS'] as const;

/** The bench's environment without MACHINE_NODE_VARIABLES: what its children run in, unless a job says otherwise. */
export const CHILD_ENV: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !(MACHINE_NODE_VARIABLES as readonly string[]).includes(name)),
);

/** Linux's USER_HZ: the unit of /proc's times on every architecture Node runs on there. */
const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU this process's reaped children have used so far, or null without /proc. */
export function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces, hence the last ')'): state is field 3, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

/** A batch of identical runs: CPU per run (null without /proc), and the last run's outcome. */
export interface Batch {
  cpuMsPerRun: number | null;
  wallMsPerRun: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args` `runs` times, one after the other, and returns the mean CPU per run.
 *
 * @example runBatch(20, 'node', ['-e', '0']).cpuMsPerRun // → 62.5
 */
export function runBatch(
  runs: number,
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
): Batch {
  const before = childrenCpuMs();
  const started = performance.now();
  let last: ReturnType<typeof spawnSync> | undefined;
  for (let run = 0; run < runs; run++) {
    last = spawnSync(command, args, { maxBuffer: 1 << 30, env: CHILD_ENV, ...options });
  }
  const wallMsPerRun = (performance.now() - started) / runs;
  const after = childrenCpuMs();
  return {
    cpuMsPerRun: before === null || after === null ? null : (after - before) / runs,
    wallMsPerRun,
    status: last?.status ?? null,
    stdout: last?.stdout?.toString() ?? '',
    stderr: last?.stderr?.toString() ?? '',
  };
}

/** One command of an interleaved measurement: `runs` runs of it in each round. */
export interface Job {
  command: string;
  args: readonly string[];
  options?: SpawnSyncOptions;
  runs: number;
}

/** An interleaved job's result: CPU per run over all rounds, and each round's CPU per run. */
export interface InterleavedBatch extends Batch {
  perRound: (number | null)[];
}

/**
 * Runs the jobs in `rounds` rounds, each round a batch of every job in turn, and returns each job's CPU per run
 * over all rounds. A shared machine's load drifts over the minutes a bench takes; measured in one block after
 * another, two commands compared by their ratio would each see a different machine (get_maintainer.pl measured
 * in the first minute ran 209 ms one run and 258 ms the next). Interleaved, both see the same drift.
 *
 * @example runInterleaved(4, [{ command: 'perl', args: ['-e', '0'], runs: 5 }, { command: 'node', args: ['-e', '0'], runs: 5 }])
 */
export function runInterleaved(rounds: number, jobs: readonly Job[]): InterleavedBatch[] {
  const results = jobs.map((): InterleavedBatch => ({
    cpuMsPerRun: 0,
    wallMsPerRun: 0,
    status: null,
    stdout: '',
    stderr: '',
    perRound: [],
  }));
  for (let round = 0; round < rounds; round++) {
    jobs.forEach((job, at) => {
      const batch = runBatch(job.runs, job.command, job.args, job.options);
      const result = results[at];
      result.perRound.push(batch.cpuMsPerRun);
      result.cpuMsPerRun =
        result.cpuMsPerRun === null || batch.cpuMsPerRun === null
          ? null
          : result.cpuMsPerRun + batch.cpuMsPerRun / rounds;
      result.wallMsPerRun += batch.wallMsPerRun / rounds;
      // The last round's outcome, as runBatch keeps its last run's; a failure in any round is kept.
      if (result.status === null || result.status === 0 || result.status === 1) result.status = batch.status;
      result.stdout = batch.stdout;
      result.stderr = batch.stderr;
    });
  }
  return results;
}
