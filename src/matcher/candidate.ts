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
