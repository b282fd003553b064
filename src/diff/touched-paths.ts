/**
 * Every path a change touches: each file's path and, for a rename or copy, the path it came from (SPEC §2:
 * renames count both). Used where only the set of paths matters (directory lookups); routing itself
 * decides each path once through changedPaths.
 *
 * @example touchedPaths([{ path: 'b.rs', previousPath: 'a.rs', status: 'renamed' }]) // → ['b.rs', 'a.rs']
 */
import type { ChangedFile } from './types.js';

export function touchedPaths(files: readonly ChangedFile[]): string[] {
  return files.flatMap((file) => (file.previousPath ? [file.path, file.previousPath] : [file.path]));
}
