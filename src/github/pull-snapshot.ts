/**
 * A pull request as one GraphQL answer describes it (pull-request-facts.graphql.ts), turned into the plain
 * data the per-PR run reads over REST — with a flag for each fact the answer may hold only in part, so the
 * caller knows which REST read completes it.
 */
import type { ChangedFile, ChangeStatus } from '../diff/types.js';
import type { Review } from '../routing/review-verdicts.js';
import type { CommitStatus } from './get-commit-status.js';
import type { ActorNode, PullRequestFactsNode } from './pull-request-facts.graphql.js';
import type { IssueComment, PullRequest, RepoRef } from './types.js';

export interface PullSnapshot {
  /** The PR; `baseSha` is `baseRefOid`, the base as GitHub last recorded it (not necessarily the branch's tip). */
  pr: PullRequest;
  /** The changed files GraphQL listed: paths and statuses, no patches, no rename sources. */
  files: ChangedFile[];
  /**
   * True when `files` is the PR's whole change as routing needs it: every file listed, and no rename or copy
   * (GraphQL does not name a renamed file's old path, which routing decides too).
   */
  filesComplete: boolean;
  reviews: Review[];
  /** False when the PR has more reviews than one page holds. */
  reviewsComplete: boolean;
  /** The PR's comments, oldest first. */
  comments: IssueComment[];
  /** False when the PR has more comments than one page holds. */
  commentsComplete: boolean;
  /**
   * Our latest status on the head; null when there is none. Undefined when the answer could not tell (its
   * last commit was not the head): the caller reads it over REST.
   */
  status: CommitStatus | null | undefined;
}

const CHANGE_STATUSES: Readonly<Record<string, ChangeStatus>> = {
  ADDED: 'added',
  DELETED: 'removed',
  MODIFIED: 'modified',
  RENAMED: 'renamed',
  COPIED: 'copied',
  CHANGED: 'changed',
};

const STATUS_STATES: ReadonlySet<string> = new Set(['error', 'failure', 'pending', 'success']);

/**
 * GraphQL names an app's bot without the `[bot]` suffix REST uses (`github-actions` for
 * `github-actions[bot]`); the action compares logins as REST spells them (the `comment-author` input).
 *
 * @example restLogin({ __typename: 'Bot', login: 'github-actions' }) // → 'github-actions[bot]'
 */
export function restLogin(actor: ActorNode | null): string {
  if (actor === null) return '';
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}

/** Turns one answer node into a snapshot; `repo` is the repository asked about (its PRs' base repository). */
export function pullSnapshot(node: PullRequestFactsNode, repo: RepoRef): PullSnapshot {
  const files = (node.files?.nodes ?? []).flatMap((file): ChangedFile[] =>
    file ? [{ path: file.path, status: CHANGE_STATUSES[file.changeType] ?? 'modified' }] : [],
  );
  const renames = files.some((file) => file.status === 'renamed' || file.status === 'copied');
  const requested = (node.reviewRequests?.nodes ?? []).flatMap((request) => {
    const reviewer = request?.requestedReviewer;
    return reviewer ? [reviewer] : [];
  });
  const head = node.commits.nodes?.at(-1)?.commit;
  const context = head?.status?.context ?? null;
  const state = context?.state.toLowerCase() ?? '';
  const pr: PullRequest = {
    number: node.number,
    title: node.title,
    body: node.body ?? '',
    author: restLogin(node.author),
    draft: node.isDraft,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    baseSha: node.baseRefOid,
    baseRef: node.baseRefName,
    headSha: node.headRefOid,
    headRepoFullName: node.headRepository?.nameWithOwner ?? null,
    baseRepoFullName: `${repo.owner}/${repo.repo}`,
    changedFiles: node.changedFiles,
    labels: (node.labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : [])),
    requestedReviewers: requested.flatMap((r) => (r.__typename !== 'Team' && r.login ? [r.login] : [])),
    // A team can only be requested from the repository's own organisation (as get-pull-request.ts writes it).
    requestedTeams: requested.flatMap((r) => (r.__typename === 'Team' && r.slug ? [`${repo.owner}/${r.slug}`] : [])),
    htmlUrl: node.url,
    locked: node.locked,
  };
  return {
    pr,
    files,
    filesComplete: !renames && node.files?.pageInfo.hasNextPage === false && files.length >= node.changedFiles,
    reviews: (node.reviews?.nodes ?? []).flatMap((review): Review[] =>
      review?.author
        ? [{ login: restLogin(review.author), state: review.state, commitId: review.commit?.oid ?? null }]
        : [],
    ),
    reviewsComplete: node.reviews?.pageInfo.hasNextPage === false,
    comments: (node.comments.nodes ?? []).flatMap((comment): IssueComment[] =>
      comment && comment.databaseId !== null
        ? [
            {
              id: comment.databaseId,
              author: restLogin(comment.author),
              body: comment.body,
              url: comment.url,
              createdAt: comment.createdAt,
            },
          ]
        : [],
    ),
    commentsComplete: node.comments.pageInfo.hasNextPage === false,
    status:
      head?.oid !== node.headRefOid
        ? undefined
        : context === null || !STATUS_STATES.has(state)
          ? null
          : {
              state: state as CommitStatus['state'],
              description: context.description ?? '',
              targetUrl: context.targetUrl,
            },
  };
}
