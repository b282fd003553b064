/** `GET /repos/{o}/{r}/contents/{path}?ref=SHA`, asked only whether the path is a directory. */
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * True when `path` is a directory at `commit` (the contents API answers a directory with an array), false
 * for a file or nothing at all (404). get_maintainer.pl asks the same of the tree with `-d`.
 *
 * @example await isDirectoryAtCommit(client, repo, 'include/drm/drm', baseSha) // → false
 */
export async function isDirectoryAtCommit(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  commit: string,
): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref: commit });
    return Array.isArray(data);
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return false;
    throw describeRequestFailure(`look up ${path} at commit ${commit}`, error);
  }
}
