/** `GET /repos/{o}/{r}/contents/{path}?ref=SHA`: a file's text at one commit. */
import { InputError, sourceError } from '../errors.js';
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** Limits for reading a file the PR's author controls (its head), so a hostile file costs little. */
export interface ReadLimits {
  /** Refuse files larger than this (checked from GitHub's `size` before decoding). */
  maxBytes: number;
  /** Abandon the request when this signal aborts (a time budget). */
  signal?: AbortSignal;
}

/**
 * Reads a file as it is at `commit`. Without `limits` the raw media type is used: the JSON answer stops at
 * 1 MB and the kernel's MAINTAINERS is close to that; raw goes to 100 MB. With `limits` (a file from the PR's
 * head) the JSON answer is used instead: it carries the file's size and GitHub refuses it past 1 MB, so a
 * 20 MB file is never downloaded.
 *
 * @throws InputError CONFIG_MISSING naming the path and the commit when the file is absent there (404) or
 *   is a directory — never a silent pass.
 * @throws Error naming the size and the cap for a file over `limits.maxBytes`.
 * @example await getFileAtCommit(client, { owner: 'o', repo: 'r' }, 'maintainers.yml', baseSha) // → 'version: 1\n…'
 */
export async function getFileAtCommit(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  commit: string,
  limits?: ReadLimits,
): Promise<string> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({
      ...repo,
      path,
      ref: commit,
      ...(limits ? { request: { signal: limits.signal } } : { mediaType: { format: 'raw' } }),
    }));
  } catch (error) {
    const failure = classifyRequestError(error);
    if (failure.kind === 'not-found') throw missing(path, commit, 'does not exist');
    if (limits && failure.kind === 'forbidden') {
      throw new Error(`${path} at commit ${commit} is over ${limits.maxBytes} bytes (GitHub: ${failure.message})`);
    }
    throw describeRequestFailure(`read ${path} at commit ${commit}`, error);
  }
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  if (limits && isFileContent(data)) {
    if (data.size > limits.maxBytes) {
      throw new Error(`${path} at commit ${commit} is ${data.size} bytes, over the ${limits.maxBytes}-byte cap`);
    }
    return Buffer.from(data.content, 'base64').toString('utf8');
  }
  // A directory answers with its JSON listing whatever media type was asked for.
  throw missing(path, commit, 'is a directory, not a file');
}

function isFileContent(data: unknown): data is { type: 'file'; size: number; content: string } {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    (data as { type?: unknown }).type === 'file' &&
    typeof (data as { content?: unknown }).content === 'string'
  );
}

function missing(path: string, commit: string, what: string): InputError {
  return new InputError([sourceError('CONFIG_MISSING', `${path} ${what} at commit ${commit}`, path)]);
}
