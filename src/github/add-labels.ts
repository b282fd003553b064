/** `POST /repos/{o}/{r}/issues/{n}/labels`. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';

/**
 * Adds labels to a PR (existing ones stay). Create them first with ensureLabels: GitHub would create a
 * missing one grey and without description.
 */
export async function addLabels(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  names: readonly string[],
): Promise<void> {
  if (names.length === 0) return;
  await client.rest.issues.addLabels({ ...repo, issue_number: number, labels: [...names] });
}
