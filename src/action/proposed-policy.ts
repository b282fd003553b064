/**
 * A PR that edits the policy files is routed by the base policy (docs/ROUTING.md, "Policy changes"); the report shows what its head
 * version would change. The head is read only to describe that, never to route.
 */
import { InputError, formatSourceError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import type { Policy } from '../model.js';
import { diffPolicies } from '../routing/diff-policies.js';
import type { StanceChange } from '../routing/types.js';
import { readPolicyAtCommit } from '../github/read-policy-at-commit.js';

/** Errors of a broken proposed policy quoted in the report; the PR's own checks will show the rest. */
const QUOTED_ERRORS = 5;

/**
 * The head's policy files are written by the PR's author: each is read only up to this size (a 20 MB
 * alias-heavy YAML once ran the action out of memory after three minutes). The kernel's MAINTAINERS is
 * about 780 KB.
 */
export const PROPOSED_POLICY_MAX_BYTES = 1024 * 1024;

/** The whole preview (reads and parsing) gets this long; past it, a note replaces the preview. */
export const PROPOSED_POLICY_BUDGET_MS = 20_000;

export interface ProposedPolicy {
  /** The stance changes, when the PR edits the policy and its head version is valid. */
  changes?: StanceChange[];
  /** The head's policy itself, when valid: what the policy review compares (policy-review.ts). */
  head?: Policy;
  /** What to tell the reader: that the base policy applies, or why the proposal could not be read. */
  notes: string[];
}

/**
 * Reads the policy at the PR's head when `paths` (the changed paths, renames' old paths included) touch
 * the config or the MAINTAINERS file it imports, and compares its stances with the base policy's.
 *
 * @example await proposedPolicy(client, repo, pr, 'maintainers.yml', base, ['maintainers.yml'])
 *   // → { changes: [{ subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' }],
 *   //     notes: ['This PR edits maintainers.yml; it is routed by the base policy.'] }
 */
export async function proposedPolicy(
  client: GitHubClient,
  repo: RepoRef,
  pr: PullRequest,
  config: string,
  base: Policy,
  paths: readonly string[],
  options: { maxBytes?: number; budgetMs?: number } = {},
): Promise<ProposedPolicy> {
  const sources = new Set([config, ...base.sources]);
  const edited = [...new Set(paths.filter((path) => sources.has(path)))];
  if (edited.length === 0) return { notes: [] };
  const routedBy = `This PR edits ${edited.join(', ')}; it is routed by the base policy.`;
  const started = Date.now();
  const budget = options.budgetMs ?? PROPOSED_POLICY_BUDGET_MS;
  try {
    const limits = { maxBytes: options.maxBytes ?? PROPOSED_POLICY_MAX_BYTES, signal: AbortSignal.timeout(budget) };
    const head = await readPolicyAtCommit(client, repo, config, pr.headSha, limits);
    // Parsing is bounded by the size cap; this catches a preview that still took too long, so the next
    // change to the parsers cannot quietly turn the preview into the run's longest step.
    if (Date.now() - started > budget) {
      return { notes: [`${routedBy} The proposed policy took over ${budget / 1000} s to read; not shown.`] };
    }
    if (head.value === null) {
      const errors = head.errors.slice(0, QUOTED_ERRORS).map(formatSourceError).join('; ');
      return { notes: [`${routedBy} The proposed policy does not validate: ${errors}`] };
    }
    return { changes: diffPolicies(base, head.value), head: head.value, notes: [routedBy] };
  } catch (error) {
    // Whatever the head holds (deleted, too large, too slow to serve, unparseable), the preview is only a
    // courtesy: the base policy decides, so a failure is a note and never fails the run.
    const why = error instanceof InputError ? error.message : error instanceof Error ? error.message : String(error);
    return { notes: [`${routedBy} The proposed policy could not be read: ${why}`] };
  }
}
