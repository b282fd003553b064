/**
 * The paths a change set touches (docs/ROUTING.md, "Changed paths": renames count both paths), each once: what
 * routing decides, and what the CLI and the action look up as directories.
 */
import type { ChangedFile } from './types.js';

/** One path to decide; `previousPath` is set on the new path of a rename or copy. */
export interface ChangedPath {
  path: string;
  previousPath?: string;
}

/**
 * Lists each file's path, followed by its previous path when it has one, in change-set order. A path listed
 * twice (a file renamed away and another added in its place) is decided once; if one of its listings is the
 * new side of a rename, the decision keeps that `previousPath`.
 *
 * @example changedPaths([{ path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs', status: 'renamed' }])
 *   // → [{ path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs' }, { path: 'rust/kernel/rnull.rs' }]
 */
export function changedPaths(files: readonly ChangedFile[]): ChangedPath[] {
  const byPath = new Map<string, ChangedPath>();
  const add = (path: string, previousPath: string | undefined): void => {
    const seen = byPath.get(path);
    if (seen === undefined) byPath.set(path, previousPath === undefined ? { path } : { path, previousPath });
    else if (seen.previousPath === undefined && previousPath !== undefined) seen.previousPath = previousPath;
  };
  for (const file of files) {
    const previousPath =
      file.previousPath !== undefined && file.previousPath !== file.path ? file.previousPath : undefined;
    add(file.path, previousPath);
    if (previousPath !== undefined) add(previousPath, undefined);
  }
  return [...byPath.values()];
}
