/**
 * get_maintainer.pl decides whether a pattern like `drivers/net/phy` names a directory by looking at the
 * tree (`-d`). The action has no tree, only the changed paths and the API: a path below the pattern proves
 * a directory; only a pattern that prefixes a changed path without proving anything (`include/drm/drm`
 * against `include/drm/drm_gem.h`) needs the answer, and that is asked of the contents API at the base
 * commit, once per pattern.
 */
import type { GitHubClient } from '../github/client.js';
import { isDirectoryAtCommit } from '../github/is-directory-at-commit.js';
import type { RepoRef } from '../github/types.js';
import { directoriesOf, directoryCandidates } from '../matcher/directories.js';
import type { IsDirectory } from '../matcher/types.js';
import type { Subsystem } from '../model.js';

/**
 * More lookups than this would spend a real share of GITHUB_TOKEN's 1,000 requests an hour; the rest are
 * taken as files (a file-prefix match, get_maintainer.pl's answer when `-d` fails) and reported.
 */
export const MAX_DIRECTORY_LOOKUPS = 50;

export interface ResolvedDirectories {
  isDirectory: IsDirectory;
  /** Patterns looked up through the API. */
  lookedUp: string[];
  /** Patterns past MAX_DIRECTORY_LOOKUPS, taken as not directories. */
  unresolved: string[];
}

/**
 * Builds the `isDirectory` routing needs for these changed paths.
 *
 * @example await resolveDirectories(client, repo, baseSha, subsystems, ['include/drm/drm_gem.h'])
 *   // → { isDirectory, lookedUp: ['include/drm/drm'], unresolved: [] }
 */
export async function resolveDirectories(
  client: GitHubClient,
  repo: RepoRef,
  commit: string,
  subsystems: readonly Subsystem[],
  paths: readonly string[],
): Promise<ResolvedDirectories> {
  const below = directoriesOf(paths);
  const sorted = [...new Set(paths)].sort();
  const undecided = directoryCandidates([...subsystems]).filter(
    (candidate) => !below(candidate) && prefixesAnotherPath(sorted, candidate),
  );
  const lookedUp = undecided.slice(0, MAX_DIRECTORY_LOOKUPS);
  const answers = await Promise.all(lookedUp.map((path) => isDirectoryAtCommit(client, repo, path, commit)));
  const found = new Set(lookedUp.filter((_, i) => answers[i]));
  return {
    isDirectory: (pattern) => below(pattern) || found.has(pattern),
    lookedUp,
    unresolved: undecided.slice(MAX_DIRECTORY_LOOKUPS),
  };
}

/**
 * Whether some path starts with `candidate` without being it: only then does the answer change routing
 * (a directory pattern matches nothing such a path; a file prefix matches it). Binary search over the
 * sorted paths keeps a 100k-file PR from costing candidates × paths.
 */
function prefixesAnotherPath(sorted: readonly string[], candidate: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < candidate) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sorted.length && sorted[i].startsWith(candidate); i++) {
    if (sorted[i] !== candidate) return true;
  }
  return false;
}
