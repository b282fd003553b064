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
import { MAX_INTERFACE_FILES } from '../interfaces/interface-files.js';
import { interfacesWanted } from '../interfaces/interfaces-wanted.js';
import { readGitTreeFiles } from '../local/read-git-tree-files.js';
import type { Policy } from '../model.js';

export interface InterfaceMapRead {
  /** Undefined when it was not needed or could not be read. */
  map?: InterfaceMap;
  notes: string[];
}

/**
 * Reads and builds the map at `commit`, or says why not.
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
): Promise<InterfaceMapRead> {
  if (!interfacesWanted(policy, paths)) return { notes: [] };
  const patterns = policy.rustReview.interfaceFiles;
  try {
    const local = workspace === undefined ? null : readGitTreeFiles(workspace, commit, patterns, MAX_INTERFACE_FILES);
    const read = local ?? (await readInterfaceFiles(client, repo, commit, patterns, MAX_INTERFACE_FILES));
    return { map: buildInterfaceMap(read.texts, read.notRead), notes: [] };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { notes: [`Interface routing skipped: the interface files could not be read at ${commit} (${why}).`] };
  }
}
