/**
 * The Rust ↔ C map of the policy's commit, for interface routing
 * (docs/RUST-REVIEW.md, "Where the files come from"): read from the workspace's git objects when they hold that commit, else through the API (GraphQL,
 * many blobs a request), at most 500 files. Read only when the change can touch an interface — it changes an
 * interface file or a C header — so most PRs cost no read at all. Interface routing only ever asks more people,
 * so a failure to read is a note, never a failed run.
 */
import type { GitHubClient } from '../github/client.js';
import { readInterfaceFiles } from '../github/read-interface-files.js';
import type { RepoRef } from '../github/types.js';
import { buildInterfaceMap } from '../interfaces/build-interface-map.js';
import type { InterfaceMap } from '../interfaces/types.js';
import { compileInterfaceFiles, MAX_INTERFACE_FILES } from '../interfaces/interface-files.js';
import { lazyRequire } from '../lazy-require.js';
import { interfacesWanted } from '../interfaces/interfaces-wanted.js';
import { readGitTreeFiles } from '../local/read-git-tree-files.js';
import type { Policy } from '../model.js';

export interface InterfaceMapRead {
  /** Undefined when it was not needed or could not be read. */
  map?: InterfaceMap;
  notes: string[];
}

/**
 * Reads and builds the map at `commit`, or says why not. `whole`: the whole map, as a sweep keeps it for every PR
 * of a base commit. Otherwise only what this change needs: with no header changed only rust-to-c pairs are
 * possible, and those need only the changed interface files themselves (one request), not the tree.
 *
 * @example (await readInterfaceMap(client, repo, '5f1b2c3…', policy, ['include/linux/phy.h'], undefined)).map?.rustOf.get('include/linux/phy.h')
 *   // → ['rust/kernel/net/phy.rs']
 */
export async function readInterfaceMap(
  client: GitHubClient,
  repo: RepoRef,
  commit: string,
  policy: Pick<Policy, 'rustReview'>,
  paths: readonly string[],
  workspace: string | undefined,
  whole = false,
): Promise<InterfaceMapRead> {
  if (!interfacesWanted(policy, paths)) return { notes: [] };
  const patterns =
    whole || paths.some((path) => path.endsWith('.h'))
      ? policy.rustReview.interfaceFiles
      : changedInterfaceFiles(policy, paths);
  try {
    const local = workspace === undefined ? null : readGitTreeFiles(workspace, commit, patterns, MAX_INTERFACE_FILES);
    const read = local ?? (await readInterfaceFiles(client, repo, commit, patterns, MAX_INTERFACE_FILES));
    return { map: buildInterfaceMap(read.texts, read.notRead), notes: [] };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { notes: [`Interface routing skipped: the interface files could not be read at ${commit} (${why}).`] };
  }
}

/** The changed interface files, as patterns that each name exactly that path. */
function changedInterfaceFiles(policy: Pick<Policy, 'rustReview'>, paths: readonly string[]): string[] {
  const { escape } = lazyRequire('minimatch');
  const isInterfaceFile = compileInterfaceFiles(policy.rustReview.interfaceFiles);
  return paths.filter(isInterfaceFile).map((path) => escape(path));
}
