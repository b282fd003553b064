/**
 * The Rust ↔ C map for `route` (docs/RUST-REVIEW.md, "Where the files come from"): read from the source tree
 * (`--tree DIR`, else the policy's folder), only when the change can touch an interface. Loaded lazily by
 * route-command.ts, so a run that needs no map loads none of this.
 */
import type { ChangedFile } from '../diff/types.js';
import { buildInterfaceMap } from '../interfaces/build-interface-map.js';
import { compileInterfaceFiles, MAX_INTERFACE_FILES } from '../interfaces/interface-files.js';
import { interfacePairs } from '../interfaces/interface-pairs.js';
import type { InterfaceMap } from '../interfaces/types.js';
import { readTreeFiles } from '../local/read-tree-files.js';
import type { Policy } from '../model.js';
import type { Tree } from './load-policy.js';

/**
 * The map, or undefined when the tree holds no interface file and was not named with --tree (the policy's
 * folder is no source tree then: the report says interface routing was not done).
 */
export function treeInterfaceMap(tree: Tree, policy: Pick<Policy, 'rustReview'>): InterfaceMap | undefined {
  const read = readTreeFiles(tree.root, policy.rustReview.interfaceFiles, MAX_INTERFACE_FILES);
  if (read.texts.size === 0 && read.notRead === 0 && !tree.explicit) return undefined;
  return buildInterfaceMap(read.texts, read.notRead);
}

/**
 * The paths interface routing decides besides the changed ones (the headers and Rust files of the pairs), so
 * a MAINTAINERS read only as far as a run needs reaches them too.
 */
export function interfacePaths(
  files: readonly ChangedFile[],
  map: InterfaceMap,
  policy: Pick<Policy, 'rustReview'>,
): string[] {
  const isInterfaceFile = compileInterfaceFiles(policy.rustReview.interfaceFiles);
  return [...new Set(interfacePairs(files, map, isInterfaceFile).flatMap((pair) => [pair.rust, pair.header]))];
}
