/**
 * One pattern of one subsystem, compiled, with where the index files it (globset's `MatchStrategy`).
 * internal, subject to change: compile-subsystem-index.ts is the only user.
 *
 * The placement is what makes lookups cheap: every path that can match a pattern has the pattern's bucket key
 * among its own lookup keys (its directories, its `/` count, its directory prefix), so a path only ever tests
 * the patterns filed under those keys. Each placement below says why that holds.
 */
import { sourceError, type SourceError } from '../errors.js';
import type { PathPattern } from '../model.js';
import { buildPerlRegex, foldCase, type PerlRegex, type RequiredLiteral } from '../regex/perl-regex.js';
import type { Candidate } from './candidate.js';
import { readGlobPattern } from './glob-pattern.js';
import { readKernelPattern } from './kernel-pattern.js';
import { compileKernelWildcard } from './kernel-wildcard.js';
import type { IsDirectory, PathMatch } from './types.js';

/** Which list of its subsystem a pattern came from: F:/files:, X:/exclude:, N:/names:. */
export type PatternRole = 'file' | 'exclude' | 'name';

export type Placement =
  /**
   * A literal file pattern: `m@^text@` with equal `/` counts holds exactly when the path has the same
   * directory prefix and begins with `text`; filed under that prefix and the first character after it.
   */
  | { kind: 'literal'; dirPrefix: string; text: string }
  /** A kernel directory pattern (literal, or wildcards after the literal head `dir/`): owns paths below `dir`. */
  | { kind: 'below'; dir: string }
  /** A wildcard pattern without trailing `/`: its matches lie below `dir` and have exactly `slashes` `/`. */
  | { kind: 'below-with-slashes'; dir: string; slashes: number }
  /** A glob whose literal head is `dir/`; also looked up at the path `dir` itself, which `dir/**` globs reach. */
  | { kind: 'glob-below'; dir: string }
  /** A residual pattern without trailing `/`: only its `/` count narrows it. */
  | { kind: 'slashes'; slashes: number }
  /** An N: regex: found through its required literal (see literal-grams.ts), or tried on every path. */
  | { kind: 'name'; literal: RequiredLiteral | null }
  /** Tried on every path: residual directory patterns and globs without a literal head. */
  | { kind: 'every' };

export interface PathEntry {
  subsystem: number;
  role: PatternRole;
  pattern: PathPattern;
  specificity: number;
  /** Position in compile order: breaks specificity ties by the order patterns are written. */
  order: number;
  placement: Placement;
  /** The check left once the placement has matched. */
  test(candidate: Candidate): boolean;
  /** What `match` answers when this entry is a subsystem's best pattern: made once, shared by every path. */
  asMatch: PathMatch;
}

const ALWAYS = () => true;

/**
 * Compiles one pattern by its dialect. A pattern that cannot compile is an error at its origin, never an
 * entry that silently matches nothing.
 */
export function compilePathEntry(
  pattern: PathPattern,
  where: { subsystem: number; role: PatternRole; order: number },
  isDirectory: IsDirectory,
): { entry: PathEntry } | { error: SourceError } {
  const { file, line, col } = pattern.origin;
  if (pattern.dialect === 'regex') {
    const built = buildPerlRegex(pattern.text, { extended: true });
    if (!('regex' in built)) {
      const message = `bad regular expression "${pattern.text}": ${built.why}`;
      return { error: sourceError('BAD_REGEX', message, file, line, col + built.offset) };
    }
    const { regex } = built;
    const literal = regex.requiredLiteral;
    const test =
      literal === null
        ? (c: Candidate) => regex.test(c.path)
        : (c: Candidate) =>
            (literal.caseInsensitive ? foldCase(c.path) : c.path).includes(literal.text) && regex.test(c.path);
    return { entry: pathEntry(where, pattern, 0, { kind: 'name', literal }, test) };
  }
  if (pattern.dialect === 'glob') {
    const glob = readGlobPattern(pattern.text);
    if ('why' in glob)
      return { error: sourceError('BAD_GLOB', `bad glob "${pattern.text}": ${glob.why}`, file, line, col) };
    const placement: Placement =
      glob.head === '' ? { kind: 'every' } : { kind: 'glob-below', dir: glob.head.slice(0, -1) };
    return { entry: pathEntry(where, pattern, glob.specificity, placement, (c) => glob.match(c.path)) };
  }
  const kernel = readKernelPattern(pattern.text, isDirectory);
  if (kernel.shape === 'literal') {
    // A literal `m@^dir/@` owns exactly the paths that have `dir` among their directories.
    const text = kernel.head;
    if (kernel.directory) {
      return {
        entry: pathEntry(where, pattern, kernel.specificity, { kind: 'below', dir: text.slice(0, -1) }, ALWAYS),
      };
    }
    const placement: Placement = { kind: 'literal', dirPrefix: text.slice(0, text.lastIndexOf('/') + 1), text };
    return { entry: pathEntry(where, pattern, kernel.specificity, placement, (c) => c.path.startsWith(text)) };
  }
  // A text like `foo[ab]` has no `.*?`, so `-d` may still have given it a `/`.
  const withSlash = kernel.directory && !pattern.text.endsWith('/') ? `${pattern.text}/` : pattern.text;
  const test = kernelTest(withSlash, kernel.regex);
  if ('why' in test) {
    const message = `bad path pattern "${pattern.text}" (get_maintainer.pl reads it as the regex ^${kernel.regex}): ${test.why}`;
    return { error: sourceError('BAD_GLOB', message, file, line, col) };
  }
  const dir = kernel.head.slice(0, -1);
  let placement: Placement;
  if (kernel.shape === 'wildcard') {
    placement = kernel.directory
      ? { kind: 'below', dir }
      : { kind: 'below-with-slashes', dir, slashes: kernel.slashes };
  } else {
    placement = kernel.directory ? { kind: 'every' } : { kind: 'slashes', slashes: kernel.slashes };
  }
  return { entry: pathEntry(where, pattern, kernel.specificity, placement, test) };
}

/**
 * Every entry is built here, as one object literal: the index reads `test`, `role` and `subsystem` of
 * thousands of entries per run, and entries spread from differently shaped objects each get their own hidden
 * class, which made those reads megamorphic (measured 50× slower in the naive matcher).
 */
function pathEntry(
  where: { subsystem: number; role: PatternRole; order: number },
  pattern: PathPattern,
  specificity: number,
  placement: Placement,
  test: PathEntry['test'],
): PathEntry {
  const { subsystem, role, order } = where;
  const asMatch: PathMatch = { subsystem, pattern, specificity, fallback: specificity === -1 };
  return { subsystem, role, pattern, specificity, order, placement, test, asMatch };
}

/**
 * `m@^$regex@` for a non-literal kernel pattern: the direct wildcard matcher when the pattern has its simple
 * shape and the path is plain, else the regex engine. For simple shapes the regex is built only when a
 * non-plain path first needs it: they always compile (printable ASCII, `\\.`, `.*`, `.` and `[a-z]` classes).
 */
function kernelTest(text: string, regex: string): PathEntry['test'] | { why: string } {
  const wildcard = compileKernelWildcard(text);
  if (wildcard !== null) {
    let engine: PerlRegex | undefined;
    return (c) => (c.plain ? wildcard(c.path) : (engine ??= compiledRegex(regex)).test(c.path));
  }
  const built = buildPerlRegex(`^${regex}`);
  return 'regex' in built ? (c) => built.regex.test(c.path) : { why: built.why };
}

function compiledRegex(regex: string): PerlRegex {
  const built = buildPerlRegex(`^${regex}`);
  // Not bad input: kernel-wildcard.ts only accepts texts whose regex compiles, so this is a broken invariant.
  if (!('regex' in built)) throw new Error(`internal: simple kernel pattern ^${regex} did not compile: ${built.why}`);
  return built.regex;
}
