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
export function changedPaths(files: readonly ChangedFile[]): readonly ChangedPath[] {
  // The tree-wide case — a sorted list (as git prints it) without renames — is its own answer: no map of
  // 100,000 entries and no copy of each path is needed to find what is already unique and in order.
  if (isSortedWithoutRenames(files)) return files;
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

/** Strictly increasing paths (so each once) and no previous paths. */
function isSortedWithoutRenames(files: readonly ChangedFile[]): boolean {
  for (let i = 0; i < files.length; i++) {
    if (files[i].previousPath !== undefined) return false;
    if (i > 0 && !(files[i - 1].path < files[i].path)) return false;
  }
  return true;
}
