/**
 * The one comment the action keeps on a PR: `GET /issues/{n}/comments` to find it, then `POST` to create
 * it or `PATCH /issues/comments/{id}` to update it in place.
 */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** GitHub's limit on a comment body. */
export const MAX_COMMENT_LENGTH = 65536;

export interface StickyCommentRequest {
  /** The hidden HTML marker that identifies our comment, e.g. `<!-- rust-patch-router -->`. */
  marker: string;
  /** The full body, marker included. */
  body: string;
  /**
   * Whether the PR calls for a comment now (it touches Rust or is blocked). When false, an existing comment
   * is still brought up to date (so it says the Rust is gone) but none is created.
   */
  wanted: boolean;
}

export type StickyCommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed';

/**
 * Creates or updates the sticky comment, writing only when its body would change, so a re-run on an
 * unchanged PR makes no write. Ours is the oldest comment carrying the marker whose author is a bot
 * (`github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for an App): a marker pasted by a person is ignored.
 */
export async function syncStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  request: StickyCommentRequest,
): Promise<StickyCommentOutcome> {
  if (request.body.length > MAX_COMMENT_LENGTH) {
    throw new Error(`The comment is ${request.body.length} characters; GitHub takes at most ${MAX_COMMENT_LENGTH}.`);
  }
  const existing = await findStickyComment(client, repo, number, request.marker);
  if (existing === null) {
    if (!request.wanted) return 'not-needed';
    await client.rest.issues.createComment({ ...repo, issue_number: number, body: request.body });
    return 'created';
  }
  if (normalise(existing.body) === normalise(request.body)) return 'unchanged';
  await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: request.body });
  return 'updated';
}

/** Finds our comment: marker present and authored by a bot account. */
export async function findStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  marker: string,
): Promise<{ id: number; body: string } | null> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 100,
    });
    const ours = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').includes(marker));
    return ours ? { id: ours.id, body: ours.body ?? '' } : null;
  } catch (error) {
    throw describeRequestFailure(`list the comments of pull request #${number}`, error);
  }
}

/** GitHub may hand a body back with CRLF line ends; that is no change worth a write. */
function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n');
}
