/**
 * `GET /repos/{o}/{r}/rules/branches/{branch}`, every page: the active rules of every ruleset (repository or
 * organisation) that covers the branch. Rulesets in "evaluate" or "disabled" enforcement are not listed: they
 * enforce nothing. Needs only read access (fine-grained: Metadata read).
 */
import type { BranchRule } from '../doctor/types.js';
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** @example (await listBranchRules(client, repo, 'main')).map((r) => r.type) // → ['deletion', 'required_status_checks', …] */
export async function listBranchRules(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchRule[]> {
  try {
    const rules = await client.paginate(client.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 });
    return rules as BranchRule[];
  } catch (error) {
    throw describeRequestFailure(`read the rules of branch ${branch}`, error);
  }
}
