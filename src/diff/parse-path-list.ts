/**
 * Paths as people and tools hand them over: `--files-from FILE|-` (one a line, as `git diff --name-only` or a
 * hand-written list gives them, or NUL-separated as `git diff -z --name-only` does) and PATH arguments.
 *
 * A path is made repository-relative the way get_maintainer.pl canonicalises its `-f` arguments (File::Spec's
 * canonpath): `./x` → `x`, `a//b` → `a/b`, `a/./b` → `a/b`, an absolute path inside the tree → relative to it.
 * A trailing `/` names a directory and is kept: get_maintainer.pl routes a directory as `dir/`.
 */
import { type Parsed, type SourceError, sourceError } from '../errors.js';
import { unquoteGitName } from './git-path.js';
import type { ChangedFile } from './types.js';

/**
 * Whether a path certainly needs no normalising: it does not start with `/` or `.` and holds no `//`, `/.` or
 * NUL. Cheap native searches, since a tree-wide list has 100,000 paths; anything else (`.gitignore`,
 * `a/.hidden`) takes the careful way, which keeps what is fine.
 */
function isClean(path: string): boolean {
  const first = path.charCodeAt(0);
  return (
    path !== '' &&
    first !== 0x2f && // '/'
    first !== 0x2e && // '.'
    !path.includes('//') &&
    !path.includes('/.') &&
    !path.includes('\0')
  );
}

/**
 * Why `path` cannot be a file path inside a repository, or null when it can. Used for paths read from a
 * patch, which must already be clean.
 *
 * @example validateRepoPath('drivers/net/phy/ax88796b_rust.rs') // → null
 * @example validateRepoPath('drivers/../MAINTAINERS') // → "'..' segment: not a path inside the repository"
 */
export function validateRepoPath(path: string): string | null {
  if (path === '') return 'empty path';
  if (path.includes('\0')) return 'contains a NUL byte';
  if (path.startsWith('/')) return 'absolute path: give it relative to the repository root';
  if (path.endsWith('/')) return "ends with '/': a directory, not a file";
  if (isClean(path)) return null;
  for (const segment of path.split('/')) {
    if (segment === '..') return "'..' segment: not a path inside the repository";
    if (segment === '.') return "'.' segment: not a normalized path";
    if (segment === '') return "empty segment ('//'): not a normalized path";
  }
  return null;
}

/**
 * A path as written → the repository-relative path get_maintainer.pl would route, or why there is none.
 * `root` is the tree's absolute path: an absolute path inside it is made relative. A trailing `/` is kept.
 *
 * @example normalizeRepoPath('./drivers//net/./phy/') // → { path: 'drivers/net/phy/' }
 * @example normalizeRepoPath('/work/linux/rust/Makefile', '/work/linux') // → { path: 'rust/Makefile' }
 * @example normalizeRepoPath('rust/../MAINTAINERS') // → { problem: "'..' segment: …" }
 */
export function normalizeRepoPath(written: string, root?: string): { path: string } | { problem: string } {
  if (isClean(written)) return { path: written };
  if (written === '') return { problem: 'empty path' };
  if (written.includes('\0')) return { problem: 'contains a NUL byte' };
  let path = written;
  if (path.startsWith('/')) {
    const base = root === undefined ? undefined : root.replace(/\/+$/, '');
    if (base === undefined || !path.startsWith(`${base}/`)) {
      const where = base === undefined ? 'the repository' : `the tree ${base}`;
      return { problem: `absolute path outside ${where}: give it relative to the tree's root` };
    }
    path = path.slice(base.length + 1);
  }
  const directory = path.endsWith('/') || path.endsWith('/.') || path === '.';
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') return { problem: "'..' segment: not a path inside the repository" };
    if (segment !== '' && segment !== '.') segments.push(segment);
  }
  if (segments.length === 0) return { problem: 'names the whole tree, not a path in it' };
  return { path: `${segments.join('/')}${directory ? '/' : ''}` };
}

/**
 * Parses a path list. Newline-separated (CRLF accepted): each line is trimmed, blank lines and `#` comments
 * are skipped, git's C-quoted names (`"samples/rust/w\303\266rld.rs"`) are unquoted. NUL-separated (the
 * text holds a NUL): every field is a path as it is, as `-z` promises. Repeated paths are listed once.
 *
 * @param file the name to report errors against.
 * @param root the tree's absolute path, for absolute paths in the list. Optional.
 * @example parsePathList('./rust/kernel/str.rs\r\n\r\n# C\n  MAINTAINERS \n', 'list.txt').value
 *   // → [{ path: 'rust/kernel/str.rs', status: 'modified' }, { path: 'MAINTAINERS', status: 'modified' }]
 */
export function parsePathList(text: string, file: string, root?: string): Parsed<ChangedFile[]> {
  const errors: SourceError[] = [];
  const seen = new Set<string>();
  const value: ChangedFile[] = [];
  const nulSeparated = text.includes('\0');
  let sorted = true;
  const fields = text.split(nulSeparated ? '\0' : '\n');
  for (let index = 0; index < fields.length; index++) {
    let path = fields[index];
    if (!nulSeparated) {
      path = path.trim();
      if (path === '' || path.startsWith('#')) continue;
      if (path.startsWith('"')) {
        const quoted = unquoteGitName(path, 0);
        if (quoted && quoted.end === path.length) path = quoted.name;
      }
    } else if (path === '') {
      continue;
    }
    const normalized = normalizeRepoPath(path, root);
    if ('problem' in normalized) {
      // A NUL list has no lines: number its fields instead.
      const message = `${normalized.problem}: ${JSON.stringify(fields[index])}`;
      errors.push(
        sourceError(
          'BAD_PATH',
          nulSeparated ? `path ${index + 1}: ${message}` : message,
          file,
          nulSeparated ? 1 : index + 1,
          1,
        ),
      );
      continue;
    }
    // A sorted list (git's order) repeats nothing while each path follows the last: the set is only filled
    // once the order breaks, so a 100,000-path list needs no set of 100,000 entries.
    const previous = value.length > 0 ? value[value.length - 1].path : undefined;
    if (sorted && previous !== undefined && !(previous < normalized.path)) {
      sorted = false;
      for (const file of value) seen.add(file.path);
    }
    if (!sorted) {
      if (seen.has(normalized.path)) continue;
      seen.add(normalized.path);
    }
    value.push({ path: normalized.path, status: 'modified' });
  }
  return { value, errors, warnings: [] };
}
