/** The line a finding about a file's whole change is shown on. */
import type { ChangedFile } from '../diff/types.js';
import { changedLines } from './hunk-sides.js';

/**
 * The first changed line of the new file: a removed file, or a change without diff text (a pure rename,
 * a path list), has none.
 */
export function wholeFileLine(file: ChangedFile): number | null {
  if (file.status === 'removed') return null;
  for (const hunk of file.hunks ?? []) {
    const [first] = changedLines(hunk);
    if (first) return first.newLine;
  }
  return null;
}
