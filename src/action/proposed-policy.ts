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
import { readPolicyAtCommit } from './read-policy.js';

/** Errors of a broken proposed policy quoted in the report; the PR's own checks will show the rest. */
const QUOTED_ERRORS = 5;

export interface ProposedPolicy {
  /** The stance changes, when the PR edits the policy and its head version is valid. */
  changes?: StanceChange[];
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
): Promise<ProposedPolicy> {
  const sources = new Set([config, ...base.sources]);
  const edited = [...new Set(paths.filter((path) => sources.has(path)))];
  if (edited.length === 0) return { notes: [] };
  const routedBy = `This PR edits ${edited.join(', ')}; it is routed by the base policy.`;
  try {
    const head = await readPolicyAtCommit(client, repo, config, pr.headSha);
    if (head.value === null) {
      const errors = head.errors.slice(0, QUOTED_ERRORS).map(formatSourceError).join('; ');
      return { notes: [`${routedBy} The proposed policy does not validate: ${errors}`] };
    }
    return { changes: diffPolicies(base, head.value), notes: [routedBy] };
  } catch (error) {
    // The PR deletes the policy (or its import): nothing to compare, and the base policy still applies.
    if (error instanceof InputError) return { notes: [`${routedBy} The proposed policy: ${error.message}`] };
    throw error;
  }
}
