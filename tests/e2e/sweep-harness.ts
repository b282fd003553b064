/**
 * Test helper for the sweep and relay end-to-end tests: a repository in the emulator with the example policy on
 * `main`, pull requests opened programmatically (hundreds in a second), the bundled action (dist/index.js) run on
 * any event as the runner runs it, and PRs brought up to date without running the action on each (seedDecided:
 * what a PR event would have left on them, computed with the same modules, so a 500-PR sweep test spends its time
 * on the sweep's reads, not on the throttled writes of 500 PR runs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assemblePolicy } from '../../src/config/assemble-policy.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { COMMENT_MARKER, renderComment } from '../../src/report/render-comment.js';
import { gateStatus } from '../../src/report/render-status.js';
import { compilePolicy, type CompiledPolicy } from '../../src/routing/compile-policy.js';
import { liftHolds } from '../../src/routing/lift-holds.js';
import { routeChanges } from '../../src/routing/route.js';
import type { Policy } from '../../src/model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OWNER = 'rust-for-linux';
export const REPO = 'linux';
export const REPOSITORY = `${OWNER}/${REPO}`;
export const BOT = 'github-actions[bot]';
export const CONTEXT = 'rust-patch-router';
export const EXAMPLE_POLICY = readFileSync(join(ROOT, 'maintainers.yml'), 'utf8');
export const MAIN = sha('main');

/** Everyone the example policy names. */
const PEOPLE = [
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
const LABELS = [
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

/** A logged request, as the tests count them. */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  operationId?: string;
  operationName?: string;
  query: Record<string, string>;
  body: unknown;
}

/** The parts of the emulator (emulator/index.js, plain JavaScript) these tests use. */
export interface SweepEmulator {
  url: string;
  requests: LoggedRequest[];
  violations: unknown[];
  state: { branches: Map<string, string> };
  faults: { remaining: number; graphql: { remaining: number } };
  addCommit(sha: string, files: Record<string, string>, parents?: string | readonly string[]): void;
  setBranch(name: string, sha: string): void;
  addCollaborators(logins: readonly string[], permission?: string): void;
  addTeam(orgSlug: string, members?: readonly string[]): void;
  addLabel(label: { name: string; color?: string }): void;
  addPullRequest(spec: Record<string, unknown>): void;
  updatePullRequest(number: number, changes: Record<string, unknown>): void;
  addReview(number: number, review: { user: string; state: string; commit_id?: string }): void;
  addComment(number: number, comment: { user: string; type?: string; body: string }): number;
  addStatus(
    sha: string,
    status: { state: string; context?: string; description?: string; target_url?: string; creator?: string },
  ): void;
  statuses(sha: string): Array<{ state: string; context: string; description: string | null }>;
  pull(number: number): {
    labels: string[];
    requestedReviewers: string[];
    requestedTeams: string[];
    headSha: string;
    comments: Array<{ id: number; user: { login: string }; body: string }>;
  };
  setBranchProtection(branch: string, protection: unknown): void;
  canMerge(number: number): { mergeable: boolean; reasons: string[] };
  setReadOnly(readOnly: boolean): void;
  writes(): LoggedRequest[];
  resetLog(): void;
  close(): Promise<void>;
}

const emulator = (await import(join(ROOT, 'emulator', 'index.js'))) as {
  startEmulator(options: Record<string, unknown>): Promise<SweepEmulator>;
};
const payloads = (await import(join(ROOT, 'emulator', 'webhook-payloads.js'))) as {
  pullRequestEvent(emu: SweepEmulator, number: number, action: string): unknown;
  pullRequestReviewEvent(emu: SweepEmulator, number: number, reviewer: string, state: string): unknown;
  workflowRunEvent(
    emu: SweepEmulator,
    run: { headSha: string; headBranch: string; headRepository?: string; event?: string; conclusion?: string | null },
  ): unknown;
  pushEvent(emu: SweepEmulator, push: { ref: string; before: string; after: string }): unknown;
  scheduleEvent(cron: string): unknown;
  workflowDispatchEvent(emu: SweepEmulator, dispatch?: Record<string, unknown>): unknown;
};
const runner = (await import(join(ROOT, 'emulator', 'run-action.js'))) as {
  ACTION_ENTRY: string;
  runAction(options: {
    apiUrl: string;
    repository: string;
    eventName: string;
    event: unknown;
    inputs?: Record<string, string>;
  }): Promise<{ code: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }>;
};
export const {
  pullRequestEvent,
  pullRequestReviewEvent,
  workflowRunEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
} = payloads;

/** A stable 40-hex commit id for a name. */
export function sha(name: string): string {
  let hash = 0x811c9dc5;
  const out: string[] = [];
  for (let round = 0; out.join('').length < 40; round++) {
    for (const char of `${name}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    out.push(hash.toString(16).padStart(8, '0'));
  }
  return out.join('').slice(0, 40);
}

/** The example repository: its people as collaborators (write), the reviewers team, the labels, `main` with `policy`. */
export async function startSweepRepository(
  options: { policy?: string; files?: Record<string, string>; rateLimit?: number; graphqlRateLimit?: number } = {},
): Promise<SweepEmulator> {
  const emu = await emulator.startEmulator({
    owner: OWNER,
    repo: REPO,
    botLogin: BOT,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.graphqlRateLimit ? { graphqlRateLimit: options.graphqlRateLimit } : {}),
  });
  emu.addCollaborators(PEOPLE);
  emu.addTeam(`${OWNER}/reviewers`, ['boqunfeng', 'tmgross']);
  for (const name of LABELS) emu.addLabel({ name, color: 'ededed' });
  emu.addCommit(MAIN, { 'maintainers.yml': options.policy ?? EXAMPLE_POLICY, ...options.files }, []);
  emu.setBranch('main', MAIN);
  return emu;
}

export interface PullSpec {
  number: number;
  /** Changed paths with the line each adds (its patch), e.g. `{ 'drivers/net/phy/x.rs': 'fn probe() {}' }`. */
  files: Record<string, string>;
  user?: string;
  title?: string;
  /** A fork by default (`<user>/linux`), as most contributions are; null: a branch of this repository. */
  fork?: boolean;
  /** The commit the PR branched from; `main`'s first commit by default. */
  base?: string;
  /** A maintainer who approved the head (seedDecided records the review and lifts the holds it can lift). */
  approvedBy?: string;
  /** More files in the head commit's snapshot (e.g. an imported MAINTAINERS). */
  baseFiles?: Record<string, string>;
}

/**
 * Opens a PR whose head adds one line to each file, on top of `base`; its files (with patches) are given, not
 * computed, so hundreds open in a moment. Returns the head commit.
 */
export function openPull(emu: SweepEmulator, spec: PullSpec): string {
  const user = spec.user ?? 'contributor';
  const base = spec.base ?? MAIN;
  const head = sha(`head-${spec.number}`);
  const snapshot: Record<string, string> = { 'maintainers.yml': EXAMPLE_POLICY, ...spec.baseFiles };
  for (const [path, line] of Object.entries(spec.files)) snapshot[path] = `${line}\n`;
  emu.addCommit(head, snapshot, base);
  emu.addPullRequest({
    number: spec.number,
    title: spec.title ?? `Change ${spec.number}`,
    body: 'Signed-off-by: A Contributor <contributor@example.org>',
    user,
    base: { sha: base, ref: 'main' },
    head: { sha: head, ref: `topic-${spec.number}`, repoFullName: spec.fork === false ? REPOSITORY : `${user}/linux` },
    files: Object.entries(spec.files).map(([filename, line]) => ({
      filename,
      status: 'added',
      patch: `@@ -0,0 +1 @@\n+${line}`,
      additions: 1,
      deletions: 0,
    })),
  });
  return head;
}

/** action.yml's inputs and defaults: a run sets each, as the runner does. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs,
  )
    .filter(([name]) => name !== 'token')
    .map(([name, input]) => [name, String(input.default ?? '')]),
);

export interface EventRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** The requests this run made, and the writes among them. */
  requests: LoggedRequest[];
  writes: LoggedRequest[];
}

/** Runs dist/index.js on `eventName` with `payload`, every input at action.yml's default unless given. */
export async function runEvent(
  emu: SweepEmulator,
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
): Promise<EventRun> {
  if (!existsSync(runner.ACTION_ENTRY)) {
    throw new Error(`${runner.ACTION_ENTRY} is missing: run \`npm run bundle\` before the end-to-end tests.`);
  }
  const before = emu.requests.length;
  const run = await runner.runAction({
    apiUrl: emu.url,
    repository: REPOSITORY,
    eventName,
    event: payload,
    inputs: { ...ACTION_DEFAULTS, ...inputs },
  });
  const requests = emu.requests.slice(before);
  // GraphQL queries are POSTs that write nothing (the emulator serves no mutation).
  const writes = requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.path !== '/graphql');
  return { ...run, requests, writes };
}

/**
 * The writes among `requests` that concern PR `number`: to its issue or pull (labels, comments, review
 * requests), to its comments by id, or statuses on its head.
 */
export function writesTo(emu: SweepEmulator, requests: readonly LoggedRequest[], number: number): LoggedRequest[] {
  const pull = emu.pull(number);
  const comments = pull.comments.map((c) => `/issues/comments/${c.id}`);
  return requests.filter(
    (r) =>
      r.method !== 'GET' &&
      r.path !== '/graphql' &&
      (r.path.includes(`/issues/${number}/`) ||
        r.path.includes(`/pulls/${number}/`) ||
        r.path.endsWith(`/statuses/${pull.headSha}`) ||
        comments.some((c) => r.path.endsWith(c))),
  );
}

/** Our latest status on PR `number`'s head, or undefined. */
export function gateOf(emu: SweepEmulator, number: number): { state: string; description: string | null } | undefined {
  return emu
    .statuses(emu.pull(number).headSha)
    .filter((s) => s.context === CONTEXT)
    .at(-1);
}

/** Policies compiled for seeding, by their text: a 500-PR seed compiles the kernel's MAINTAINERS once. */
const compiledPolicies = new Map<string, CompiledPolicy>();

/** A policy from maintainers.yml text (and the MAINTAINERS it imports), through the real parsers. */
export function policyOf(text: string, imported?: { text: string; file: string }): Policy {
  const doc = validateConfig(text, 'maintainers.yml');
  if (doc.value === null) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  const policy = assemblePolicy(doc.value, imported);
  if (policy.errors.length > 0) throw new Error(policy.errors.map((e) => e.message).join('\n'));
  return policy.value;
}

/**
 * Leaves on PR `spec` what a PR event under `policyText` leaves: labels, pending review requests, our comment
 * (when the PR touches Rust or is blocked) and our status on its head; with `approvedBy`, that maintainer's
 * approval of the head.
 */
export function seedDecided(
  emu: SweepEmulator,
  spec: PullSpec,
  policyText = EXAMPLE_POLICY,
  imported?: { text: string; file: string },
  isDirectory?: (pattern: string) => boolean,
): void {
  const key = `${policyText}\u0000${imported?.text ?? ''}`;
  let compiled = compiledPolicies.get(key);
  if (compiled === undefined) {
    compiled = compilePolicy(policyOf(policyText, imported), isDirectory ? { isDirectory } : {}).value;
    compiledPolicies.set(key, compiled);
  }
  const user = spec.user ?? 'contributor';
  const changes = {
    files: Object.keys(spec.files).map((path) => ({ path, status: 'added' as const })),
    title: spec.title ?? `Change ${spec.number}`,
    body: 'Signed-off-by: A Contributor <contributor@example.org>',
    diffLines: Object.values(spec.files),
  };
  const routed = routeChanges(changes, compiled, { author: user, maxReviewers: 10 });
  const head = emu.pull(spec.number).headSha;
  const approver = spec.approvedBy;
  if (approver !== undefined) emu.addReview(spec.number, { user: approver, state: 'APPROVED', commit_id: head });
  // An approval of the head by a maintainer with write access (every example person has it) lifts their holds.
  const judged = new Map(
    routed.holds
      .filter((hold) => approver !== undefined && hold.canLift.includes(approver))
      .map((hold) => [hold.subsystem, { liftedBy: [approver as string], droppedAcks: [], cannotAck: [] }]),
  );
  const decision = liftHolds(routed, judged, compiled.policy.labels);
  const pull = (emu as unknown as { state: { pulls: Map<number, Record<string, unknown>> } }).state.pulls.get(
    spec.number,
  );
  if (pull === undefined) throw new Error(`seedDecided: no pull request #${spec.number}`);
  pull.labels = [...decision.labels];
  // Who reviewed is no longer a pending request, as on GitHub.
  pull.requestedReviewers = decision.reviewers.filter((login) => login !== approver);
  pull.requestedTeams = decision.teamReviewers.map((team) => team.slice(team.indexOf('/') + 1));
  if (decision.rustFiles.length > 0 || decision.blocked) {
    emu.addComment(spec.number, {
      user: BOT,
      type: 'Bot',
      body: renderComment(decision, { marker: COMMENT_MARKER, notRequested: [] }),
    });
  }
  const status = gateStatus(decision, { block: true });
  emu.addStatus(head, { state: status.state, context: CONTEXT, description: status.description, creator: BOT });
}
