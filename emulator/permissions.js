/**
 * What a token may do: the repository permissions a GITHUB_TOKEN or GitHub App token is granted (`permissions:`
 * in a workflow), and the permission each served operation needs, from GitHub's "Permissions required for
 * fine-grained personal access tokens / GitHub Apps" pages. A request lacking it answers 403 "Resource not
 * accessible by integration" with GitHub's `x-accepted-github-permissions` header naming what would do.
 *
 * `metadata: read` is always granted. Operations with no entry need only metadata.
 */

/** @typedef {'read' | 'write' | 'none'} Level */
/** @typedef {Partial<Record<string, Level>>} TokenPermissions e.g. `{ contents: 'read', statuses: 'write' }` */

/**
 * operationId → the alternatives that allow it (any one suffices), each `scope=level`.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const REQUIRED_PERMISSIONS = Object.freeze({
  'repos/create-commit-status': ['statuses=write'],
  'repos/get-combined-status-for-ref': ['statuses=read'],
  'repos/list-commit-statuses-for-ref': ['statuses=read'],
  'repos/get-content': ['contents=read'],
  'git/get-tree': ['contents=read'],
  'repos/compare-commits-with-basehead': ['contents=read'],
  'pulls/get': ['pull_requests=read'],
  'pulls/list': ['pull_requests=read'],
  'pulls/list-files': ['pull_requests=read'],
  'pulls/list-reviews': ['pull_requests=read'],
  'pulls/list-requested-reviewers': ['pull_requests=read'],
  'pulls/request-reviewers': ['pull_requests=write'],
  'pulls/merge': ['contents=write'],
  'issues/list-comments': ['issues=read', 'pull_requests=read'],
  'issues/get-comment': ['issues=read', 'pull_requests=read'],
  'issues/create-comment': ['issues=write', 'pull_requests=write'],
  'issues/update-comment': ['issues=write', 'pull_requests=write'],
  'issues/delete-comment': ['issues=write', 'pull_requests=write'],
  'issues/list-labels-for-repo': ['issues=read', 'pull_requests=read'],
  'issues/get-label': ['issues=read', 'pull_requests=read'],
  'issues/create-label': ['issues=write', 'pull_requests=write'],
  'issues/list-labels-on-issue': ['issues=read', 'pull_requests=read'],
  'issues/add-labels': ['issues=write', 'pull_requests=write'],
  'issues/set-labels': ['issues=write', 'pull_requests=write'],
  'issues/remove-label': ['issues=write', 'pull_requests=write'],
  'repos/get-branch-protection': ['administration=read'],
  'repos/get-status-checks-protection': ['administration=read'],
  'actions/list-repo-workflows': ['actions=read'],
  'actions/get-github-actions-default-workflow-permissions-repository': ['administration=read'],
  graphql: [],
});

const RANK = { none: 0, read: 1, write: 2 };

/**
 * The alternatives an operation needs that the token lacks, or null when it may go ahead.
 * @param {string} operationId
 * @param {TokenPermissions | null} granted null: every permission (today's default)
 * @returns {readonly string[] | null}
 */
export function missingPermission(operationId, granted) {
  if (granted === null) return null;
  const needed = REQUIRED_PERMISSIONS[operationId] ?? [];
  if (needed.length === 0) return null;
  const allowed = needed.some((alternative) => {
    const [scope, level] = alternative.split('=');
    return RANK[granted[scope] ?? 'none'] >= RANK[/** @type {Level} */ (level)];
  });
  return allowed ? null : needed;
}
