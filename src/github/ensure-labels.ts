/** `GET /repos/{o}/{r}/labels` then `POST /repos/{o}/{r}/labels` for the missing ones. */
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure, hasErrorCode } from './request-failure.js';
import type { RepoRef } from './types.js';

/** A label as the repository should have it. */
export interface LabelSpec {
  name: string;
  /** Hex without `#`, e.g. `b60205`. */
  color: string;
  /** At most 100 characters (GitHub's limit). */
  description: string;
}

/** GitHub rejects longer label descriptions. */
const MAX_DESCRIPTION = 100;

/**
 * Creates the labels the repository lacks, so they get our colour and description: adding a missing label
 * to a PR would create it grey and undescribed. Names compare case-insensitively, as GitHub's do. A label
 * that appears meanwhile (422 already_exists: a concurrent run) counts as created.
 *
 * @returns the names created.
 */
export async function ensureLabels(
  client: GitHubClient,
  repo: RepoRef,
  wanted: readonly LabelSpec[],
): Promise<string[]> {
  if (wanted.length === 0) return [];
  let existing: Set<string>;
  try {
    const labels = await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
    existing = new Set(labels.map((label) => label.name.toLowerCase()));
  } catch (error) {
    throw describeRequestFailure('list the repository labels', error);
  }
  const created: string[] = [];
  for (const spec of wanted) {
    if (existing.has(spec.name.toLowerCase())) continue;
    try {
      await client.rest.issues.createLabel({
        ...repo,
        name: spec.name,
        color: spec.color,
        description: spec.description.slice(0, MAX_DESCRIPTION),
      });
      created.push(spec.name);
    } catch (error) {
      if (classifyRequestError(error).kind === 'rejected' && hasErrorCode(error, 'already_exists')) continue;
      throw error;
    }
    existing.add(spec.name.toLowerCase());
  }
  return created;
}
