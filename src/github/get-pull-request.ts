/** `GET /repos/{o}/{r}/pulls/{n}`: the PR as it is now, whatever the event payload said. */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { PullRequest, RepoRef } from './types.js';

/**
 * Reads a pull request fresh: labels, pending review requests and draft state change after the event fired.
 * Teams come back as `org/team`, the way the policy writes them.
 */
export async function getPullRequest(client: GitHubClient, repo: RepoRef, number: number): Promise<PullRequest> {
  let data;
  try {
    ({ data } = await client.rest.pulls.get({ ...repo, pull_number: number }));
  } catch (error) {
    throw describeRequestFailure(`read pull request #${number}`, error);
  }
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    author: data.user.login,
    draft: data.draft === true,
    state: data.state === 'closed' ? 'closed' : 'open',
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    headSha: data.head.sha,
    headRepoFullName: data.head.repo?.full_name ?? null,
    baseRepoFullName: data.base.repo.full_name,
    changedFiles: data.changed_files,
    labels: data.labels.map((label) => label.name),
    requestedReviewers: (data.requested_reviewers ?? []).map((user) => user.login),
    // A team can only be requested from the repository's own organisation.
    requestedTeams: (data.requested_teams ?? []).map((team) => `${repo.owner}/${team.slug}`),
    htmlUrl: data.html_url,
    locked: data.locked === true,
  };
}
