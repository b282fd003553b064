/** `GET /repos/{o}/{r}/compare/{base}...{head}`: what a branch changes since its merge base, file by file. */
import type { ChangeStatus } from '../diff/types.js';
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** The compare API lists at most this many files, silently (docs/GITHUB-PLATFORM.md, "Pull request files"). */
export const COMPARE_FILES_CAP = 300;

export interface ComparedFile {
  path: string;
  status: ChangeStatus;
  previousPath?: string;
  /** The unified hunks; absent for binary files and diffs too large to show. */
  patch?: string;
}

export interface Comparison {
  /** The commit `base...head` is taken from: where the two histories meet. */
  mergeBase: string;
  files: ComparedFile[];
  /** False when GitHub may have left files out (it listed the cap's worth). */
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
 * Compares `base...head` (three dots: against their merge base, as a pull request's diff is). Returns null
 * when GitHub knows no such comparison (404: a commit that is gone), so the caller can treat the change as
 * unknown rather than fail the run.
 *
 * @example (await compareCommits(client, repo, baseSha, reviewedSha))?.files[0] // → { path: 'rust/x.rs', status: 'modified', patch: '@@ …' }
 */
export async function compareCommits(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<Comparison | null> {
  let data;
  try {
    ({ data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}` }));
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return null;
    throw describeRequestFailure(`compare ${base}...${head}`, error);
  }
  const files = (data.files ?? []).map((entry): ComparedFile => {
    const file: ComparedFile = {
      path: entry.filename,
      status: (STATUSES.has(entry.status) ? entry.status : 'modified') as ChangeStatus,
    };
    if (entry.previous_filename) file.previousPath = entry.previous_filename;
    if (typeof entry.patch === 'string') file.patch = entry.patch;
    return file;
  });
  return { mergeBase: data.merge_base_commit.sha, files, complete: files.length < COMPARE_FILES_CAP };
}
