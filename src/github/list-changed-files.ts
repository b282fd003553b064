/** `GET /repos/{o}/{r}/pulls/{n}/files`, every page: the changed paths and the diff lines keywords look at. */
import { collectDiffLines, readPatchHunks } from '../diff/read-hunks.js';
import type { ChangedFile, ChangeStatus } from '../diff/types.js';
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** GitHub's maximum page size for this endpoint. */
const PAGE_SIZE = 100;

/** The files API stops here silently; only `changed_files` on the PR tells (docs/GITHUB-PLATFORM.md, "Pull request files"). */
export const FILES_API_CAP = 3000;

export interface ListedChanges {
  files: ChangedFile[];
  /** Added and removed lines of the patches GitHub included, without their +/- marker. */
  diffLines: string[];
  /** False when GitHub listed fewer files than the PR's `changed_files`: the list is cut at the cap. */
  complete: boolean;
}

const STATUSES: ReadonlySet<string> = new Set<ChangeStatus>([
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed',
  'unchanged',
]);

/**
 * Lists a PR's changed files, 100 a page. A rename keeps its old path in `previousPath` (both paths are
 * routed). A missing `patch` (binary file, very large diff) means "no diff text", never "no change".
 *
 * @param expected the PR's `changed_files`, to detect the API's 3,000-file cap.
 */
export async function listChangedFiles(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  expected: number,
): Promise<ListedChanges> {
  const files: ChangedFile[] = [];
  const diffLines: string[] = [];
  try {
    const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
      ...repo,
      pull_number: number,
      per_page: PAGE_SIZE,
    });
    for await (const page of pages) {
      for (const entry of page.data) {
        const status = (STATUSES.has(entry.status) ? entry.status : 'modified') as ChangeStatus;
        const file: ChangedFile = { path: entry.filename, status };
        if (entry.previous_filename) file.previousPath = entry.previous_filename;
        files.push(file);
        if (entry.patch) {
          collectDiffLines(entry.patch, diffLines);
          const hunks = readPatchHunks(entry.patch, entry.filename);
          if (hunks.length > 0) file.hunks = hunks;
        } else if (entry.changes > 0) {
          // Lines changed but no patch: a diff too large for GitHub to include (a binary file changes 0 lines).
          file.diffOmitted = true;
        }
      }
    }
  } catch (error) {
    throw describeRequestFailure(`list the files of pull request #${number}`, error);
  }
  return { files, diffLines, complete: files.length >= expected };
}
