/**
 * The GraphQL document a policy-editing PR's preview reads the other open PRs with: only their numbers,
 * titles and changed paths, 100 PRs a page (docs/GATE.md, "Policy-editing pull requests"). Validated against
 * GitHub's published schema in open-pull-paths.graphql.test.ts.
 */
export const OPEN_PULL_PATHS = /* GraphQL */ `
  query OpenPullPaths($owner: String!, $name: String!, $base: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      pullRequests(
        states: [OPEN]
        baseRefName: $base
        first: 100
        after: $cursor
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          title
          author {
            __typename
            login
          }
          changedFiles
          files(first: 100) {
            nodes {
              path
            }
          }
        }
      }
    }
  }
`;

export interface OpenPullPathsAnswer {
  repository: {
    pullRequests: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        number: number;
        title: string;
        author: { __typename: string; login: string } | null;
        changedFiles: number;
        files: { nodes: Array<{ path: string } | null> | null } | null;
      } | null> | null;
    };
  } | null;
}
