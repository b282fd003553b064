/** `GET /repos/{o}/{r}/pulls/{n}/reviews`, every page: who acked, and who has reviewed at all. */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

export interface ReviewState {
  /** Logins whose latest verdict (latest review that is not COMMENTED) is APPROVED: acks and exceptions. */
  approvedBy: string[];
  /** Logins who submitted any review: GitHub no longer lists them as requested, and they are not asked again. */
  reviewed: string[];
}

/** Reviews with a verdict; COMMENTED says nothing about approval and PENDING is an unsubmitted draft. */
const VERDICTS: ReadonlySet<string> = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * Reads every review of a PR (GitHub lists them oldest first) and folds them into each user's verdict, so an
 * approval followed by "changes requested" or a dismissal no longer counts.
 */
export async function listReviews(client: GitHubClient, repo: RepoRef, number: number): Promise<ReviewState> {
  const verdicts = new Map<string, string>();
  const reviewed = new Set<string>();
  try {
    const reviews = await client.paginate(client.rest.pulls.listReviews, {
      ...repo,
      pull_number: number,
      per_page: 100,
    });
    for (const review of reviews) {
      const login = review.user?.login;
      if (!login || review.state === 'PENDING') continue;
      reviewed.add(login);
      if (VERDICTS.has(review.state)) verdicts.set(login, review.state);
    }
  } catch (error) {
    throw describeRequestFailure(`list the reviews of pull request #${number}`, error);
  }
  const approvedBy = [...verdicts].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
  return { approvedBy, reviewed: [...reviewed] };
}
