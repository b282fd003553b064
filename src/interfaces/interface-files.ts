/**
 * Which files of a tree name the C that Rust wraps (`rust.interface-files`,
 * docs/RUST-REVIEW.md, "The Rust ↔ C map"), and which of them are read when there are too many: at most 500, past that a note, never a failure
 * ("Where the files come from").
 */
import type { MinimatchOptions } from 'minimatch';
import { lazyRequire } from '../lazy-require.js';

/** How many interface files are read at most (docs/RUST-REVIEW.md, "Where the files come from"). */
export const MAX_INTERFACE_FILES = 500;

/**
 * The options `rust.files` is matched with (routing/classify-rust.ts), for the same reasons: `dot: true` so a
 * dotted name counts, `nonegate`/`nocomment` so `!x`/`#x` name files, `platform: 'linux'` so `\` is no separator.
 */
const INTERFACE_GLOB_OPTIONS: MinimatchOptions = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };

/** Tells whether a repository path is an interface file. */
export type InterfaceFileTest = (path: string) => boolean;

/**
 * Compiles `rust.interface-files` once (never per path). The policy's reader validates the patterns; one that
 * minimatch still refuses throws here, naming it, rather than silently matching nothing.
 *
 * @example compileInterfaceFiles(['rust/helpers/*.c'])('rust/helpers/blk.c') // → true
 */
export function compileInterfaceFiles(patterns: readonly string[]): InterfaceFileTest {
  // A run asks for the same patterns several times (interfacesWanted, the pairs, the review): compile once.
  const key = JSON.stringify(patterns);
  const known = compiledTests.get(key);
  if (known !== undefined) return known;
  const test = compileTest(patterns);
  if (compiledTests.size >= MAX_COMPILED_TESTS) compiledTests.clear();
  compiledTests.set(key, test);
  return test;
}

/** The tests compiled so far, by their patterns as JSON. */
const compiledTests = new Map<string, InterfaceFileTest>();
/** A long-lived process (the action's sweep) meets few policies; bound the cache all the same. */
const MAX_COMPILED_TESTS = 16;

function compileTest(patterns: readonly string[]): InterfaceFileTest {
  // Most paths share no pattern's literal start (`rust/`): they are answered without minimatch, which a
  // one-file CLI run then never loads (docs/PERFORMANCE.md, "The CLI: what a run does, and what limits it").
  const prefixes = patterns.map(literalStart);
  let matchers: { match(path: string): boolean }[] | undefined;
  const compiled = () => (matchers ??= patterns.map(compilePattern));
  // A directory (routed as `dir/`) is never an interface file, whatever its name.
  return (path) =>
    !path.endsWith('/') &&
    prefixes.some((prefix) => path.startsWith(prefix)) &&
    compiled().some((matcher) => matcher.match(path));
}

function compilePattern(pattern: string): { match(path: string): boolean } {
  try {
    return new (lazyRequire('minimatch').Minimatch)(pattern, INTERFACE_GLOB_OPTIONS);
  } catch (error) {
    throw new Error(`rust.interface-files pattern "${pattern}" cannot be compiled`, { cause: error });
  }
}

/** What every path a pattern matches starts with: its text up to the first glob character (or a `\` escape). */
function literalStart(pattern: string): string {
  const at = pattern.search(/[*?[\]{}()!+@\\]/);
  return at === -1 ? pattern : pattern.slice(0, at);
}

/**
 * The interface files among `paths` (a tree listing, in any order, duplicates allowed): at most `cap` of them,
 * sorted, and how many matched but were left out. Which are kept is deterministic: headers first, then C
 * files, then the rest, each in path order.
 *
 * @example interfaceFilesIn(['rust/kernel/str.rs', 'rust/helpers/blk.c', 'README'], DEFAULT_RUST_REVIEW.interfaceFiles, 1)
 *   // → { read: ['rust/helpers/blk.c'], notRead: 1 }
 */
export function interfaceFilesIn(
  paths: Iterable<string>,
  patterns: readonly string[],
  cap: number = MAX_INTERFACE_FILES,
): { read: string[]; notRead: number } {
  const isInterfaceFile = compileInterfaceFiles(patterns);
  const matched: string[] = [];
  for (const path of paths) if (isInterfaceFile(path)) matched.push(path);
  const { chosen, over } = chooseInterfaceFiles(matched, cap);
  return { read: chosen.sort(compare), notRead: over };
}

/** Code-unit order, the same on every machine and locale (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which of the matching files to read when more than `cap` match, deterministically: headers first (the
 * bindings header includes most of what Rust wraps), then C files (the helpers, one per C API), then the rest
 * (the many `.rs` files), each group in path order.
 *
 * @example chooseInterfaceFiles(['rust/kernel/sync.rs', 'rust/helpers/mutex.c', 'rust/bindings/bindings_helper.h'], 2)
 *   // → { chosen: ['rust/bindings/bindings_helper.h', 'rust/helpers/mutex.c'], over: 1 }
 */
export function chooseInterfaceFiles(
  paths: Iterable<string>,
  cap: number = MAX_INTERFACE_FILES,
): { chosen: string[]; over: number } {
  const ranked = [...new Set(paths)].sort((a, b) => rankOf(a) - rankOf(b) || compare(a, b));
  const kept = Math.max(0, cap);
  return { chosen: ranked.slice(0, kept), over: Math.max(0, ranked.length - kept) };
}

function rankOf(path: string): number {
  if (path.endsWith('.h')) return 0;
  if (path.endsWith('.c')) return 1;
  return 2;
}
