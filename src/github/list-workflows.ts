/**
 * `GET /repos/{o}/{r}/actions/workflows`, every page: the repository's workflows with their state (a workflow
 * disabled by hand or for inactivity runs nothing). Needs Actions read.
 */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

export interface WorkflowEntry {
  name: string;
  /** `.github/workflows/x.yml`; dynamic workflows (CodeQL default set-up, …) have other paths. */
  path: string;
  /** `active`, `disabled_manually`, `disabled_inactivity`, `disabled_fork`, `deleted`. */
  state: string;
}

export async function listWorkflows(client: GitHubClient, repo: RepoRef): Promise<WorkflowEntry[]> {
  try {
    const workflows = await client.paginate(client.rest.actions.listRepoWorkflows, { ...repo, per_page: 100 });
    return workflows.map((w) => ({ name: w.name, path: w.path, state: w.state }));
  } catch (error) {
    throw describeRequestFailure('list the repository’s workflows', error);
  }
}
