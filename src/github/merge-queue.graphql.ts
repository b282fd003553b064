/**
 * The GraphQL document the action sends to find which pull requests a merge group holds. GitHub has no REST
 * endpoint for merge queues. Validated against GitHub's published schema in merge-queue.graphql.test.ts.
 */

/** A merge queue's entries, in queue order: each with the group commit it is tested in and its PR. */
export const MERGE_QUEUE_ENTRIES = /* GraphQL */ `
  query MergeQueueEntries($owner: String!, $name: String!, $branch: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      mergeQueue(branch: $branch) {
        entries(first: 100, after: $cursor) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            position
            headCommit {
              oid
            }
            pullRequest {
              number
              headRefOid
            }
          }
        }
      }
    }
  }
`;

/** The answer's shape, as far as the action reads it. */
export interface MergeQueueEntriesAnswer {
  repository: {
    mergeQueue: {
      entries: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{
          position: number;
          headCommit: { oid: string } | null;
          pullRequest: { number: number; headRefOid: string } | null;
        } | null> | null;
      };
    } | null;
  } | null;
}
