/**
 * The PR's complete change set: from the files API, or past its 3,000-file cap from a local git checkout
 * holding both commits (used only as an object store: no file of the workspace is read).
 */
import type { ChangeSet } from '../diff/types.js';
import { formatSourceError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { FILES_API_CAP, listChangedFiles } from '../github/list-changed-files.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import { readGitChanges } from '../local/read-git-changes.js';

export type PullChanges =
  | { complete: true; changes: ChangeSet; source: 'api' | 'git' }
  /** The API's list only; `reason` says why git could not complete it and how to fix the workflow. */
  | { complete: false; changes: ChangeSet; reason: string };

/**
 * Lists the PR's changes. When GitHub listed fewer files than the PR's `changed_files`, asks git in
 * `workspace` for `base...head` (what the files API shows: changes since the merge base).
 */
export async function readPullChanges(
  client: GitHubClient,
  repo: RepoRef,
  pr: PullRequest,
  workspace: string | undefined,
): Promise<PullChanges> {
  const listed = await listChangedFiles(client, repo, pr.number, pr.changedFiles);
  const fromApi: ChangeSet = { files: listed.files, title: pr.title, body: pr.body, diffLines: listed.diffLines };
  if (listed.complete) return { complete: true, changes: fromApi, source: 'api' };

  const truncated =
    `Pull request #${pr.number} changes ${pr.changedFiles} files, but GitHub's API lists only ` +
    `${Math.min(listed.files.length, FILES_API_CAP)} of them.`;
  const fix =
    'Check out the repository with both commits before this step, e.g. actions/checkout with fetch-depth: 0 ' +
    '(under pull_request_target also ref: refs/pull/<number>/merge and persist-credentials: false); ' +
    'the action only reads git objects from it, never the checked-out files.';
  if (!workspace)
    return { complete: false, changes: fromApi, reason: `${truncated} GITHUB_WORKSPACE is not set. ${fix}` };

  const git = readGitChanges(`${pr.baseSha}...${pr.headSha}`, workspace);
  if (git.errors.length > 0) {
    const why = git.errors.map(formatSourceError).join('; ');
    return { complete: false, changes: fromApi, reason: `${truncated} git could not list them (${why}). ${fix}` };
  }
  // The PR's own title and body, not the commit message, are what keywords match on.
  return { complete: true, changes: { ...git.value, title: pr.title, body: pr.body }, source: 'git' };
}
