/** `POST /graphql` `repository.mergeQueue(branch).entries`: the queue GitHub keeps for a branch. */
import type { GitHubClient } from './client.js';
import { MERGE_QUEUE_ENTRIES, type MergeQueueEntriesAnswer } from './merge-queue.graphql.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** One entry of a merge queue. */
export interface MergeQueueEntry {
  /** 1 is next to merge. */
  position: number;
  /** The commit the entry is tested in: a merge group's `head_sha`. */
  groupSha: string | null;
  pullNumber: number;
  /** The PR's head when it was queued. */
  pullHeadSha: string;
}

/** Pages read at most: 100 entries each. A queue longer than 1,000 is not one we can reason about. */
const MAX_PAGES = 10;

/**
 * Lists the merge queue of `branch`. Which pull requests a merge group holds comes from here — data GitHub
 * keeps — never from the group's branch name or any text a PR's author wrote. Empty when the branch has no
 * queue.
 */
export async function listMergeQueue(client: GitHubClient, repo: RepoRef, branch: string): Promise<MergeQueueEntry[]> {
  const entries: MergeQueueEntry[] = [];
  let cursor: string | null = null;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer: MergeQueueEntriesAnswer = await client.graphql<MergeQueueEntriesAnswer>(MERGE_QUEUE_ENTRIES, {
        owner: repo.owner,
        name: repo.repo,
        branch,
        cursor,
      });
      const connection = answer.repository?.mergeQueue?.entries;
      if (!connection) break;
      for (const node of connection.nodes ?? []) {
        if (!node?.pullRequest) continue;
        entries.push({
          position: node.position,
          groupSha: node.headCommit?.oid ?? null,
          pullNumber: node.pullRequest.number,
          pullHeadSha: node.pullRequest.headRefOid,
        });
      }
      if (!connection.pageInfo.hasNextPage) break;
      cursor = connection.pageInfo.endCursor;
    }
  } catch (error) {
    throw describeRequestFailure(`read the merge queue of ${branch}`, error);
  }
  return entries;
}
