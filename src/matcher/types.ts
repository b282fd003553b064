/**
 * The compiled path index's contract. Built once per run from the policy's subsystems
 * (compileSubsystemIndex), then asked once per changed path.
 */
import type { PathPattern } from '../model.js';

/** One pattern that matched (or excluded) a path. */
export interface PatternHit {
  /** Index into the subsystems array the index was compiled from. */
  subsystem: number;
  pattern: PathPattern;
  /** get_maintainer.pl's specificity: `/` count, +1 without trailing `/`, -1 when it starts with `*`; N: is 0. */
  specificity: number;
}

/** A subsystem that owns a path, with its most specific matching pattern. */
export interface PathMatch extends PatternHit {
  /** Matched only through patterns of specificity -1 (the kernel's `*` and `*` + `/`, or maintainers.yml `**`). */
  fallback: boolean;
}

export interface SubsystemIndex {
  /**
   * Subsystems whose F:/N: patterns match `path` and no X: pattern excludes it, most specific first
   * (ties in policy order). Fallbacks included (docs/ROUTING.md, "The JSON shape": `files[].subsystems`).
   */
  match(path: string): PathMatch[];
  /** Every pattern that matched and every X: that excluded, for `explain`. */
  explain(path: string): { matched: PatternHit[]; excluded: PatternHit[] };
}

/**
 * How a kernel pattern without a trailing slash that names a directory is told apart from a file prefix
 * (get_maintainer.pl runs `-d` on it in the tree). Called only for literal patterns (no `.`, `*`, `?`, and
 * no trailing `/`): see `directoryCandidates`.
 */
export type IsDirectory = (pattern: string) => boolean;
