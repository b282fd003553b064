/**
 * A path taken apart once, before the index looks anything up (globset's `Candidate`): every lookup key the
 * index uses is a piece of it, so matching one path never re-splits it.
 */
export interface Candidate {
  path: string;
  /**
   * The path up to each `/`, shortest first: `drivers/net/phy/ax.rs` → `drivers`, `drivers/net`,
   * `drivers/net/phy`. A directory pattern owns the path exactly when its directory is one of these.
   */
  dirs: string[];
  /** The number of `/`, which a pattern without a trailing `/` must share (get_maintainer.pl's `tr@/@@`). */
  slashes: number;
  /** The path up to and including its last `/` ('' at the top level). */
  dirPrefix: string;
  /**
   * No newline and no character outside the BMP: one UTF-16 unit is one character to every engine involved,
   * so kernel-wildcard.ts can answer for the regex engine. Real paths always are.
   */
  plain: boolean;
}

const NOT_PLAIN = /[\n\uD800-\uDFFF]/;

/**
 * @example toCandidate('drivers/net/phy/ax.rs')
 *   // → { path: 'drivers/net/phy/ax.rs', dirs: ['drivers', 'drivers/net', 'drivers/net/phy'], slashes: 3,
 *   //     dirPrefix: 'drivers/net/phy/', plain: true }
 */
export function toCandidate(path: string): Candidate {
  const dirs: string[] = [];
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) dirs.push(path.slice(0, i));
  const dirPrefix = dirs.length === 0 ? '' : path.slice(0, dirs[dirs.length - 1].length + 1);
  return { path, dirs, slashes: dirs.length, dirPrefix, plain: !NOT_PLAIN.test(path) };
}

/** What all paths of one directory share: the parts of a Candidate that depend on the directory only. */
export interface DirectoryView {
  dirPrefix: string;
  dirs: string[];
  slashes: number;
}

/**
 * The candidate for a path in a directory already taken apart (the index keeps one view per directory): only
 * the path and its plainness are new.
 *
 * @example candidateIn('drivers/net/phy/ax.rs', toCandidate('drivers/net/phy/x.c')).dirs // → ['drivers', 'drivers/net', 'drivers/net/phy']
 */
export function candidateIn(path: string, directory: DirectoryView): Candidate {
  return {
    path,
    dirs: directory.dirs,
    slashes: directory.slashes,
    dirPrefix: directory.dirPrefix,
    plain: !NOT_PLAIN.test(path),
  };
}
