/**
 * Test harness over the emulator: a repository in the local GitHub emulator, a pull request in it, and the
 * bundled action (dist/index.js) run as the runner runs it — every input of action.yml set from its default
 * unless a test overrides it, a webhook payload built from emulator/fixtures/, outputs and the job summary
 * read back. Used by the end-to-end tests (tests/e2e/) and by the tests of src/github/ and src/action/ that
 * need a live API; test-only (nothing in src/ imports it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'emulator', 'fixtures');

export const OWNER = 'rust-for-linux';
export const REPO = 'linux';
export const REPOSITORY = `${OWNER}/${REPO}`;
export const BOT = 'github-actions[bot]';
export const BASE = '5f1b2c3d4e5f60718293a4b5c6d7e8f901234567';
export const HEAD = '9e8d7c6b5a4f30211203f4e5d6c7b8a990817263';

/** The example policy of the repository root, used as the base policy of most tests. */
export const EXAMPLE_POLICY = readFileSync(join(ROOT, 'maintainers.yml'), 'utf8');

/** Everyone the example policy names, as collaborators of the repository (so they can be requested). */
export const EXAMPLE_PEOPLE = [
  'ojeda',
  'alex-gaynor',
  'axboe',
  'a-hindborg',
  'boqunfeng',
  'kuba-netdev',
  'davem',
  'edumazet',
  'pabeni',
  'andrew-lunn',
  'hkallweit',
  'rmk-armlinux',
  'fujita',
  'tmgross',
  'hch-lst',
  'mszyprow',
  'robin-murphy',
  'torvalds',
];

/** Every label the example policy manages. */
export const EXAMPLE_LABELS = [
  'rust: core',
  'rust',
  'rust: needs-ack',
  'rust: blocked',
  'subsystem: rust',
  'subsystem: block',
  'subsystem: net',
  'subsystem: phy',
  'subsystem: dma',
];

/** The parts of the emulator (emulator/index.js, plain JavaScript) the end-to-end tests use. */
export interface Emulator {
  url: string;
  requests: Array<{ method: string; path: string; status: number; body: unknown; query: Record<string, string> }>;
  violations: unknown[];
  addCommit(sha: string, files: Record<string, string>): void;
  addCollaborators(logins: readonly string[]): void;
  addTeam(orgSlug: string, members?: readonly string[]): void;
  addLabel(label: { name: string; color?: string; description?: string | null }): void;
  addPullRequest(spec: PullRequestSpec): void;
  updatePullRequest(number: number, changes: { draft?: boolean; title?: string; body?: string | null }): void;
  addReview(number: number, review: { user: string; state: string; commit_id?: string }): void;
  addComment(number: number, comment: { user: string; type?: string; body: string }): number;
  pull(number: number): PullState;
  labels(): Array<{ name: string; color: string; description: string | null }>;
  writes(): Emulator['requests'];
  failNext(rule: { method?: string; path?: RegExp | string; status: number; times?: number; message?: string }): void;
  secondaryRateLimitNext(rule?: { method?: string; path?: RegExp | string; times?: number; retryAfter?: number }): void;
  exhaustRateLimit(options?: { resetInSeconds?: number }): void;
  setReadOnly(readOnly: boolean): void;
  /** Forgets the logged requests and violations, e.g. between two runs. */
  resetLog(): void;
  close(): Promise<void>;
}

export interface PullFile {
  filename: string;
  status?: string;
  previous_filename?: string;
  patch?: string;
}

export interface PullRequestSpec {
  number: number;
  title?: string;
  body?: string | null;
  user: string;
  draft?: boolean;
  base: { sha: string; ref?: string };
  head: { sha: string; ref?: string; repoFullName?: string | null };
  files?: PullFile[];
  labels?: string[];
  requestedReviewers?: string[];
  requestedTeams?: string[];
  changedFiles?: number;
}

export interface PullState {
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  draft: boolean;
  comments: Array<{ id: number; user: { login: string; type: string }; body: string; updated_at: string }>;
}

/** A workflow command the action printed (`::error file=…::message`), properties unescaped. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  errors: Annotation[];
  warnings: Annotation[];
  /** The requests this run made, and the writes among them. */
  requests: Emulator['requests'];
  writes: Emulator['requests'];
}

const emulatorModule = (await import(join(ROOT, 'emulator', 'index.js'))) as {
  startEmulator(options: {
    owner: string;
    repo: string;
    botLogin?: string;
    tokenCanSeeTeams?: boolean;
  }): Promise<Emulator>;
  isWrite(request: { method: string; path: string; body?: unknown }): boolean;
};
const runner = (await import(join(ROOT, 'emulator', 'run-action.js'))) as {
  ACTION_ENTRY: string;
  runAction(options: {
    apiUrl: string;
    repository: string;
    eventName: string;
    event: unknown;
    inputs?: Record<string, string>;
    workspace?: string;
    env?: Record<string, string>;
  }): Promise<{ code: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }>;
};

/**
 * The repository: the example's people as collaborators and the example's reviewer team.
 * `tokenCanSeeTeams` false is GITHUB_TOKEN (team requests fail); true a GitHub App or a PAT with read:org.
 */
export async function startRepository(
  options: { tokenCanSeeTeams?: boolean; collaborators?: readonly string[]; labelsExist?: boolean } = {},
): Promise<Emulator> {
  const emu = await emulatorModule.startEmulator({
    owner: OWNER,
    repo: REPO,
    botLogin: BOT,
    tokenCanSeeTeams: options.tokenCanSeeTeams ?? false,
  });
  emu.addCollaborators(options.collaborators ?? EXAMPLE_PEOPLE);
  emu.addTeam(`${OWNER}/reviewers`, ['boqunfeng', 'tmgross']);
  // A repository that has run the action before already has its labels (creating them is tested apart).
  if (options.labelsExist ?? true) for (const name of EXAMPLE_LABELS) emu.addLabel({ name, color: 'ededed' });
  return emu;
}

export interface OpenOptions {
  number?: number;
  /** Changed paths (status modified), or full file entries. */
  files: Array<string | PullFile>;
  /** The policy at base; the example by default; null for none. */
  policy?: string | null;
  /** maintainers.yml at head, when the PR edits it. */
  headPolicy?: string;
  /** More files at base (e.g. a MAINTAINERS the policy imports, directories probed). */
  baseFiles?: Record<string, string>;
  user?: string;
  draft?: boolean;
  labels?: string[];
  title?: string;
  body?: string;
  /** The head repository; a fork by default, as most contributions are. */
  headRepo?: string | null;
  base?: string;
  head?: string;
  changedFiles?: number;
}

/** Opens a pull request whose base commit holds the policy. Returns its number. */
export function openPullRequest(emu: Emulator, options: OpenOptions): number {
  const number = options.number ?? 12;
  const base = options.base ?? BASE;
  const head = options.head ?? HEAD;
  const policy = options.policy === undefined ? EXAMPLE_POLICY : options.policy;
  const policyFile = (text: string | null): Record<string, string> =>
    text === null ? {} : { 'maintainers.yml': text };
  emu.addCommit(base, { ...policyFile(policy), ...options.baseFiles });
  emu.addCommit(head, { ...policyFile(options.headPolicy ?? policy), ...options.baseFiles });
  emu.addPullRequest({
    number,
    title: options.title ?? 'Update the driver',
    body: options.body ?? 'Signed-off-by: A Contributor <contributor@example.org>',
    user: options.user ?? 'contributor',
    draft: options.draft ?? false,
    base: { sha: base, ref: 'main' },
    head: {
      sha: head,
      ref: 'topic',
      repoFullName: options.headRepo === undefined ? 'contributor/linux' : options.headRepo,
    },
    files: options.files.map((file) => (typeof file === 'string' ? { filename: file, status: 'modified' } : file)),
    labels: options.labels ?? [],
    ...(options.changedFiles === undefined ? {} : { changedFiles: options.changedFiles }),
  });
  return number;
}

export interface RunOptions {
  event?: 'pull_request' | 'pull_request_target' | 'pull_request_review' | 'push';
  /** The webhook's action: opened by default, submitted for reviews. */
  action?: string;
  inputs?: Record<string, string>;
  /** The reviewer of a pull_request_review event. */
  reviewer?: string;
  /** GITHUB_WORKSPACE; a fresh empty directory by default. */
  workspace?: string;
  /** The PR's base and head as the payload states them (they may be stale; the action reads them fresh). */
  base?: string;
  head?: string;
  /** GITHUB_API_URL; the emulator's own URL by default (another name for it goes through a proxy, say). */
  apiUrl?: string;
  /** More environment for the runner's process (proxy variables). */
  env?: Record<string, string>;
}

/** action.yml's inputs and defaults: a run sets each, as the runner does. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs,
  )
    .filter(([name]) => name !== 'token')
    .map(([name, input]) => [name, String(input.default ?? '')]),
);

/** Runs the bundled action on pull request `number` and collects what it did. */
export async function runAction(emu: Emulator, number: number, options: RunOptions = {}): Promise<Run> {
  if (!existsSync(runner.ACTION_ENTRY)) {
    throw new Error(`${runner.ACTION_ENTRY} is missing: run \`npm run bundle\` before the end-to-end tests.`);
  }
  const eventName = options.event ?? 'pull_request_target';
  const event = webhookPayload(eventName, number, options);
  const before = emu.requests.length;
  const run = await runner.runAction({
    apiUrl: options.apiUrl ?? emu.url,
    repository: REPOSITORY,
    eventName,
    event,
    inputs: { ...ACTION_DEFAULTS, ...options.inputs },
    ...(options.workspace ? { workspace: options.workspace } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const annotations = parseAnnotations(run.stdout);
  const requests = emu.requests.slice(before);
  return {
    ...run,
    annotations,
    errors: annotations.filter((a) => a.level === 'error'),
    warnings: annotations.filter((a) => a.level === 'warning'),
    requests,
    writes: requests.filter(emulatorModule.isWrite),
  };
}

/** A realistic webhook payload (emulator/fixtures/) for this repository's PR `number`. */
function webhookPayload(eventName: string, number: number, options: RunOptions): unknown {
  if (eventName === 'push') return readFixture('push.json');
  const review = eventName === 'pull_request_review';
  const payload = readFixture(review ? 'pull_request_review.submitted.json' : 'pull_request.opened.json') as {
    action: string;
    number?: number;
    pull_request: Record<string, unknown> & { head: { sha: string }; base: { sha: string } };
    review?: { user: { login: string }; commit_id: string };
    sender: { login: string };
  };
  payload.action = options.action ?? (review ? 'submitted' : 'opened');
  if (!review) payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.head.sha = options.head ?? HEAD;
  payload.pull_request.base.sha = options.base ?? BASE;
  if (review && payload.review) {
    payload.review.user.login = options.reviewer ?? 'maintainer';
    payload.review.commit_id = options.head ?? HEAD;
    payload.sender.login = options.reviewer ?? 'maintainer';
  }
  return payload;
}

function readFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** Parses `::error title=…,file=…::message` lines; `%25`, `%0D`, `%0A`, `%3A`, `%2C` unescaped. */
export function parseAnnotations(stdout: string): Annotation[] {
  const unescape = (text: string) =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    annotations.push({ level: match[1] as Annotation['level'], properties, message: unescape(match[3]) });
  }
  return annotations;
}

/** A directory for GITHUB_WORKSPACE holding `files`. */
export function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rpr-e2e-ws-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * A git repository with two commits, base and head, each a full snapshot: what actions/checkout with
 * fetch-depth 0 leaves in GITHUB_WORKSPACE. Returns the directory and the commits' ids.
 */
export function gitRepositoryWith(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string>,
): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rpr-e2e-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }).trim();
  git('init', '-q', '-b', 'main');
  const commit = (files: Record<string, string>, message: string) => {
    git('rm', '-rq', '--ignore-unmatch', '.');
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    git('add', '-A');
    git('commit', '-qm', message);
    return git('rev-parse', 'HEAD');
  };
  const base = commit(baseFiles, 'base');
  const head = commit(headFiles, 'head');
  return { dir, base, head };
}

/** The outputs that are JSON arrays, parsed. */
export function listOutput(run: Run, name: string): string[] {
  return JSON.parse(run.outputs[name] ?? 'null') as string[];
}

/**
 * A later push to the PR: new head commit and changed files; labels and pending review requests stay, as on
 * GitHub (comments live apart from the PR and stay too).
 */
export function pushToPullRequest(
  emu: Emulator,
  number: number,
  options: { head: string; files: string[]; policy?: string },
): void {
  const before = emu.pull(number);
  emu.addCommit(options.head, { 'maintainers.yml': options.policy ?? EXAMPLE_POLICY });
  emu.addPullRequest({
    number,
    title: 'Update the driver',
    body: 'Signed-off-by: A Contributor <contributor@example.org>',
    user: 'contributor',
    base: { sha: BASE, ref: 'main' },
    head: { sha: options.head, ref: 'topic', repoFullName: 'contributor/linux' },
    files: options.files.map((filename) => ({ filename, status: 'modified' })),
    labels: before.labels,
    requestedReviewers: before.requestedReviewers,
    requestedTeams: before.requestedTeams,
  });
}

/**
 * Runs `test` against a fresh repository and checks, whatever the test asserted, that no request broke
 * GitHub's OpenAPI description. Each test owns its emulator, so tests can run concurrently
 * (`it.concurrent`): most of a run is plugin-throttling pacing the writes, not CPU.
 */
export async function inRepository(
  options: Parameters<typeof startRepository>[0],
  test: (emu: Emulator) => Promise<void>,
): Promise<void> {
  const emu = await startRepository(options);
  try {
    await test(emu);
    if (emu.violations.length > 0) throw new Error(`OpenAPI violations: ${JSON.stringify(emu.violations, null, 2)}`);
  } finally {
    await emu.close();
  }
}
