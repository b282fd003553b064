/**
 * The bundled action against the local GitHub emulator, run as the runner runs it (emulator/run-action.js):
 * its cold start (spawn to its first API request) next to `node -e 0`, and what a ≤ 100-file pull request costs
 * in REST requests on its first run and in writes on a re-run, with the kernel's MAINTAINERS as the policy and
 * the kernel's tree at the base commit. The emulator (plain JavaScript) is imported from where it lives at run
 * time, not bundled: it reads its OpenAPI description beside it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { routeChanges } from '../../src/routing/route.js';
import type { CompiledPolicy } from '../../src/routing/compile-policy.js';
import { evenSample, type BenchInput } from './bench-input.js';
import { changeSetOf, msRow } from './in-process-rows.js';
import type { Row, Section } from './report.js';
import { formatRatio, median } from './timing.js';

/** Issue #4: the action's cold start at most this many times `node -e 0`'s. */
export const COLD_START_TARGET = 3;
/**
 * Requests for a first run on a ≤ 100-file PR whose labels exist: issue #4's 10, plus what the merge gate
 * costs (docs/GATE.md, "The policy at the base commit", "Races and stale runs"): the base branch's tip (one
 * GraphQL query), our status read with the facts and written last, the PR and our status read again just
 * before the first write, the comments listed once more after the comment's create, and our status read once
 * more before it is written; and (issue #9) the Rust ↔ C map at the base when the PR touches a C header or an
 * interface file, as this one does: the interface trees, then their blobs (two GraphQL queries).
 */
export const FIRST_RUN_REQUESTS_TARGET = 19;
/** Runs of the action (each a cold start) and of `node -e 0` whose medians are compared. */
export const COLD_START_RUNS = 7;
/** The pull request's size: a large series, still one page of the files API. */
export const PR_FILES = 100;
/** Of those, Rust files, so the PR gets a status label and a sticky comment as a Rust PR would. */
export const PR_RUST_FILES = 4;

const OWNER = 'rust-for-linux';
const REPO = 'linux';
const BASE = '5f1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const HEAD = '9e8d7c6b5a4f30211203f4e5d6c7b8a990817263';
const PR_NUMBER = 12;

/** The emulator's control surface that the benchmark uses (emulator/index.js is plain JavaScript). */
interface Emulator {
  url: string;
  server: { prependListener(event: 'request', listener: () => void): void };
  requests: { method: string; path: string; status: number }[];
  addCommit(sha: string, files: Record<string, string>): void;
  addCollaborators(logins: readonly string[]): void;
  addLabel(label: { name: string; color?: string; description?: string | null }): void;
  addPullRequest(spec: Record<string, unknown>): void;
  close(): Promise<void>;
}
type RunAction = (options: Record<string, unknown>) => Promise<{ code: number; stdout: string; stderr: string }>;

/** Cold start and REST cost of the bundled action. */
export async function measureAction(
  root: string,
  input: BenchInput,
  compiled: CompiledPolicy,
  progress: (text: string) => void,
): Promise<Section> {
  const { startEmulator, isWrite } = (await import(pathToFileURL(join(root, 'emulator', 'index.js')).href)) as {
    startEmulator(options: { owner: string; repo: string }): Promise<Emulator>;
    /** Not GET or HEAD, and not a GraphQL query (which only reads). */
    isWrite(request: { method: string; path: string; body?: unknown }): boolean;
  };
  const { runAction } = (await import(pathToFileURL(join(root, 'emulator', 'run-action.js')).href)) as {
    runAction: RunAction;
  };
  const emu = await startEmulator({ owner: OWNER, repo: REPO });
  try {
    let arrivals: number[] = [];
    emu.server.prependListener('request', () => arrivals.push(performance.now()));
    const files = pullRequestFiles(input.paths);
    setUpRepository(emu, input, compiled, files);
    const event = pullRequestEvent(root);
    const inputs = actionDefaults(root);

    const runs: { firstRequestMs: number; requests: Emulator['requests']; code: number }[] = [];
    for (let run = 0; run < COLD_START_RUNS; run++) {
      progress(`action run ${run + 1} of ${COLD_START_RUNS}`);
      arrivals = [];
      const before = emu.requests.length;
      const start = performance.now();
      const result = await runAction({
        apiUrl: emu.url,
        repository: `${OWNER}/${REPO}`,
        eventName: 'pull_request',
        event,
        inputs,
      });
      if (arrivals.length === 0)
        process.stderr.write(`the action made no request:\n${result.stdout}${result.stderr}\n`);
      runs.push({
        firstRequestMs: (arrivals[0] ?? NaN) - start,
        requests: emu.requests.slice(before),
        code: result.code,
      });
    }
    progress('node -e 0');
    const bare: number[] = [];
    for (let run = 0; run < COLD_START_RUNS; run++) bare.push(await nodeNothing());

    const coldStart = median(runs.map((run) => run.firstRequestMs));
    const nodeStart = median(bare);
    const ratio = coldStart / nodeStart;
    const first = runs[0].requests;
    const rerunWrites = runs[1].requests.filter(isWrite);
    const rows: Row[] = [
      msRow('node-e-0', '`node -e 0`, spawn to exit', nodeStart),
      msRow('action-cold-start', 'bundled action (dist/index.js), spawn to its first API request', coldStart),
      {
        id: 'action-cold-start-ratio',
        label: 'action cold start ÷ `node -e 0`',
        value: ratio,
        unit: 'ratio',
        shown: formatRatio(ratio),
        target: { text: `≤ ${COLD_START_TARGET}×`, pass: ratio <= COLD_START_TARGET },
      },
      {
        id: 'rest-first-run',
        label: `REST requests, first run on a ${files.length}-file PR whose labels exist`,
        note: describe(first),
        value: first.length,
        unit: 'requests',
        shown: String(first.length),
        target: { text: `≤ ${FIRST_RUN_REQUESTS_TARGET}`, pass: first.length <= FIRST_RUN_REQUESTS_TARGET },
      },
      {
        id: 'rest-rerun-writes',
        label: 'writes on a re-run of the unchanged PR',
        note: `${runs[1].requests.length} requests in all: ${describe(runs[1].requests)}`,
        value: rerunWrites.length,
        unit: 'writes',
        shown: String(rerunWrites.length),
        target: { text: '0', pass: rerunWrites.length === 0 },
      },
    ];
    return { title: `the action against the GitHub emulator (exit code ${runs[0].code}: 1 means blocked)`, rows };
  } finally {
    await emu.close();
  }
}

/** `GET pulls/12 ×1, POST labels ×1, …`: which requests a run made, in order of first appearance. */
function describe(requests: Emulator['requests']): string {
  const counts = new Map<string, number>();
  for (const request of requests) {
    const what = `${request.method} ${request.path.replace(`/repos/${OWNER}/${REPO}/`, '').replace(/\?.*$/, '')}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return [...counts].map(([what, count]) => (count === 1 ? what : `${what} ×${count}`)).join(', ');
}

/** Paths spread over the tree plus a few Rust files: many owners, so review requests hit the cap as they would. */
function pullRequestFiles(paths: readonly string[]): string[] {
  const rust = paths.filter((path) => path.startsWith('rust/') && path.endsWith('.rs')).slice(0, PR_RUST_FILES);
  const others = evenSample(
    paths.filter((path) => !path.endsWith('.rs')),
    PR_FILES - rust.length,
  );
  return [...others, ...rust];
}

/**
 * The kernel at base (every path, empty, so directory lookups see the real tree) with maintainers.yml importing
 * MAINTAINERS; the owners of the PR's files on GitHub as collaborators; the labels the decision needs already in
 * the repository.
 */
function setUpRepository(emu: Emulator, input: BenchInput, compiled: CompiledPolicy, files: readonly string[]): void {
  const decision = routeChanges(changeSetOf(files), compiled);
  const owners = new Set(decision.subsystems.map((report) => report.name));
  const people = new Map<string, string>();
  for (const subsystem of compiled.policy.subsystems) {
    if (!owners.has(subsystem.name)) continue;
    for (const person of [...subsystem.maintainers, ...subsystem.reviewers]) {
      if (person.email) people.set(person.email, loginFor(person.email));
    }
  }
  const policy = [
    'version: 1',
    'import:',
    '  path: MAINTAINERS',
    '  people:',
    ...[...people].map(([email, login]) => `    ${JSON.stringify(email)}: ${login}`),
    '',
  ].join('\n');
  const tree: Record<string, string> = Object.fromEntries(input.paths.map((path) => [path, '']));
  emu.addCommit(BASE, { ...tree, 'maintainers.yml': policy, MAINTAINERS: input.maintainersText });
  const changed = Object.fromEntries(files.map((path) => [path, 'changed\n']));
  emu.addCommit(HEAD, { ...tree, ...changed, 'maintainers.yml': policy, MAINTAINERS: input.maintainersText });
  emu.addCollaborators([...new Set(people.values())]);
  for (const name of new Set([...decision.labels, ...decision.managedLabels])) emu.addLabel({ name, color: 'b7410e' });
  emu.addPullRequest({
    number: PR_NUMBER,
    title: 'treewide: a large series',
    body: 'Signed-off-by: A Contributor <contributor@example.org>',
    user: 'contributor',
    base: { sha: BASE, ref: 'main' },
    head: { sha: HEAD, ref: 'topic', repoFullName: 'contributor/linux' },
    files: files.map((filename) => ({ filename, status: 'modified', patch: '@@ -1 +1 @@\n-\n+changed' })),
  });
}

/** A made-up GitHub login from an e-mail's local part: `torvalds@…` → `torvalds`. */
function loginFor(email: string): string {
  return (
    email
      .split('@')[0]
      .replace(/[^A-Za-z0-9-]/g, '-')
      .replace(/^-+|-+$/g, '') || 'someone'
  );
}

/** The end-to-end tests' pull_request webhook payload (emulator/fixtures/), pointed at this PR. */
function pullRequestEvent(root: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(join(root, 'emulator', 'fixtures', 'pull_request.opened.json'), 'utf8'));
  payload.number = PR_NUMBER;
  payload.pull_request.number = PR_NUMBER;
  payload.pull_request.base.sha = BASE;
  payload.pull_request.head.sha = HEAD;
  return payload;
}

/** action.yml's input defaults, set as the runner sets them (token excluded: run-action.js supplies one). */
function actionDefaults(root: string): Record<string, string> {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([name]) => name !== 'token')
      .map(([name, declared]) => [name, String(declared.default ?? '')]),
  );
}

/** `node -e 0`: the floor any Node program starts from. */
function nodeNothing(): Promise<number> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', fail);
    child.on('close', () => done(performance.now() - start));
  });
}
