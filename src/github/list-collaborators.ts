/**
 * `GET /repos/{o}/{r}/collaborators?affiliation=all`, every page: everyone with access to the repository
 * (outside collaborators, members through teams or the organisation's base permission, owners) and their
 * role. Needs push access (a classic token: repo and read:org).
 */
import { permissionOf } from '../doctor/permission-of.js';
import type { Collaborator } from '../doctor/types.js';
import type { GitHubClient } from './client.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** @example (await listCollaborators(client, repo))[0] // → { login: 'ojeda', permission: 'admin' } */
export async function listCollaborators(client: GitHubClient, repo: RepoRef): Promise<Collaborator[]> {
  try {
    const people = await client.paginate(client.rest.repos.listCollaborators, {
      ...repo,
      affiliation: 'all',
      per_page: 100,
    });
    return people.map((person) => ({ login: person.login, permission: permissionOf(person.permissions) }));
  } catch (error) {
    throw describeRequestFailure('list the repository’s collaborators', error);
  }
}
