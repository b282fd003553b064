/**
 * The gate's commit status (docs/GATE.md, "The commit status"): written only when its state or description
 * differ from the latest status with our context on that commit, so an unchanged re-run writes nothing. The
 * link is not compared: it never decides anything.
 */
import type { GitHubClient } from '../github/client.js';
import { createCommitStatus } from '../github/create-commit-status.js';
import type { CommitStatus } from '../github/get-commit-status.js';
import type { RepoRef } from '../github/types.js';
import type { WriteGate } from '../github/write-gate.js';
import type { GateStatus } from '../report/render-status.js';

/** What happened to the gate's status. */
export interface StatusOutcome {
  /** `written` or `unchanged`: the status says what the decision says. `skipped`: it could not be written. */
  result: 'written' | 'unchanged' | 'skipped' | 'off';
  status: GateStatus;
}

export interface StatusTarget {
  client: GitHubClient;
  repo: RepoRef;
  sha: string;
  context: string;
  /** Where the status links to (the sticky comment, the PR, the run's log); optional. */
  targetUrl?: string;
}

/**
 * Writes `wanted` on the commit unless `latest` already says it, through `gate` (dry run, read-only token).
 *
 * @example await syncGateStatus({ client, repo, sha, context: 'rust-patch-router' }, planned, latest, gate)
 *   // → { result: 'unchanged', status: planned } on a re-run
 */
export async function syncGateStatus(
  target: StatusTarget,
  wanted: GateStatus,
  latest: CommitStatus | null,
  gate: WriteGate,
): Promise<StatusOutcome> {
  if (sameStatus(latest, wanted)) return { result: 'unchanged', status: wanted };
  const { client, repo, sha, context, targetUrl } = target;
  const written = await gate.write(`set the ${context} status of ${sha.slice(0, 7)}`, async () => {
    await createCommitStatus(client, repo, sha, { ...wanted, context, ...(targetUrl ? { targetUrl } : {}) });
    return true;
  });
  return { result: written ? 'written' : 'skipped', status: wanted };
}

/** Whether a status on GitHub says what `wanted` says. */
export function sameStatus(current: CommitStatus | null, wanted: GateStatus | CommitStatus | null): boolean {
  if (current === null || wanted === null) return current === wanted;
  return current.state === wanted.state && current.description === wanted.description;
}
