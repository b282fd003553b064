/**
 * The output of `git diff --name-status -z`: the complete, exact file list of a range, however large (the
 * patch text may be capped; this never is).
 */
import { type Parsed, type SourceError, sourceError } from '../errors.js';
import type { ChangedFile, ChangeStatus } from './types.js';

/** git's status letters; R and C carry a similarity score (`R100`, `C075`) and two paths. */
const STATUS_BY_LETTER: Readonly<Record<string, ChangeStatus>> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  T: 'changed', // type change (file ↔ symlink ↔ submodule): like GitHub's "changed"
  U: 'modified', // unmerged: only when diffing the index mid-merge, never for a commit range
  R: 'renamed',
  C: 'copied',
};

/**
 * Parses NUL-separated name-status records: `M\0path\0` or `R100\0old\0new\0`. Paths under `-z` are never
 * quoted, so names with spaces, tabs or any Unicode come through as they are.
 *
 * @param origin the name to report problems against (`--git`).
 * @example parseNameStatus('R097\0rust/a.rs\0rust/b.rs\0M\0MAINTAINERS\0', '--git').value
 *   // → [{ path: 'rust/b.rs', previousPath: 'rust/a.rs', status: 'renamed' }, { path: 'MAINTAINERS', status: 'modified' }]
 */
export function parseNameStatus(output: string, origin: string): Parsed<ChangedFile[]> {
  const errors: SourceError[] = [];
  const fields = output.split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  const value: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length) {
    const letter = fields[i].charAt(0);
    const status = STATUS_BY_LETTER[letter];
    const twoPaths = letter === 'R' || letter === 'C';
    const needed = twoPaths ? 3 : 2;
    if (status === undefined || i + needed > fields.length) {
      errors.push(
        sourceError('GIT_FAILED', `unexpected git diff --name-status record ${JSON.stringify(fields[i])}`, origin),
      );
      break;
    }
    value.push(
      twoPaths ? { path: fields[i + 2], previousPath: fields[i + 1], status } : { path: fields[i + 1], status },
    );
    i += needed;
  }
  return { value, errors, warnings: [] };
}
