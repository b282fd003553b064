/**
 * Which sections get_maintainer.pl visits for a path, and in which order — the order its output follows.
 *
 * For each path it walks every section: a section with a matching X: is skipped; otherwise each matching F:
 * sets the section's weight to that pattern's specificity and each matching N: sets it to 0, so the weight is
 * that of the section's *last* matching line in file order (not its most specific one, which is what routing
 * uses). Sections are then sorted by weight, highest first. Ties come out of a Perl hash, whose order changes
 * from run to run (get_maintainer.pl itself prints tied sections in a different order on different runs);
 * we break them in file order, which is one of the orders get_maintainer.pl prints.
 *
 * Keyword sections come after all paths, one visit per matching K: line, ordered by the line's index among the
 * file's kept lines compared *as strings* (`sort_and_uniq`), so line 10234 comes before line 9800.
 */
import { countSlashes } from '../matcher/kernel-pattern.js';
import type { SubsystemIndex } from '../matcher/types.js';

/** One section a path reaches, with get_maintainer.pl's weight for it. */
export interface SectionVisit {
  /** Index into the subsystems the index was compiled from (file order). */
  subsystem: number;
  weight: number;
}

/**
 * The sections get_maintainer.pl visits for `path`, heaviest first, ties in file order; with `patternDepth` (its
 * `--pattern-depth`, 0 for all), only F: patterns fewer than that many directories above the path count.
 *
 * @example sectionsForPath(index, 'drivers/net/phy/ax88796b_rust.rs').map((v) => subsystems[v.subsystem].name)
 *   // → ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST']
 */
export function sectionsForPath(index: SubsystemIndex, path: string, patternDepth = 0): SectionVisit[] {
  const { matched, excluded } = index.explain(path);
  const skipped = new Set(excluded.map((hit) => hit.subsystem));
  const depth = countSlashes(path);
  const last = new Map<number, { line: number; col: number; weight: number }>();
  for (const hit of matched) {
    if (skipped.has(hit.subsystem)) continue;
    // `--pattern-depth N`: an F: more than N directories above the path does not count (N: always does).
    if (patternDepth > 0 && hit.pattern.dialect !== 'regex' && depth - hit.specificity >= patternDepth) continue;
    const { line, col } = hit.pattern.origin;
    const seen = last.get(hit.subsystem);
    if (seen === undefined || line > seen.line || (line === seen.line && col > seen.col)) {
      last.set(hit.subsystem, { line, col, weight: hit.specificity });
    }
  }
  return [...last]
    .map(([subsystem, { weight }]) => ({ subsystem, weight }))
    .sort((a, b) => b.weight - a.weight || a.subsystem - b.subsystem);
}

/**
 * The index each line of a MAINTAINERS file has in get_maintainer.pl's `@typevalue` (every line but blank ones
 * and `#` comments), for ordering keyword sections as it does. Counts only up to the last line asked for.
 *
 * @example typevalueIndexes('A\n\n# c\nK:\tfoo\n', [4]) // → [1]
 */
export function typevalueIndexes(text: string, lines: readonly number[]): number[] {
  const wanted = Math.max(0, ...lines);
  const indexAt = new Map<number, number>();
  let kept = 0;
  let start = 0;
  for (let line = 1; line <= wanted && start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end < 0 ? text.length : end);
    indexAt.set(line, kept);
    // get_maintainer.pl keeps tag lines and any line that is not blank and not a `#` comment.
    if (/^[A-Z]:/.test(content) || !/^\s*(?:#|$)/.test(content)) kept++;
    if (end < 0) break;
    start = end + 1;
  }
  return lines.map((line) => indexAt.get(line) ?? kept);
}

/**
 * Sorts keyword visits as `sort_and_uniq` sorts their line indexes: as strings, each index once.
 *
 * @example orderKeywordVisits([{ index: 9800 }, { index: 10234 }]) // → [{ index: 10234 }, { index: 9800 }]
 */
export function orderKeywordVisits<T extends { index: number }>(visits: readonly T[]): T[] {
  const seen = new Set<number>();
  const unique = visits.filter((visit) => !seen.has(visit.index) && seen.add(visit.index));
  return unique.sort((a, b) => {
    const x = String(a.index);
    const y = String(b.index);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
