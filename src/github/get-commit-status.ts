/** `GET /repos/{o}/{r}/commits/{ref}/status`: the latest status of each context on one commit. */
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** A commit status as GitHub keeps it. */
export interface CommitStatus {
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string;
  targetUrl: string | null;
}

/** The combined status lists at most this many contexts a page. */
const PAGE_SIZE = 100;

/**
 * The latest status with `context` on `sha`, or null when there is none. The combined status holds one entry
 * per context (the latest), so other tools' statuses on the commit cost at most a page each, never a walk
 * through every status ever written.
 *
 * @example await getCommitStatus(client, repo, headSha, 'rust-patch-router') // → { state: 'failure', description: 'Blocked: …', targetUrl: '…' }
 */
export async function getCommitStatus(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  context: string,
): Promise<CommitStatus | null> {
  try {
    for (let page = 1; ; page++) {
      const { data } = await client.rest.repos.getCombinedStatusForRef({
        ...repo,
        ref: sha,
        per_page: PAGE_SIZE,
        page,
      });
      const ours = data.statuses.find((status) => status.context === context);
      if (ours) {
        return {
          state: ours.state as CommitStatus['state'],
          description: ours.description ?? '',
          targetUrl: ours.target_url ?? null,
        };
      }
      if (data.statuses.length < PAGE_SIZE) return null;
    }
  } catch (error) {
    const failure = describeRequestFailure(`read the commit status of ${sha}`, error);
    if (classifyRequestError(error).kind !== 'read-only') throw failure;
    // Even a fork's read-only token can read statuses: a refusal means the workflow's permissions omit them.
    throw new Error(`${failure.message}. Give the workflow statuses: write (it reads and writes the gate's status).`, {
      cause: error,
    });
  }
}
