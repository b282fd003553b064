/**
 * What the three readers of interface files (src/github/read-interface-files.ts at a commit through the API,
 * src/local/read-git-tree-files.ts from a local object store, src/local/read-tree-files.ts from a checkout)
 * share, so that they read the same files the same way: where to look for `rust.interface-files` (only below
 * each glob's static prefix, never the whole tree), which paths match, and which ones are read when more than
 * the cap match. Pure: the readers do the I/O.
 */
import type { Minimatch as MinimatchClass } from 'minimatch';
import { lazyRequire } from '../lazy-require.js';
import { chooseInterfaceFiles, compare, compileInterfaceFiles, MAX_INTERFACE_FILES } from './interface-files.js';

export { chooseInterfaceFiles, MAX_INTERFACE_FILES };

/** The interface files read, by path, and how many matched but were not read. */
export interface InterfaceTexts {
  /** Repository path → the file's text. */
  texts: Map<string, string>;
  /** Files that matched but were not read: over the cap, binary, too large (truncated) or unreadable. */
  notRead: number;
}

/**
 * Files larger than this are not read. GitHub's `Blob.text` stops at about 512 KB and says `isTruncated`
 * (observed; the emulator models 512 KiB): a cut file would name only some of its headers, so the API reader
 * drops it, and the local readers drop the same files, so that the action routes a PR the same with or
 * without a checkout. The kernel's largest interface file (rust/kernel/init/macros.rs) is about 50 KB.
 */
export const MAX_INTERFACE_FILE_BYTES = 512 * 1024;

/** Git's own test for binary content: a NUL byte in the first 8,000 bytes (buffer_is_binary in xdiff-interface.c). */
const BINARY_PROBE_BYTES = 8000;

/** Where to look: a directory and how many levels below it files may match (Infinity below a `**`). */
export interface InterfaceWalk {
  /** Repository path of the directory, '' for the root. */
  dir: string;
  /** 1: only the directory's own files; 2: also its subdirectories' files; …; Infinity: everything below. */
  depth: number;
}

/** The compiled `rust.interface-files`: where to look and what matches. */
export interface InterfaceGlobs {
  /** Plain paths (patterns without magic): read directly, no listing needed. Sorted. */
  paths: string[];
  /** Directories to list, none inside another's reach. Sorted by dir. */
  walks: InterfaceWalk[];
  /** Whether a file path is an interface file (interface-files.ts: the options `rust.files` is matched with). */
  matches(path: string): boolean;
  /** Whether some pattern could match a file below the directory `dir` (prunes the walk). */
  mayContain(dir: string): boolean;
}

/**
 * Compiles the patterns once. A pattern's static prefix is its leading literal segments: `rust/helpers/*.c`
 * lists `rust/helpers` (depth 1), `rust/**\/*.rs` lists `rust` all the way down, and a plain path is read as
 * it is. Brace alternatives each give their own prefix. A walk inside another's reach is dropped.
 *
 * @example compileInterfaceGlobs(['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**\/*.rs'])
 *   // → { paths: ['rust/bindings/bindings_helper.h'], walks: [{ dir: 'rust', depth: Infinity }], … }
 */
export function compileInterfaceGlobs(patterns: readonly string[]): InterfaceGlobs {
  const { Minimatch, GLOBSTAR } = lazyRequire('minimatch');
  const compiled: MinimatchClass[] = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  const paths = new Set<string>();
  const depths = new Map<string, number>();
  for (const glob of compiled) {
    if (glob.negate || glob.comment || glob.empty) continue;
    for (const parts of glob.set) {
      const literal = parts.findIndex((part) => typeof part !== 'string');
      if (literal === -1) {
        paths.add((parts as string[]).join('/'));
        continue;
      }
      const dir = (parts.slice(0, literal) as string[]).join('/');
      const rest = parts.slice(literal);
      const depth = rest.some((part) => part === GLOBSTAR) ? Infinity : rest.length;
      depths.set(dir, Math.max(depths.get(dir) ?? 0, depth));
    }
  }
  const isInterfaceFile = compileInterfaceFiles(patterns);
  const walks = [...depths].map(([dir, depth]) => ({ dir, depth })).sort((a, b) => compare(a.dir, b.dir));
  return {
    paths: [...paths].sort(compare),
    walks: walks.filter((walk) => !walks.some((other) => other !== walk && reaches(other, walk))),
    matches: isInterfaceFile,
    mayContain: (dir) => compiled.some((glob) => glob.match(dir, true)),
  };
}

/** Whether `outer` lists everything `inner` would. */
function reaches(outer: InterfaceWalk, inner: InterfaceWalk): boolean {
  if (outer.dir === inner.dir) return outer.depth > inner.depth;
  if (outer.dir !== '' && !inner.dir.startsWith(`${outer.dir}/`)) return false;
  const below =
    outer.dir === '' ? inner.dir.split('/').length : inner.dir.split('/').length - outer.dir.split('/').length;
  return outer.depth >= below + inner.depth;
}

/** Whether bytes look binary to git: a NUL in the first 8,000. */
export function isBinaryContent(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}
