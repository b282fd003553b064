/** `POST /repos/{o}/{r}/issues/{n}/comments`, sent once. */
import type { GitHubClient } from './client.js';
import type { IssueComment, RepoRef } from './types.js';

/**
 * Creates a comment, **without the client's retries**: a 5xx or a dropped connection does not say whether
 * GitHub made the comment, and sending it again would leave two for good. The caller lists the comments
 * again on any failure (docs/GATE.md, "The sticky comment"). Failures are left to the caller's WriteGate.
 */
export async function createComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<IssueComment> {
  const { data } = await client.rest.issues.createComment({
    ...repo,
    issue_number: number,
    body,
    request: { retries: 0 },
  });
  return {
    id: data.id,
    author: data.user?.login ?? '',
    body: data.body ?? body,
    url: data.html_url,
    createdAt: data.created_at,
  };
}
