/** `GET /repos/{o}/{r}/pulls?head=owner:branch`: the open PRs whose head is one branch (a fork's included). */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** An open PR as the list names it: enough to tell whether its head is a given commit. */
export interface PullHead {
  number: number;
  headSha: string;
  baseRef: string;
}

/**
 * Lists the open PRs from `owner:branch` (the head repository's owner, so a fork's PR is found by the fork
 * owner's name — `workflow_run.pull_requests` is empty for forks). The owner and branch only narrow the list;
 * the caller matches on the head SHA GitHub reports.
 *
 * @example await listPullRequestsByHead(client, repo, 'alice', 'rust-phy') // → [{ number: 12, headSha: '9e8d…', baseRef: 'main' }]
 */
export async function listPullRequestsByHead(
  client: GitHubClient,
  repo: RepoRef,
  owner: string,
  branch: string,
): Promise<PullHead[]> {
  try {
    const pulls = await client.paginate(client.rest.pulls.list, {
      ...repo,
      state: 'open',
      head: `${owner}:${branch}`,
      per_page: 100,
    });
    return pulls.map((pull) => ({ number: pull.number, headSha: pull.head.sha, baseRef: pull.base.ref }));
  } catch (error) {
    throw describeRequestFailure(`list the open pull requests from ${owner}:${branch}`, error);
  }
}
