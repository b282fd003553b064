/**
 * The one comment the action keeps on a PR (docs/GATE.md, "The sticky comment"). Ours is a comment carrying
 * the marker **and** written by the action's own login: a marker quoted by a person or by any other bot (an
 * AI reviewer echoing the PR body, a welcome bot) is never taken over.
 *
 * Two runs at once, or a create whose answer was lost, can leave two copies. A create is therefore sent once
 * (no client retry); on any doubt the comments are listed again before anything else is sent; after a create
 * the list is read once more, and when copies of ours exist the oldest is kept and the newer ones deleted —
 * every run does the same, so racing runs converge on one comment.
 */
import type { GitHubClient } from '../github/client.js';
import { createComment } from '../github/create-comment.js';
import { deleteComment } from '../github/delete-comment.js';
import { listComments } from '../github/list-comments.js';
import { classifyRequestError } from '../github/request-failure.js';
import type { IssueComment, RepoRef } from '../github/types.js';
import { updateComment } from '../github/update-comment.js';
import type { WriteGate } from '../github/write-gate.js';

/** GitHub's limit on a comment body. */
export const MAX_COMMENT_LENGTH = 65536;

export interface StickyRequest {
  /** The hidden HTML marker, e.g. `<!-- rust-patch-router -->`. */
  marker: string;
  /** The login our comment must be written by (`github-actions[bot]`, or the App's `<app>[bot]`). */
  author: string;
  /** The full body, marker included. */
  body: string;
  /**
   * Whether the PR calls for a comment now (it touches Rust or is blocked). When false an existing comment is
   * still brought up to date (so it says the Rust is gone), but none is created.
   */
  wanted: boolean;
  /** The PR's comments as read with the run's facts. */
  known: readonly IssueComment[];
  /** The conversation is locked: no comment is written at all. */
  locked: boolean;
}

export interface StickyOutcome {
  result: 'created' | 'updated' | 'unchanged' | 'not-needed' | 'locked' | 'skipped';
  /** Our comment's page after the sync, for the status's `target_url`; null when there is none. */
  url: string | null;
  /** Newer copies of ours deleted. */
  deleted: number;
}

/**
 * Our comments among `comments`, oldest first: the marker in the body and our login as author (logins compare
 * without case).
 *
 * @example ourComments(comments, '<!-- rust-patch-router -->', 'github-actions[bot]') // → [{ id: 11, … }]
 */
export function ourComments(comments: readonly IssueComment[], marker: string, author: string): IssueComment[] {
  const login = author.toLowerCase();
  return comments
    .filter((c) => c.author.toLowerCase() === login && c.body.includes(marker))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}

/** Creates, updates or leaves the sticky comment, writing only through `gate`, and collapses duplicates. */
export async function syncStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  request: StickyRequest,
  gate: WriteGate,
): Promise<StickyOutcome> {
  if (request.body.length > MAX_COMMENT_LENGTH) {
    throw new Error(`The comment is ${request.body.length} characters; GitHub takes at most ${MAX_COMMENT_LENGTH}.`);
  }
  const ours = ourComments(request.known, request.marker, request.author);
  if (request.locked) return { result: 'locked', url: ours[0]?.url ?? null, deleted: 0 };
  if (ours.length === 0) {
    if (!request.wanted) return { result: 'not-needed', url: null, deleted: 0 };
    const created = await gate.write(`comment on #${number}`, () =>
      createWithoutDuplicates(client, repo, number, request),
    );
    if (created === undefined) return { result: 'skipped', url: null, deleted: 0 };
    if (created === LOCKED) return { result: 'locked', url: null, deleted: 0 };
    // Another run may have created its copy meanwhile: list once more and keep the oldest.
    const again = ourComments(await listComments(client, repo, number), request.marker, request.author);
    const settled = await settle(client, repo, number, again.length > 0 ? again : [created], request, gate);
    return { ...settled, result: settled.result === 'unchanged' ? 'created' : settled.result };
  }
  return settle(client, repo, number, ours, request, gate);
}

/** Marks a create refused because the conversation is locked. */
const LOCKED = Symbol('locked');

/**
 * Keeps the oldest of `ours`, deletes the newer copies, and brings the kept one's body up to date.
 */
async function settle(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  ours: readonly IssueComment[],
  request: StickyRequest,
  gate: WriteGate,
): Promise<StickyOutcome> {
  const [kept, ...copies] = ours;
  let deleted = 0;
  for (const copy of copies) {
    const done = await gate.write(`delete the duplicate comment ${copy.id} on #${number}`, async () => {
      await deleteComment(client, repo, copy.id);
      return true;
    });
    if (done) deleted++;
  }
  if (normalise(kept.body) === normalise(request.body)) return { result: 'unchanged', url: kept.url, deleted };
  const updated = await gate.write(`update the comment on #${number}`, async () => {
    try {
      await updateComment(client, repo, kept.id, request.body);
      return true;
    } catch (error) {
      if (classifyRequestError(error).kind === 'locked') return LOCKED;
      throw error;
    }
  });
  if (updated === LOCKED) return { result: 'locked', url: kept.url, deleted };
  return { result: updated === undefined ? 'skipped' : 'updated', url: kept.url, deleted };
}

/**
 * Sends the create once. A failure that leaves it unknown whether GitHub made the comment (a 5xx, a dropped
 * connection) is followed by a fresh list: ours found → that is the comment; none → one more create, this
 * time knowing the first did not land. A refusal (4xx) is certain and goes back to the caller.
 */
async function createWithoutDuplicates(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  request: StickyRequest,
): Promise<IssueComment | typeof LOCKED> {
  try {
    return await createComment(client, repo, number, request.body);
  } catch (error) {
    const { kind } = classifyRequestError(error);
    if (kind === 'locked') return LOCKED;
    if (kind !== 'failed') throw error;
  }
  const ours = ourComments(await listComments(client, repo, number), request.marker, request.author);
  if (ours.length > 0) return ours[0];
  return createComment(client, repo, number, request.body);
}

/** GitHub may hand a body back with CRLF line ends; that is no change worth a write. */
export function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n');
}
