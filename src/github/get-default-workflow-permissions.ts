/**
 * `GET /repos/{o}/{r}/actions/permissions/workflow`: what GITHUB_TOKEN gets in jobs that set no `permissions:`.
 * Needs admin on the repository (fine-grained: Administration read).
 */
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** @example await getDefaultWorkflowPermissions(client, repo) // → 'read' */
export async function getDefaultWorkflowPermissions(client: GitHubClient, repo: RepoRef): Promise<'read' | 'write'> {
  try {
    const { data } = await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ ...repo });
    return data.default_workflow_permissions;
  } catch (error) {
    throw describeRequestFailure('read the default workflow permissions', error);
  }
}
