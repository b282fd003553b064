/** `GET /repos/{o}/{r}`: the repository's default branch, and whether it exists for this token at all. */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

export interface RepositoryInfo {
  /** `owner/name` as GitHub spells it (the request's case may differ). */
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** The token's own role on the repository, when GitHub says (it does for authenticated requests). */
  viewerPermission?: 'admin' | 'maintain' | 'write' | 'triage' | 'read';
}

/**
 * Reads the repository. A 404 means it does not exist or the token cannot see it (GitHub does not say which).
 *
 * @example (await getRepository(client, { owner: 'rust-for-linux', repo: 'linux' })).defaultBranch // → 'main'
 */
export async function getRepository(client: GitHubClient, repo: RepoRef): Promise<RepositoryInfo> {
  try {
    const { data } = await client.rest.repos.get({ ...repo });
    const p = data.permissions;
    const viewerPermission = !p
      ? undefined
      : p.admin
        ? 'admin'
        : p.maintain
          ? 'maintain'
          : p.push
            ? 'write'
            : p.triage
              ? 'triage'
              : 'read';
    return { fullName: data.full_name, defaultBranch: data.default_branch, private: data.private, viewerPermission };
  } catch (error) {
    throw describeRequestFailure(`read the repository ${repo.owner}/${repo.repo}`, error);
  }
}
