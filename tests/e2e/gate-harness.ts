/**
 * What the gate's end-to-end tests need beyond emulator/harness.ts: the emulator's merge rules and statuses
 * (typed), a repository that requires the `rust-patch-router` status the way the README tells users to, and
 * runs on any event with a payload built from the emulator's state (merge_group included).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  BASE,
  HEAD,
  OWNER,
  REPOSITORY,
  parseAnnotations,
  startRepository,
  type Emulator,
  type Run,
} from '../../emulator/harness.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CONTEXT = 'rust-patch-router';
/** GitHub Actions' app id: a status written with GITHUB_TOKEN comes from it (the ruleset's expected source). */
export const GITHUB_ACTIONS_APP = 15368;

export interface MergeVerdict {
  mergeable: boolean;
  reasons: string[];
}

export interface MergeGroup {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
  headRef: string;
}

/** The emulator with the control calls the gate's tests use (emulator/README.md, "Control API"). */
export type GateEmulator = Emulator & {
  addCommit(sha: string, files: Record<string, string>, parents?: string | string[]): void;
  updatePullRequest(number: number, changes: { headSha?: string; baseSha?: string; draft?: boolean }): void;
  canMerge(number: number): MergeVerdict;
  statuses(
    sha: string,
  ): Array<{ state: string; context: string; description: string; target_url: string | null; creator: string }>;
  addStatus(sha: string, status: { state: string; context?: string; description?: string; creator?: string }): void;
  addRuleset(ruleset: unknown): number;
  lock(number: number, reason?: string): void;
  enqueue(number: number): MergeGroup;
  mergeGroup(number: number): MergeGroup;
  canMergeGroup(number: number): MergeVerdict;
  completeMergeGroup(number: number): MergeVerdict;
  setTokenPermissions(permissions: Record<string, string> | null): void;
  setBranch(name: string, sha: string): void;
  addCollaborators(logins: readonly string[], permission?: string): void;
  failNext(rule: {
    method?: string;
    path?: RegExp | string;
    status: number;
    times?: number;
    message?: string;
    afterWrite?: boolean;
  }): void;
};

/**
 * A repository whose default branch requires the gate's status from GitHub Actions, as the README's recipe
 * sets it up (a ruleset "Require status checks to pass"), so `emu.canMerge(n)` answers what GitHub would.
 */
export async function startGatedRepository(options: Parameters<typeof startRepository>[0] = {}): Promise<GateEmulator> {
  return requireGate((await startRepository(options)) as GateEmulator);
}

/** Makes the default branch require the gate's status from GitHub Actions (a ruleset, as the README says). */
export function requireGate(repository: Emulator): GateEmulator {
  const emu = repository as GateEmulator;
  emu.addRuleset({
    name: 'rust-patch-router gate',
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [{ context: CONTEXT, integration_id: GITHUB_ACTIONS_APP }],
        },
      },
    ],
  });
  return emu;
}

/** Like emulator/harness.ts's inRepository, on a gated repository; also fails on any OpenAPI violation. */
export async function inGatedRepository(
  options: Parameters<typeof startRepository>[0],
  test: (emu: GateEmulator) => Promise<void>,
): Promise<void> {
  const emu = await startGatedRepository(options);
  try {
    await test(emu);
    if (emu.violations.length > 0) throw new Error(`OpenAPI violations: ${JSON.stringify(emu.violations, null, 2)}`);
  } finally {
    await emu.close();
  }
}

/** The latest status with our context on `sha` (what GitHub counts), or undefined. */
export function gateStatusOn(
  emu: Emulator,
  sha = HEAD,
): { state: string; description: string; target_url: string | null } | undefined {
  return (emu as GateEmulator)
    .statuses(sha)
    .filter((status) => status.context === CONTEXT)
    .at(-1);
}

/** The status writes of a run. */
export function statusWrites(run: Run): Run['writes'] {
  return run.writes.filter((write) => write.path.includes('/statuses/'));
}

const runner = (await import(join(ROOT, 'emulator', 'run-action.js'))) as {
  runAction(options: {
    apiUrl: string;
    repository: string;
    eventName: string;
    event: unknown;
    inputs?: Record<string, string>;
    workspace?: string;
  }): Promise<{ code: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }>;
};

const emulator = (await import(join(ROOT, 'emulator', 'index.js'))) as {
  isWrite(request: { method: string; path: string; body?: unknown }): boolean;
};

export const payloads = (await import(join(ROOT, 'emulator', 'webhook-payloads.js'))) as {
  pullRequestEvent(
    emu: Emulator,
    number: number,
    action: string,
    sender?: string,
    extra?: { before?: string },
  ): unknown;
  pullRequestReviewEvent(emu: Emulator, number: number, reviewer: string, state: string, action?: string): unknown;
  mergeGroupEvent(emu: Emulator, group: MergeGroup, action?: string): unknown;
};

/** action.yml's defaults, as the runner passes them. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs,
  )
    .filter(([name]) => name !== 'token')
    .map(([name, input]) => [name, String(input.default ?? '')]),
);

/**
 * Runs the bundled action on any event with the payload given (build it with `payloads`), as the runner does.
 *
 * @example await runEvent(emu, 'merge_group', payloads.mergeGroupEvent(emu, emu.enqueue(12)))
 */
export async function runEvent(
  emu: Emulator,
  eventName: string,
  event: unknown,
  inputs: Record<string, string> = {},
): Promise<Run> {
  const before = emu.requests.length;
  const run = await runner.runAction({
    apiUrl: emu.url,
    repository: REPOSITORY,
    eventName,
    event,
    inputs: { ...ACTION_DEFAULTS, ...inputs },
  });
  const annotations = parseAnnotations(run.stdout);
  const requests = emu.requests.slice(before);
  return {
    ...run,
    annotations,
    errors: annotations.filter((a) => a.level === 'error'),
    warnings: annotations.filter((a) => a.level === 'warning'),
    requests,
    writes: requests.filter(emulator.isWrite),
  };
}

export { BASE, HEAD, OWNER };
