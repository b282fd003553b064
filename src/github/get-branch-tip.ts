/** `POST /graphql` `repository.ref(qualifiedName).target.oid`: the commit a branch points at now. */
import { BRANCH_TIP, type BranchTipAnswer } from './branch-tip.graphql.js';
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/**
 * The tip of `branch` (a name like `main`), or null when the branch is gone. A pull request's `base.sha` is
 * only moved by a push to the pull request, so it goes stale as its base branch moves on; the policy that
 * governs the PR is the base branch's now (docs/GATE.md, "The policy at the base commit").
 *
 * @example await getBranchTip(client, repo, 'main') // → '5f1b2c3d…'
 */
export async function getBranchTip(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | null> {
  try {
    const answer = await client.graphql<BranchTipAnswer>(BRANCH_TIP, {
      owner: repo.owner,
      name: repo.repo,
      qualifiedName: `refs/heads/${branch}`,
    });
    return answer.repository?.ref?.target?.oid ?? null;
  } catch (error) {
    throw describeRequestFailure(`read the tip of branch ${branch}`, error);
  }
}
