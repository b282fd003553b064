/** `POST /graphql` `repository.pullRequests(states: OPEN)`: one page of open PRs with every fact the run reads. */
import type { GitHubClient } from './client.js';
import { OPEN_PULL_REQUESTS, type OpenPullRequestsAnswer } from './pull-request-facts.graphql.js';
import { pullSnapshot, type PullSnapshot } from './pull-snapshot.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

export interface OpenPullRequestsPage {
  pulls: PullSnapshot[];
  /** Open PRs in all (targeting `base` when given), at the time of this page. */
  totalCount: number;
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
  /** The GraphQL budget after this page, and what the page cost (points). */
  rate: { cost: number; remaining: number; resetAt: string } | null;
}

export interface OpenPullRequestsQuery {
  /** Only PRs targeting this branch; every open PR when absent. */
  base?: string;
  /** Our status context: the only status read on each head. */
  context: string;
  /** PRs on this page (1–100). */
  first: number;
  /** The previous page's `nextCursor`; the first page when absent. */
  cursor?: string | null;
}

/**
 * Reads one page of open PRs, newest first.
 *
 * @example (await listOpenPullRequests(client, repo, { context: 'rust-patch-router', first: 50 })).pulls[0].pr.number // → 3
 */
export async function listOpenPullRequests(
  client: GitHubClient,
  repo: RepoRef,
  query: OpenPullRequestsQuery,
): Promise<OpenPullRequestsPage> {
  let answer: OpenPullRequestsAnswer;
  try {
    answer = await client.graphql<OpenPullRequestsAnswer>(OPEN_PULL_REQUESTS, {
      owner: repo.owner,
      name: repo.repo,
      base: query.base ?? null,
      context: query.context,
      first: query.first,
      cursor: query.cursor ?? null,
    });
  } catch (error) {
    throw describeRequestFailure(`list the open pull requests${query.base ? ` into ${query.base}` : ''}`, error);
  }
  const connection = answer.repository?.pullRequests;
  if (!connection)
    throw new Error(`Could not list the open pull requests: GraphQL found no repository ${repo.owner}/${repo.repo}.`);
  return {
    pulls: (connection.nodes ?? []).flatMap((node) => (node ? [pullSnapshot(node, repo)] : [])),
    totalCount: connection.totalCount,
    nextCursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
    rate: answer.rateLimit,
  };
}
