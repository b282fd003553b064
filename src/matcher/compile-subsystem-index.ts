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
import { toCandidate, type Candidate } from './candidate.js';
import { compilePathEntry, type PathEntry, type PatternRole } from './path-entry.js';
import { rankMatches } from './rank-matches.js';
import type { IsDirectory, PatternHit, SubsystemIndex } from './types.js';

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
  globs: PathEntry[];
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
    getOrCreate(byDir, dir, () => ({ below: [], belowWithSlashes: new Map(), globs: [] }));

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
            getOrCreate(bucket(placement.dir).belowWithSlashes, placement.slashes, () => []).push(entry);
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

  const lookup = (candidate: Candidate): PathEntry[] => {
    const hits: PathEntry[] = [];
    const testAll = (entries: readonly PathEntry[] | undefined) => {
      if (entries === undefined) return;
      for (const entry of entries) if (entry.test(candidate)) hits.push(entry);
    };
    const { path } = candidate;
    for (const dir of candidate.dirs) {
      const found = byDir.get(dir);
      if (found === undefined) continue;
      testAll(found.below);
      testAll(found.belowWithSlashes.get(candidate.slashes));
      testAll(found.globs);
    }
    testAll(byDir.get(path)?.globs);
    const literal = literals.get(candidate.dirPrefix);
    if (literal !== undefined) {
      testAll(literal.bare);
      testAll(literal.byFirst.get(path[candidate.dirPrefix.length]));
    }
    testAll(namesIn(path));
    testAll(bySlashes.get(candidate.slashes));
    testAll(everywhere);
    return hits;
  };

  const index: SubsystemIndex = {
    match: (path) => rankMatches(lookup(toCandidate(path))),
    explain(path) {
      const hits = lookup(toCandidate(path)).sort((a, b) => a.order - b.order);
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
