/**
 * `GET /repos/{o}/{r}/branches/{branch}/protection`: classic branch protection. Needs admin on the repository
 * (fine-grained: Administration read), which a workflow's GITHUB_TOKEN never has.
 */
import type { BranchProtection } from '../doctor/types.js';
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** GitHub's 404 message for a branch without classic protection (other 404s: no access, no such branch). */
const NOT_PROTECTED = /branch not protected/i;

/**
 * The branch's protection, or null when it has none.
 *
 * @throws the request failure (403 or a 404 other than "Branch not protected") when it could not be read.
 * @example await getBranchProtection(client, repo, 'main') // → { required_status_checks: { contexts: […] }, … } or null
 */
export async function getBranchProtection(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<BranchProtection | null> {
  try {
    const { data } = await client.rest.repos.getBranchProtection({ ...repo, branch });
    return data as BranchProtection;
  } catch (error) {
    const failure = classifyRequestError(error);
    if (failure.kind === 'not-found' && NOT_PROTECTED.test(failure.message)) return null;
    throw describeRequestFailure(`read the branch protection of ${branch}`, error);
  }
}
