/** `PATCH /repos/{o}/{r}/issues/comments/{id}`. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';

/** Replaces a comment's body (an edit is idempotent: retrying it is safe). */
export async function updateComment(client: GitHubClient, repo: RepoRef, id: number, body: string): Promise<void> {
  await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}
