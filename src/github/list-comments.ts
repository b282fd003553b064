/** `GET /repos/{o}/{r}/issues/{n}/comments`, every page: the PR's conversation, oldest first. */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { IssueComment, RepoRef } from './types.js';

/**
 * Lists a PR's comments with their authors, oldest first (GitHub's order), so the sticky comment can be told
 * from a marker someone else pasted, and the oldest of two copies kept.
 */
export async function listComments(client: GitHubClient, repo: RepoRef, number: number): Promise<IssueComment[]> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 100,
    });
    return comments.map((c) => ({
      id: c.id,
      author: c.user?.login ?? '',
      body: c.body ?? '',
      url: c.html_url,
      createdAt: c.created_at,
    }));
  } catch (error) {
    throw describeRequestFailure(`list the comments of pull request #${number}`, error);
  }
}
