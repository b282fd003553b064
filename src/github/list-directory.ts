/** `GET /repos/{o}/{r}/contents/{path}?ref=REF` on a directory: the paths of the files directly in it. */
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Lists a directory's files (not subdirectories) at `ref`; an absent directory is empty.
 *
 * @example await listDirectory(client, repo, '.github/workflows', 'main') // → ['.github/workflows/ci.yml']
 */
export async function listDirectory(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string[]> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
    return Array.isArray(data) ? data.filter((entry) => entry.type === 'file').map((entry) => entry.path) : [];
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return [];
    throw describeRequestFailure(`list ${path} at ${ref}`, error);
  }
}
