/** `POST /graphql` `repository.pullRequests(states: OPEN, baseRefName)`: the open PRs' paths, newest first. */
import type { GitHubClient } from './client.js';
import { OPEN_PULL_PATHS, type OpenPullPathsAnswer } from './open-pull-paths.graphql.js';
import { restLogin } from './pull-snapshot.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** An open PR as the preview sees it. */
export interface OpenPullPaths {
  number: number;
  title: string;
  author: string;
  /** Its changed paths; the first 100 when `complete` is false. */
  paths: string[];
  complete: boolean;
}

export interface OpenPullPathsList {
  pulls: OpenPullPaths[];
  /** Open PRs targeting the branch; more than `pulls.length` when `max` cut the list. */
  totalCount: number;
}

/**
 * Lists the open PRs targeting `base`, newest first, at most `max` (100 a request).
 *
 * @example (await listOpenPullPaths(client, repo, 'main', 500)).pulls[0] // → { number: 41, title: '…', author: 'alice', paths: ['rust/kernel/dma.rs'], complete: true }
 */
export async function listOpenPullPaths(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  max: number,
): Promise<OpenPullPathsList> {
  const pulls: OpenPullPaths[] = [];
  let totalCount = 0;
  let cursor: string | null = null;
  try {
    do {
      const answer: OpenPullPathsAnswer = await client.graphql<OpenPullPathsAnswer>(OPEN_PULL_PATHS, {
        owner: repo.owner,
        name: repo.repo,
        base,
        cursor,
      });
      const connection = answer.repository?.pullRequests;
      if (!connection) break;
      totalCount = connection.totalCount;
      for (const node of connection.nodes ?? []) {
        if (!node || pulls.length >= max) continue;
        const paths = (node.files?.nodes ?? []).flatMap((file) => (file ? [file.path] : []));
        pulls.push({
          number: node.number,
          title: node.title,
          author: restLogin(node.author),
          paths,
          complete: paths.length >= node.changedFiles,
        });
      }
      cursor = connection.pageInfo.hasNextPage && pulls.length < max ? connection.pageInfo.endCursor : null;
    } while (cursor !== null);
  } catch (error) {
    throw describeRequestFailure(`list the paths of the open pull requests into ${base}`, error);
  }
  return { pulls, totalCount };
}
