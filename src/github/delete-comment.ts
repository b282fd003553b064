/** `DELETE /repos/{o}/{r}/issues/comments/{id}`. */
import type { GitHubClient } from './client.js';
import { classifyRequestError } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Deletes one of our comments (a duplicate left by a race). A 404 means another run deleted it first: the
 * state we wanted, so it counts as done.
 */
export async function deleteComment(client: GitHubClient, repo: RepoRef, id: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ ...repo, comment_id: id });
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return;
    throw error;
  }
}
