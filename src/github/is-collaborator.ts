/** `GET /repos/{o}/{r}/collaborators/{username}`: 204 for a collaborator, 404 otherwise. */
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Whether GitHub will accept `login` as a reviewer here (only collaborators can be requested). A read, so
 * it is cheap where bisecting a refused review request would cost paced writes.
 *
 * @example await isCollaborator(client, repo, 'ojeda') // → true
 */
export async function isCollaborator(client: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  try {
    await client.rest.repos.checkCollaborator({ ...repo, username: login });
    return true;
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return false;
    throw describeRequestFailure(`check whether ${login} is a collaborator`, error);
  }
}
