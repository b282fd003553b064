/** `POST /graphql` `repository.pullRequest(number)`: one PR with every fact the run reads. */
import type { GitHubClient } from './client.js';
import { PULL_REQUEST_BY_NUMBER, type PullRequestByNumberAnswer } from './pull-request-facts.graphql.js';
import { pullSnapshot, type PullSnapshot } from './pull-snapshot.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Reads pull request `number` as the sweep reads each open PR (the relay, and a PR read again when another
 * run changed it meanwhile).
 *
 * @example (await getPullRequestSnapshot(client, repo, 12, 'rust-patch-router')).pr.headSha // → '9e8d7c6…'
 */
export async function getPullRequestSnapshot(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  context: string,
): Promise<PullSnapshot> {
  let answer: PullRequestByNumberAnswer;
  try {
    answer = await client.graphql<PullRequestByNumberAnswer>(PULL_REQUEST_BY_NUMBER, {
      owner: repo.owner,
      name: repo.repo,
      number,
      context,
    });
  } catch (error) {
    throw describeRequestFailure(`read pull request #${number}`, error);
  }
  const node = answer.repository?.pullRequest;
  if (!node) throw new Error(`Could not read pull request #${number}: GraphQL found none.`);
  return pullSnapshot(node, repo);
}
