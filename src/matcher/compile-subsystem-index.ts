/**
 * The compiled path index: every F:/X:/N: pattern of every subsystem, filed by what a path must contain to
 * match it (globset's GlobSet). Matching a path looks up its own directories, its `/` count and its directory
 * prefix — a few Map lookups — and tests only the patterns found there, never every pattern. The meaning is
 * get_maintainer.pl's; naive-matcher.ts is the pattern-by-pattern reference the tests hold this to.
 */
import type { Parsed, SourceError } from '../errors.js';
import type { Subsystem } from '../model.js';
import { literalGrams } from '../regex/literal-grams.js';
import type { RequiredLiteral } from '../regex/perl-regex.js';
import { candidateIn, toCandidate, type Candidate, type DirectoryView as CandidateDirectory } from './candidate.js';
import { compilePathEntry, type PathEntry, type PatternRole } from './path-entry.js';
import { rankMatches } from './rank-matches.js';
import type { IsDirectory, PathMatch, PatternHit, SubsystemIndex } from './types.js';

export interface SubsystemIndexOptions {
  /**
   * Whether a literal pattern without trailing `/` names a directory (get_maintainer.pl's `-d`; see
   * directoriesOf). Optional. Defaults to "never", as get_maintainer.pl run outside a tree.
   */
  isDirectory?: IsDirectory;
}

/** The patterns filed under one directory. */
interface DirBucket {
  below: PathEntry[];
  belowWithSlashes: Map<number, PathEntry[]>;
  /**
   * The wildcard patterns whose text below the directory starts plain (`include/linux/mfd*`), by their `/` count
   * and their first one to three plain characters (prefixKey): a path is tested only against those that begin
   * its next segment as it does. 6.12 has 1,349 such patterns, dozens in directories of thousands of files.
   */
  belowWithSlashesByPrefix: Map<number, Map<number, PathEntry[]>>;
  globs: PathEntry[];
}

/** One directory's share of the index (see viewOf). */
interface DirectoryView extends CandidateDirectory {
  /** The lists of patterns a path of this directory is tested against, but its literals and the N: patterns. */
  lists: (readonly PathEntry[])[];
  /** The literal file patterns of this directory, by the first character of their basename. */
  literalsByFirst: Map<string, PathEntry[]> | undefined;
  /** For each directory of the chain, its wildcard patterns by their first plain characters below it. */
  byPrefix: { dir: string; byPrefix: Map<number, PathEntry[]> }[];
}

/** Characters that are not plain in a wildcard pattern: any character may stand there. */
const WILDCARD_START = /[*?[]/;
/** How many plain characters at most key a wildcard pattern (below its directory). */
const PREFIX_KEY_LENGTH = 3;

/**
 * `length` (1 to 3) UTF-16 units of `text` from `start` as one number, the length included so that keys of
 * different lengths never collide: no substring is made for the 100,000 paths of a tree.
 */
function prefixKey(text: string, start: number, length: number): number {
  let key = length;
  for (let i = 0; i < length; i++) key = key * 65536 + text.charCodeAt(start + i);
  return key;
}

/** The literal file patterns sharing one directory prefix, by the first character of their basename. */
interface LiteralBucket {
  /** Patterns that are the directory prefix itself (empty basename): they begin every path there. */
  bare: PathEntry[];
  byFirst: Map<string, PathEntry[]>;
}

/**
 * Compiles the index once per run. Bad patterns are errors naming the pattern at its origin; the index is
 * still built from the good ones so every problem is reported in one run.
 *
 * @example
 *   const { value: index } = compileSubsystemIndex(parseKernelMaintainers(text, 'MAINTAINERS').value, { isDirectory });
 *   index.match('drivers/net/phy/ax88796b_rust.rs').map((m) => subsystems[m.subsystem].name)
 *   // → ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST']
 */
export function compileSubsystemIndex(
  subsystems: readonly Subsystem[],
  options: SubsystemIndexOptions = {},
): Parsed<SubsystemIndex> {
  const isDirectory = options.isDirectory ?? (() => false);
  const errors: SourceError[] = [];
  const byDir = new Map<string, DirBucket>();
  const literals = new Map<string, LiteralBucket>();
  const bySlashes = new Map<number, PathEntry[]>();
  const names: { literal: RequiredLiteral | null; value: PathEntry }[] = [];
  const everywhere: PathEntry[] = [];
  const bucket = (dir: string) =>
    getOrCreate(byDir, dir, () => ({
      below: [],
      belowWithSlashes: new Map(),
      belowWithSlashesByPrefix: new Map(),
      globs: [],
    }));

  let order = 0;
  subsystems.forEach((subsystem, index) => {
    const roles: [PatternRole, Subsystem['files']][] = [
      ['exclude', subsystem.exclude],
      ['file', subsystem.files],
      ['name', subsystem.names],
    ];
    for (const [role, patterns] of roles) {
      for (const pattern of patterns) {
        const compiled = compilePathEntry(pattern, { subsystem: index, role, order: order++ }, isDirectory);
        if ('error' in compiled) {
          errors.push(compiled.error);
          continue;
        }
        const { entry } = compiled;
        const { placement } = entry;
        switch (placement.kind) {
          case 'literal': {
            const literal = getOrCreate(literals, placement.dirPrefix, () => ({ bare: [], byFirst: new Map() }));
            const first = placement.text[placement.dirPrefix.length];
            if (first === undefined) literal.bare.push(entry);
            else getOrCreate(literal.byFirst, first, () => []).push(entry);
            break;
          }
          case 'below':
            bucket(placement.dir).below.push(entry);
            break;
          case 'below-with-slashes':
            {
              const found = bucket(placement.dir);
              const start = placement.dir.length + 1;
              let plain = 0;
              while (plain < PREFIX_KEY_LENGTH && start + plain < pattern.text.length) {
                if (WILDCARD_START.test(pattern.text[start + plain])) break;
                plain++;
              }
              if (plain > 0) {
                const byPrefix = getOrCreate(found.belowWithSlashesByPrefix, placement.slashes, () => new Map());
                getOrCreate(byPrefix, prefixKey(pattern.text, start, plain), () => []).push(entry);
              } else {
                getOrCreate(found.belowWithSlashes, placement.slashes, () => []).push(entry);
              }
            }
            break;
          case 'glob-below':
            bucket(placement.dir).globs.push(entry);
            break;
          case 'slashes':
            getOrCreate(bySlashes, placement.slashes, () => []).push(entry);
            break;
          case 'name':
            names.push({ literal: placement.literal, value: entry });
            break;
          case 'every':
            everywhere.push(entry);
        }
      }
    }
  });

  const namesIn = literalGrams(names);
  const globsAtPaths = [...byDir.values()].some((found) => found.globs.length > 0);

  /**
   * What every path of one directory shares: its directories, `/` count and the patterns filed under them.
   * A tree-wide change lists thousands of files per directory (sorted, as git lists them), so the lookups and
   * the directory strings are made once per directory, not once per path.
   */
  const views = new Map<string, DirectoryView>();
  let last: DirectoryView | undefined;
  const viewOf = (path: string): DirectoryView => {
    const slash = path.lastIndexOf('/');
    if (last !== undefined && last.dirPrefix.length === slash + 1 && path.startsWith(last.dirPrefix)) return last;
    const dirPrefix = path.slice(0, slash + 1);
    let view = views.get(dirPrefix);
    if (view === undefined) {
      const { dirs, slashes } = toCandidate(path);
      // References to the index's own lists, not copies: thousands of directories share the long ones.
      const lists: (readonly PathEntry[])[] = [];
      const add = (list: readonly PathEntry[] | undefined) => {
        if (list !== undefined && list.length > 0) lists.push(list);
      };
      const byPrefix: DirectoryView['byPrefix'] = [];
      for (const dir of dirs) {
        const found = byDir.get(dir);
        if (found === undefined) continue;
        add(found.below);
        add(found.belowWithSlashes.get(slashes));
        add(found.globs);
        const prefixed = found.belowWithSlashesByPrefix.get(slashes);
        if (prefixed !== undefined) byPrefix.push({ dir, byPrefix: prefixed });
      }
      const literal = literals.get(dirPrefix);
      add(literal?.bare);
      add(bySlashes.get(slashes));
      add(everywhere);
      view = { dirPrefix, dirs, slashes, lists, byPrefix, literalsByFirst: literal?.byFirst };
      views.set(dirPrefix, view);
    }
    last = view;
    return view;
  };

  // Plain loops into one array, no closure or wrapper per path: this runs 100,000 times for a tree.
  const lookup = (path: string): PathEntry[] => {
    const view = viewOf(path);
    const candidate = candidateIn(path, view);
    const hits: PathEntry[] = [];
    for (const list of view.lists) testInto(list, candidate, hits);
    for (const { dir, byPrefix } of view.byPrefix) {
      const start = dir.length + 1;
      for (let length = 1; length <= PREFIX_KEY_LENGTH && start + length <= path.length; length++) {
        testInto(byPrefix.get(prefixKey(path, start, length)), candidate, hits);
      }
    }
    testInto(view.literalsByFirst?.get(path[view.dirPrefix.length]), candidate, hits);
    if (globsAtPaths) testInto(byDir.get(path)?.globs, candidate, hits);
    testInto(namesIn(path), candidate, hits);
    return hits;
  };

  let lastHits: PathEntry[] | undefined;
  let lastRanked: readonly PathMatch[] = [];

  const index: SubsystemIndex = {
    match(path) {
      const hits = lookup(path);
      // The files of one directory usually hit the same patterns: rank them once for the run of them.
      if (lastHits !== undefined && sameEntries(hits, lastHits)) return lastRanked;
      lastHits = hits;
      lastRanked = rankMatches(hits);
      return lastRanked;
    },
    explain(path) {
      const hits = lookup(path).sort((a, b) => a.order - b.order);
      const hit = (entry: PathEntry): PatternHit => ({
        subsystem: entry.subsystem,
        pattern: entry.pattern,
        specificity: entry.specificity,
      });
      return {
        matched: hits.filter((entry) => entry.role !== 'exclude').map(hit),
        excluded: hits.filter((entry) => entry.role === 'exclude').map(hit),
      };
    },
  };
  return { value: index, errors, warnings: [] };
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** The same entries in the same order (lookups of paths of one directory list them in the same order). */
function sameEntries(a: readonly PathEntry[], b: readonly PathEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Appends the entries of `entries` whose test `candidate` passes. */
function testInto(entries: readonly PathEntry[] | undefined, candidate: Candidate, hits: PathEntry[]): void {
  if (entries === undefined) return;
  for (let i = 0; i < entries.length; i++) if (entries[i].test(candidate)) hits.push(entries[i]);
}
