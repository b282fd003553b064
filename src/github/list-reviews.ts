/** `GET /repos/{o}/{r}/pulls/{n}/reviews`, every page: each submitted review and the commit it was given on. */
import type { Review } from '../routing/review-verdicts.js';
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * Reads every review of a PR, oldest first as GitHub lists them, keeping `commit_id`: an approval is bound to
 * the commit it was given on (routing/review-verdicts.ts folds them into verdicts).
 */
export async function listReviews(client: GitHubClient, repo: RepoRef, number: number): Promise<Review[]> {
  try {
    const reviews = await client.paginate(client.rest.pulls.listReviews, {
      ...repo,
      pull_number: number,
      per_page: 100,
    });
    return reviews.flatMap((review) =>
      review.user?.login ? [{ login: review.user.login, state: review.state, commitId: review.commit_id ?? null }] : [],
    );
  } catch (error) {
    throw describeRequestFailure(`list the reviews of pull request #${number}`, error);
  }
}
