/** `GET /repos/{o}/{r}/collaborators/{username}/permission`: can this person merge here? */
import type { Permission } from '../routing/lift-holds.js';
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

const PERMISSIONS: ReadonlySet<string> = new Set<Permission>(['admin', 'write', 'read', 'none']);

/**
 * A user's permission on the repository, as GitHub's legacy base roles: `maintain` reads as `write`,
 * `triage` as `read`, a custom role as its base. A login GitHub does not know (renamed, deleted: 404) has
 * none. Asked only about approvers whose ack would lift a hold (docs/GATE.md, "Who can ack").
 *
 * @example await getCollaboratorPermission(client, repo, 'hch-lst') // → 'write'
 */
export async function getCollaboratorPermission(
  client: GitHubClient,
  repo: RepoRef,
  login: string,
): Promise<Permission> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    return PERMISSIONS.has(data.permission) ? (data.permission as Permission) : 'none';
  } catch (error) {
    if (classifyRequestError(error).kind === 'not-found') return 'none';
    throw describeRequestFailure(`read the repository permission of ${login}`, error);
  }
}
