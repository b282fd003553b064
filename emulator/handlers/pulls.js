/**
 * Pull requests: the pull request itself (JSON or, with the diff media type, its diff) and its file list,
 * which GitHub stops at 3,000 files without saying so.
 */
import { diffEntryPayload, nodeId, repositoryPayload, stableId, teamPayload, userPayload } from '../payloads.js';
import { mergeRefusal } from '../merge-rules.js';
import { errorReply, notFound } from '../replies.js';
import { actorPayload, association, findPull, issueLabels, pageReply } from './context.js';

/** GitHub lists at most this many files of a pull request; `changed_files` still counts them all. */
export const MAX_LISTED_FILES = 3000;
/** Past these, GitHub refuses the diff media type with 406 (observed). */
export const MAX_DIFF_FILES = 300;
export const MAX_DIFF_LINES = 20000;
const DIFF_MEDIA_TYPE = /application\/vnd\.github(\.v3)?\.diff/;

/**
 * One side (base or head) of a pull request.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {import('../state.js').Pull} pull
 * @param {import('../state.js').Pull['head']} side
 */
function branchPayload(ctx, pull, side) {
  const { state, api } = ctx;
  // A deleted fork leaves no repository: GitHub shows the author as the owner and `repo: null`.
  const owner = side.repoFullName ? side.repoFullName.split('/')[0] : pull.user.login;
  const own = side.repoFullName === state.fullName;
  return {
    label: `${owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: userPayload(api, owner, own ? 'Organization' : 'User'),
    repo: side.repoFullName
      ? repositoryPayload(api, {
          fullName: side.repoFullName,
          id: own ? state.repositoryId : stableId(`repo:${side.repoFullName.toLowerCase()}`),
          defaultBranch: state.defaultBranch,
          fork: !own,
        })
      : null,
  };
}

/**
 * The pull-request object of `GET /pulls/{n}` (a superset of what request-reviewers answers).
 * @param {import('./context.js').HandlerContext} ctx
 * @param {import('../state.js').Pull} pull
 */
export function pullPayload(ctx, pull) {
  const { state, api } = ctx;
  const url = `${api}/repos/${state.fullName}/pulls/${pull.number}`;
  const issueUrl = `${api}/repos/${state.fullName}/issues/${pull.number}`;
  const htmlUrl = `https://github.com/${state.fullName}/pull/${pull.number}`;
  const statusesUrl = `${api}/repos/${state.fullName}/statuses/${pull.head.sha}`;
  const reviewCommentUrl = `${api}/repos/${state.fullName}/pulls/comments{/number}`;
  const href = (/** @type {string} */ link) => ({ href: link });
  return {
    url,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: reviewCommentUrl,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statusesUrl,
    number: pull.number,
    state: pull.state,
    locked: pull.locked,
    title: pull.title,
    user: actorPayload(ctx, pull.user),
    body: pull.body,
    labels: issueLabels(ctx, pull),
    milestone: null,
    active_lock_reason: pull.activeLockReason,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.mergedAt ?? null,
    merged_at: pull.mergedAt ?? null,
    merge_commit_sha: pull.mergeCommitSha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.requestedReviewers.map((login) => userPayload(api, login)),
    requested_teams: pull.requestedTeams.map((slug) => teamPayload(api, { org: state.owner, slug })),
    head: branchPayload(ctx, pull, pull.head),
    base: branchPayload(ctx, pull, pull.base),
    _links: {
      self: href(url),
      html: href(htmlUrl),
      issue: href(issueUrl),
      comments: href(`${issueUrl}/comments`),
      review_comments: href(`${url}/comments`),
      review_comment: href(reviewCommentUrl),
      commits: href(`${url}/commits`),
      statuses: href(statusesUrl),
    },
    author_association: association(state, pull.user.login),
    auto_merge: null,
    draft: pull.draft,
    merged: Boolean(pull.merged),
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: state.commentsOn(pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pull.files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: pull.changedFiles,
  };
}

/**
 * The pull request as `git diff` text, assembled from the listed files' patches.
 * @param {import('../state.js').Pull} pull
 */
function diffText(pull) {
  return pull.files
    .map((file) => {
      const from = file.previous_filename ?? file.filename;
      const header = [`diff --git a/${from} b/${file.filename}`];
      if (file.previous_filename) header.push(`rename from ${from}`, `rename to ${file.filename}`);
      if (file.status === 'added') header.push('new file mode 100644');
      if (file.status === 'removed') header.push('deleted file mode 100644');
      if (file.patch === undefined)
        return [...header, `Binary files a/${from} and b/${file.filename} differ`, ''].join('\n');
      const oldName = file.status === 'added' ? '/dev/null' : `a/${from}`;
      const newName = file.status === 'removed' ? '/dev/null' : `b/${file.filename}`;
      return [...header, `--- ${oldName}`, `+++ ${newName}`, file.patch, ''].join('\n');
    })
    .join('');
}

/** @type {import('./context.js').Handler} */
export function getPull(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  if (!DIFF_MEDIA_TYPE.test(String(ctx.headers.accept ?? ''))) return { status: 200, body: pullPayload(ctx, pull) };
  const lines = pull.files.reduce((sum, f) => sum + f.additions + f.deletions, 0);
  if (pull.changedFiles > MAX_DIFF_FILES || lines > MAX_DIFF_LINES) {
    const [what, limit] = pull.changedFiles > MAX_DIFF_FILES ? ['files', MAX_DIFF_FILES] : ['lines', MAX_DIFF_LINES];
    return errorReply(
      406,
      `Sorry, the diff exceeded the maximum number of ${what} (${limit}). Consider using 'List pull requests files' API or locally cloning the repository instead.`,
      ctx.operation.docs,
      { errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }] },
    );
  }
  return {
    status: 200,
    raw: diffText(pull),
    headers: { 'content-type': 'application/vnd.github.diff; charset=utf-8' },
  };
}

/** @type {import('./context.js').Handler} */
export function listPullFiles(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const listed = pull.files.slice(0, MAX_LISTED_FILES);
  return pageReply(
    ctx,
    listed.map((file) => diffEntryPayload(ctx.api, ctx.state.fullName, pull.head.sha, file)),
  );
}

/** @type {import('./context.js').Handler} */
export function mergePull(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const { state } = ctx;
  if (ctx.body?.sha !== undefined && ctx.body.sha !== pull.head.sha) {
    return errorReply(409, 'Head branch was modified. Review and try the merge again.', ctx.operation.docs);
  }
  const refused = mergeRefusal(state, pull);
  if (refused) return errorReply(405, refused, 'https://docs.github.com/articles/about-protected-branches');
  const sha = mergePullIntoBase(state, pull);
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
}

/**
 * Records the merge: a merge commit on the base branch's tip whose files are the tip's with the pull request's
 * changes applied (file by file: what the pull request changed wins), the branch moved, the pull request closed.
 * @param {import('../state.js').RepositoryState} state
 * @param {import('../state.js').Pull} pull
 * @returns {string} the merge commit
 */
export function mergePullIntoBase(state, pull) {
  const tip = state.branches.get(pull.base.ref) ?? pull.base.sha;
  const sha = state.mergeCommit(tip, pull.head.sha, `merge:${pull.number}`);
  state.branches.set(pull.base.ref, sha);
  Object.assign(pull, { state: 'closed', merged: true, mergedAt: state.now(), mergeCommitSha: sha });
  return sha;
}

/** Keys of the full pull request that pull-request-simple (the list's items) does not have. */
const NOT_SIMPLE = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
];

/** @type {import('./context.js').Handler} */
export function listPulls(ctx) {
  const { state } = ctx;
  const wanted = String(ctx.query.state ?? 'open');
  let pulls = [...state.pulls.values()].filter((p) => wanted === 'all' || p.state === wanted);
  if (ctx.query.head !== undefined) {
    // `user:ref-name` or `organization:ref-name`; the owner is the head repository's, so it finds fork PRs.
    // Without an owner, the name is taken as a branch of this repository's owner (observed).
    const head = String(ctx.query.head);
    const [owner, ref] = head.includes(':')
      ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
      : [state.owner, head];
    pulls = pulls.filter(
      (p) =>
        p.head.repoFullName !== null &&
        p.head.repoFullName.split('/')[0].toLowerCase() === owner.toLowerCase() &&
        p.head.ref === ref,
    );
  }
  if (ctx.query.base !== undefined) pulls = pulls.filter((p) => p.base.ref === String(ctx.query.base));
  const sort = String(ctx.query.sort ?? 'created');
  // Docs: direction defaults to desc when sort is created (or absent), else asc.
  const direction = String(ctx.query.direction ?? (sort === 'created' ? 'desc' : 'asc'));
  const key = (/** @type {import('../state.js').Pull} */ p) =>
    sort === 'updated'
      ? p.updatedAt
      : sort === 'popularity'
        ? String(state.commentsOn(p.number).length).padStart(9, '0')
        : sort === 'long-running'
          ? p.createdAt
          : p.createdAt;
  pulls.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number));
  if (direction === 'desc') pulls.reverse();
  return pageReply(
    ctx,
    pulls.map((pull) => {
      const full = /** @type {Record<string, unknown>} */ (pullPayload(ctx, pull));
      for (const key of NOT_SIMPLE) delete full[key];
      return full;
    }),
  );
}
