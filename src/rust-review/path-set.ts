/**
 * The policy's `rust.features-files` and `rust.toolchain-files`: exact paths or globs, compiled once per
 * review. Exact paths (the defaults) are compared as strings, without loading minimatch.
 */
import type { MinimatchOptions } from 'minimatch';
import { lazyRequire } from '../lazy-require.js';

/** As `rust.files` (routing/classify-rust.ts): dot files match, `!` and `#` are literal, `/` separates. */
const GLOB_OPTIONS: MinimatchOptions = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };
/** Characters that make a pattern a glob rather than a path. */
const GLOB_CHARS = /[*?[\]{}()!+@]/;

/**
 * Compiles patterns into one test. A pattern minimatch refuses matches nothing: the policy's validation
 * reports it; the checks must not fail on it.
 *
 * @example compilePathSet(['scripts/Makefile.build', 'rust/*.toml'])('rust/x.toml') // → true
 */
export function compilePathSet(patterns: readonly string[]): (path: string) => boolean {
  const exact = new Set<string>();
  const globs: ((path: string) => boolean)[] = [];
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      exact.add(pattern);
      continue;
    }
    try {
      const matcher = new (lazyRequire('minimatch').Minimatch)(pattern, GLOB_OPTIONS);
      globs.push((path) => matcher.match(path));
    } catch {
      // reported by the policy's validation
    }
  }
  return (path) => exact.has(path) || globs.some((matches) => matches(path));
}
