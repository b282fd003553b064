/**
 * One F:/X: pattern as scripts/get_maintainer.pl (v0.26) reads it, and how the index can look it up.
 *
 * get_maintainer.pl rewrites the text into a regex (`.` → `\.`, `*` → `.*`, `?` → `.`), appends `/` when
 * `-d` says the result names a directory, and then matches `m@^$pattern@`, with the same `/` count required
 * unless the pattern ends in `/`. Everything else in the text keeps its regex meaning: `[ch]` is a class, and
 * so would be `+`, `(a|b)` or `^`. We keep the source text and derive the regex from it (never rewriting in
 * place), then classify the pattern so the index can find it from a path's own directories.
 */

/** How the index can find a pattern (see compile-subsystem-index.ts). */
export type KernelShape =
  /** No character with regex meaning: plain string comparison. */
  | 'literal'
  /** Only `*`, `?` and `[…]` after a literal directory head: the head is a directory every match lies in. */
  | 'wildcard'
  /** Starts with a wildcard, or uses other regex syntax that could move the match: tried on every path. */
  | 'residual';

export interface KernelPattern {
  /** The regex get_maintainer.pl builds, without its `^` anchor. */
  regex: string;
  /** Ends in `/` (written so, or a directory per `-d`): owns every path below, at any depth. */
  directory: boolean;
  /** get_maintainer.pl's `tr@/@@` on the regex: a non-directory pattern only matches paths with as many. */
  slashes: number;
  /** `/` count, +1 without a trailing `/`, -1 when the pattern starts with `*`. */
  specificity: number;
  shape: KernelShape;
  /**
   * For 'literal': the regex with its dots unescaped, i.e. the text (plus the `/` of a directory).
   * For 'wildcard': the literal head, up to and including the last `/` before the first wildcard.
   * For 'residual': ''.
   */
  head: string;
}

/** Characters that keep a regex meaning get_maintainer.pl does not neutralise and that can move a match. */
const REGEX_SYNTAX = /[(){}|+^$\\]/;
/** The wildcards get_maintainer.pl creates (`*`, `?`) and the classes it leaves alone. */
const WILDCARD = /[*?[\]]/;
/** What get_maintainer.pl rewrites before its `-d` test; a pattern containing one never names a directory. */
const REWRITTEN = /[.*?]/;

/**
 * Whether get_maintainer.pl would ask the tree about this pattern: its `-d` runs on the rewritten text, so
 * only a pattern without `.`, `*`, `?` (and without a trailing `/`) can be found to be a directory.
 *
 * @example mayNameDirectory('drivers/net/ethernet/3com') // → true
 * @example mayNameDirectory('arch/x86/boot/compressed/vmlinux.lds.S') // → false
 */
export function mayNameDirectory(text: string): boolean {
  return text !== '' && !text.endsWith('/') && !REWRITTEN.test(text);
}

/**
 * The rewrite of get_maintainer.pl's read loop, without the directory slash.
 *
 * @example kernelRegex('drivers/net/phy/bcm*.[ch]') // → 'drivers/net/phy/bcm.*\\.[ch]'
 */
export function kernelRegex(text: string): string {
  return text.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
}

/**
 * get_maintainer.pl's specificity ("value_pd") of a rewritten pattern.
 *
 * @example kernelSpecificity('include/drm/drm') // → 2
 * @example kernelSpecificity('rust/') // → 1
 * @example kernelSpecificity('.*\/') // → -1
 */
export function kernelSpecificity(regex: string): number {
  if (regex.startsWith('.*')) return -1;
  return countSlashes(regex) + (regex.endsWith('/') ? 0 : 1);
}

/**
 * Reads one pattern. `isDirectory` is asked only when get_maintainer.pl would run `-d` (see mayNameDirectory).
 *
 * @example readKernelPattern('include/drm/drm', () => false)
 *   // → { regex: 'include/drm/drm', directory: false, slashes: 2, specificity: 3, shape: 'literal', head: 'include/drm/drm' }
 * @example readKernelPattern('drivers/*\/net/', () => false).shape // → 'wildcard' (head 'drivers/')
 */
export function readKernelPattern(text: string, isDirectory: (pattern: string) => boolean): KernelPattern {
  let regex = kernelRegex(text);
  if (mayNameDirectory(text) && isDirectory(text)) regex += '/';
  const directory = regex.endsWith('/');
  const slashes = countSlashes(regex);
  const specificity = kernelSpecificity(regex);
  let shape: KernelShape;
  let head: string;
  const wildcard = text.search(WILDCARD);
  if (REGEX_SYNTAX.test(text)) {
    shape = 'residual';
    head = '';
  } else if (wildcard < 0) {
    shape = 'literal';
    head = directory && !text.endsWith('/') ? `${text}/` : text;
  } else {
    head = text.slice(0, text.lastIndexOf('/', wildcard - 1) + 1);
    shape = head === '' ? 'residual' : 'wildcard';
  }
  return { regex, directory, slashes, specificity, shape, head };
}

/** `tr@/@@`. */
export function countSlashes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) count++;
  return count;
}
