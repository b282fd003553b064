/**
 * `--files-from FILE|-`: one repository path a line, as `git diff --name-only` or a hand-written list gives it.
 */
import { type Parsed, type SourceError, sourceError } from '../errors.js';
import { unquoteGitName } from './git-path.js';
import type { ChangedFile } from './types.js';

/** A line with nothing but whitespace (tested, not trimmed: no new string per line of 100,000). */
const BLANK = /^\s*$/;

/** A '.', '..' or empty segment somewhere in the path. */
const SUSPECT_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * Why `path` cannot be a file path inside a repository, or null when it can. Routing matches paths as strings
 * against MAINTAINERS patterns, so only normalized, relative paths are meaningful: `../x` or `/etc/x` would
 * match nothing (or, worse, something by accident). Spaces and any Unicode are fine.
 *
 * @example validateRepoPath('drivers/net/phy/ax88796b_rust.rs') // → null
 * @example validateRepoPath('drivers/../MAINTAINERS') // → "'..' segment: not a path inside the repository"
 */
export function validateRepoPath(path: string): string | null {
  if (path === '') return 'empty path';
  if (path.includes('\0')) return 'contains a NUL byte';
  if (path.startsWith('/')) return 'absolute path: give it relative to the repository root';
  if (path.endsWith('/')) return "ends with '/': a directory, not a file";
  // The common case, a clean path, costs one regex test instead of splitting 100,000 paths into arrays.
  if (!SUSPECT_SEGMENT.test(path)) return null;
  for (const segment of path.split('/')) {
    if (segment === '..') return "'..' segment: not a path inside the repository";
    if (segment === '.') return "'.' segment: not a normalized path";
    if (segment === '') return "empty segment ('//'): not a normalized path";
  }
  return null;
}

/**
 * Parses a path list: one path a line, CRLF accepted, blank lines skipped, a leading `./` dropped. Nothing else
 * is trimmed because file names may contain (even end in) spaces; a name ending in whitespace gets a warning
 * in case the list was hand-edited. A line in git's C-quoting (`"samples/rust/w\303\266rld.rs"`, which
 * `git diff --name-only` prints for non-ASCII names) is unquoted. Repeated paths are listed once.
 *
 * @param file the name to report errors against (`-` is reported as given).
 * @example parsePathList('./rust/kernel/str.rs\r\n\r\nMAINTAINERS\n', 'list.txt').value
 *   // → [{ path: 'rust/kernel/str.rs', status: 'modified' }, { path: 'MAINTAINERS', status: 'modified' }]
 */
export function parsePathList(text: string, file: string): Parsed<ChangedFile[]> {
  const errors: SourceError[] = [];
  const warnings: SourceError[] = [];
  const seen = new Set<string>();
  const value: ChangedFile[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].endsWith('\r') ? lines[index].slice(0, -1) : lines[index];
    if (BLANK.test(raw)) continue;
    const lineNumber = index + 1;
    let path = raw;
    if (path.startsWith('"')) {
      const quoted = unquoteGitName(path, 0);
      if (quoted && quoted.end === path.length) path = quoted.name;
    }
    while (path.startsWith('./')) path = path.slice(2);
    const reason = validateRepoPath(path);
    if (reason !== null) {
      errors.push(sourceError('BAD_PATH', `${reason}: ${JSON.stringify(raw)}`, file, lineNumber, 1));
      continue;
    }
    if (/\s$/.test(path)) {
      warnings.push(
        sourceError(
          'BAD_PATH',
          `path ends with whitespace, kept as is: ${JSON.stringify(raw)}`,
          file,
          lineNumber,
          raw.length,
        ),
      );
    }
    if (seen.has(path)) continue;
    seen.add(path);
    value.push({ path, status: 'modified' });
  }
  return { value, errors, warnings };
}
