/** `POST /repos/{o}/{r}/statuses/{sha}`: the gate itself (needs `statuses: write`). */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';

export interface NewCommitStatus {
  state: 'error' | 'failure' | 'success';
  context: string;
  /** At most 140 characters. */
  description: string;
  /** Where the status links to; omitted when undefined. */
  targetUrl?: string;
}

/**
 * Writes a status on `sha`. GitHub keeps every status and counts the latest per context, so this is safe to
 * repeat; the caller writes only when state or description change (a commit takes 1,000 per context).
 * Failures are left to the caller's WriteGate, which tells a read-only token from other refusals.
 */
export async function createCommitStatus(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  status: NewCommitStatus,
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repo,
    sha,
    state: status.state,
    context: status.context,
    description: status.description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
