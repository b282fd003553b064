/**
 * What counts as a Rust change: the policy's `rust.files` globs (default `**\/*.rs`), compiled once per run.
 *
 * minimatch 11 no longer compiles globs to RegExp, so a hostile pattern cannot make matching slow; each
 * pattern becomes one `Minimatch` up front (labeler's mistake was building them inside its loops).
 */
import type { MinimatchOptions } from 'minimatch';
import { lazyRequire } from '../lazy-require.js';
import { sourceError, type Parsed, type SourceError } from '../errors.js';
import type { PathPattern } from '../model.js';

/** `rust.files`' default: with minimatch's `dot: true`, every path ending in `.rs` (tested against it). */
const ANY_RS = '**/*.rs';

/** Tells whether a repository-relative path is a Rust change. */
export type RustClassifier = (path: string) => boolean;

/**
 * `dot: true` so `.github/x.rs` and `rust/.hidden.rs` count; `nonegate`/`nocomment` so `!x` and `#x` mean the
 * file names they spell rather than silently inverting or disabling the pattern; `platform: 'linux'` so a
 * Windows runner does not read `\` as a path separator: paths here are always `/`-separated.
 */
const RUST_GLOB_OPTIONS: MinimatchOptions = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };

/**
 * Compiles `rust.files` into one classifier. A pattern minimatch refuses (too long, too many extglobs) is a
 * BAD_GLOB error at its origin and matches nothing; an empty pattern is an error too, since it would match
 * nothing while looking like it does something.
 *
 * @example compileRustClassifier([{ text: '**\/*.rs', dialect: 'glob', origin }]).value('rust/kernel/str.rs') // → true
 */
export function compileRustClassifier(patterns: readonly PathPattern[]): Parsed<RustClassifier> {
  const errors: SourceError[] = [];
  const matchers: ((path: string) => boolean)[] = [];
  for (const pattern of patterns) {
    const { file, line, col } = pattern.origin;
    if (pattern.text.trim() === '') {
      errors.push(sourceError('BAD_GLOB', 'empty rust.files pattern matches nothing', file, line, col));
      continue;
    }
    if (pattern.text === ANY_RS) {
      // The default, and by far the most common: minimatch's answer for a normalised path, without loading it.
      matchers.push((path) => path.endsWith('.rs'));
      continue;
    }
    try {
      const matcher = new (lazyRequire('minimatch').Minimatch)(pattern.text, RUST_GLOB_OPTIONS);
      matchers.push((path) => matcher.match(path));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      errors.push(sourceError('BAD_GLOB', `rust.files pattern "${pattern.text}": ${why}`, file, line, col));
    }
  }
  // A directory (routed as `dir/`, as get_maintainer.pl does) is never a Rust change, whatever its name.
  const isRust: RustClassifier = (path) => !path.endsWith('/') && matchers.some((matches) => matches(path));
  return { value: isRust, errors, warnings: [] };
}
