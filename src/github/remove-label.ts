/** `DELETE /repos/{o}/{r}/issues/{n}/labels/{name}`. */
import type { GitHubClient } from './client.js';
import { classifyRequestError } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Removes one label from a PR. GitHub answers 404 when it is not there (someone removed it meanwhile):
 * that is the state we wanted, so it counts as done. Octokit URL-encodes the name (`rust: blocked`).
 */
export async function removeLabel(client: GitHubClient, repo: RepoRef, number: number, name: string): Promise<void> {
  try {
    await client.rest.issues.removeLabel({ ...repo, issue_number: number, name });
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return;
    throw error;
  }
}
