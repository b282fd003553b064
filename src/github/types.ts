/**
 * What the GitHub adapter hands to the action: plain data read from the REST API, never Octokit's types, so
 * the action's logic does not depend on the shape of GitHub's JSON.
 */

/** The repository the workflow runs in (`GITHUB_REPOSITORY`). */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** A pull request as read fresh from `GET /pulls/{n}` (the event payload may be stale). */
export interface PullRequest {
  number: number;
  title: string;
  body: string;
  /** The author's login: never requested for review. */
  author: string;
  draft: boolean;
  state: 'open' | 'closed';
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseRepoFullName: string;
  /** GitHub's count of changed files: more than the files API lists past its 3,000-file cap. */
  changedFiles: number;
  /** Label names on the PR now. */
  labels: string[];
  /** Pending user review requests (logins). */
  requestedReviewers: string[];
  /** Pending team review requests, written `org/team` like the policy. */
  requestedTeams: string[];
  /** The PR's page: where the status links when there is no sticky comment. */
  htmlUrl: string;
  /** A locked conversation takes no comment from the action (docs/GATE.md, "The sticky comment"). */
  locked: boolean;
}

/** One comment of a PR's conversation. */
export interface IssueComment {
  id: number;
  /** The author's login (`github-actions[bot]` for the action's own). */
  author: string;
  body: string;
  /** The comment's page (`…/pull/12#issuecomment-…`): the status links to it. */
  url: string;
  createdAt: string;
}
