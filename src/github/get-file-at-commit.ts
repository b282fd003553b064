/** `GET /repos/{o}/{r}/contents/{path}?ref=SHA` with the raw media type: a file's text at one commit. */
import { InputError, sourceError } from '../errors.js';
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Reads a file as it is at `commit`. The raw media type matters: the JSON answer stops at 1 MB and the
 * kernel's MAINTAINERS is close to that; raw goes to 100 MB.
 *
 * @throws InputError CONFIG_MISSING naming the path and the commit when the file is absent there (404) or
 *   is a directory — never a silent pass.
 * @example await getFileAtCommit(client, { owner: 'o', repo: 'r' }, 'maintainers.yml', baseSha) // → 'version: 1\n…'
 */
export async function getFileAtCommit(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  commit: string,
): Promise<string> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({ ...repo, path, ref: commit, mediaType: { format: 'raw' } }));
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') {
      throw missing(path, commit, 'does not exist');
    }
    throw describeRequestFailure(`read ${path} at commit ${commit}`, error);
  }
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  // A directory answers with its JSON listing whatever media type was asked for.
  throw missing(path, commit, 'is a directory, not a file');
}

function missing(path: string, commit: string, what: string): InputError {
  return new InputError([sourceError('CONFIG_MISSING', `${path} ${what} at commit ${commit}`, path)]);
}
