/**
 * The GraphQL documents the sweep and the relay read pull requests with: one page of open PRs, or PRs by
 * number, each with every fact the per-PR run reads over REST (docs/GATE.md, "The per-PR run") — except
 * the files' patches and rename sources, which GraphQL does not give (see pull-snapshot.ts for what is
 * read when). Validated against GitHub's published schema in pull-request-facts.graphql.test.ts.
 *
 * Each connection asks for at most 100 nodes, GitHub's maximum; `pageInfo.hasNextPage` tells the reader
 * when a PR has more (then it reads that fact over REST, as the per-PR run does).
 */

/**
 * Everything about one PR. `$context` is the status context of the gate: only our status is read, not the
 * commit's other checks. `commits(last: 1)` is the head commit (checked against `headRefOid` by the reader:
 * GitHub orders a PR's commits by date, so after a rebase with old dates the last one may not be the head).
 */
export const PULL_REQUEST_FACTS_FRAGMENT = /* GraphQL */ `
  fragment PullRequestFacts on PullRequest {
    number
    title
    body
    url
    isDraft
    state
    locked
    author {
      __typename
      login
    }
    headRefOid
    baseRefOid
    baseRefName
    headRepository {
      nameWithOwner
    }
    changedFiles
    files(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        path
        changeType
      }
    }
    labels(first: 100) {
      nodes {
        name
      }
    }
    reviews(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        author {
          __typename
          login
        }
        state
        commit {
          oid
        }
      }
    }
    reviewRequests(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        requestedReviewer {
          __typename
          ... on User {
            login
          }
          ... on Team {
            slug
          }
        }
      }
    }
    comments(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        author {
          __typename
          login
        }
        databaseId
        body
        url
        createdAt
      }
    }
    commits(last: 1) {
      nodes {
        commit {
          oid
          status {
            context(name: $context) {
              state
              description
              targetUrl
            }
          }
        }
      }
    }
  }
`;

/**
 * One page of open pull requests, newest first — so a sweep cut by its limit keeps the PRs most likely to
 * move; a PR opened while the sweep pages only shifts the rest by one (the reader skips one it has seen) —
 * optionally only those targeting `$base`.
 */
export const OPEN_PULL_REQUESTS = /* GraphQL */ `
  query OpenPullRequests(
    $owner: String!
    $name: String!
    $base: String
    $context: String!
    $first: Int!
    $cursor: String
  ) {
    rateLimit {
      cost
      remaining
      resetAt
    }
    repository(owner: $owner, name: $name) {
      pullRequests(
        states: [OPEN]
        baseRefName: $base
        first: $first
        after: $cursor
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...PullRequestFacts
        }
      }
    }
  }
  ${PULL_REQUEST_FACTS_FRAGMENT}
`;

/** One pull request by number (the relay, and a PR read again after another run changed it). */
export const PULL_REQUEST_BY_NUMBER = /* GraphQL */ `
  query PullRequestByNumber($owner: String!, $name: String!, $number: Int!, $context: String!) {
    rateLimit {
      cost
      remaining
      resetAt
    }
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        ...PullRequestFacts
      }
    }
  }
  ${PULL_REQUEST_FACTS_FRAGMENT}
`;

/** An actor as GraphQL answers it: an app's bot is `github-actions`, `__typename: 'Bot'` (REST: `github-actions[bot]`). */
export interface ActorNode {
  __typename: string;
  login: string;
}

/** The answer's shape for one PR, as far as the reader reads it. */
export interface PullRequestFactsNode {
  number: number;
  title: string;
  body: string;
  url: string;
  isDraft: boolean;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  locked: boolean;
  author: ActorNode | null;
  headRefOid: string;
  baseRefOid: string;
  baseRefName: string;
  headRepository: { nameWithOwner: string } | null;
  changedFiles: number;
  files: {
    pageInfo: { hasNextPage: boolean };
    nodes: Array<{ path: string; changeType: string } | null> | null;
  } | null;
  labels: { nodes: Array<{ name: string } | null> | null } | null;
  reviews: {
    pageInfo: { hasNextPage: boolean };
    nodes: Array<{ author: ActorNode | null; state: string; commit: { oid: string } | null } | null> | null;
  } | null;
  reviewRequests: {
    pageInfo: { hasNextPage: boolean };
    nodes: Array<{ requestedReviewer: { __typename: string; login?: string; slug?: string } | null } | null> | null;
  } | null;
  comments: {
    pageInfo: { hasNextPage: boolean };
    nodes: Array<{
      author: ActorNode | null;
      databaseId: number | null;
      body: string;
      url: string;
      createdAt: string;
    } | null> | null;
  };
  commits: {
    nodes: Array<{
      commit: {
        oid: string;
        status: { context: { state: string; description: string | null; targetUrl: string | null } | null } | null;
      };
    } | null> | null;
  };
}

/** What every query above reports about the GraphQL budget (points, not requests). */
export interface RateLimitNode {
  cost: number;
  remaining: number;
  resetAt: string;
}

export interface OpenPullRequestsAnswer {
  rateLimit: RateLimitNode | null;
  repository: {
    pullRequests: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<PullRequestFactsNode | null> | null;
    };
  } | null;
}

export interface PullRequestByNumberAnswer {
  rateLimit: RateLimitNode | null;
  repository: { pullRequest: PullRequestFactsNode | null } | null;
}
