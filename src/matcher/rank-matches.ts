/**
 * From the patterns that hit a path to the subsystems that own it, in get_maintainer.pl's order.
 * internal, subject to change: compile-subsystem-index.ts is the only user.
 */
import type { PathEntry } from './path-entry.js';
import type { PathMatch } from './types.js';

/**
 * Drops every subsystem one of whose X: patterns hit (get_maintainer.pl tests exclusions first and skips the
 * section), keeps each remaining subsystem's most specific pattern (the first written, on a tie), and sorts
 * most specific first, ties in policy order.
 *
 * get_maintainer.pl itself records the specificity of the *last* matching pattern of a section and sorts a
 * Perl hash, so its ties come out in no fixed order; docs/ROUTING.md ("Specificity") asks for the most specific pattern and policy
 * order instead. The set of subsystems is the same either way.
 */
export function rankMatches(hits: readonly PathEntry[]): PathMatch[] {
  // A path has a handful of hits, so plain scans beat building a Map and a Set for each of 86k paths.
  const excluded: number[] = [];
  for (const hit of hits) if (hit.role === 'exclude') excluded.push(hit.subsystem);
  const best: PathEntry[] = [];
  for (const hit of hits) {
    if (hit.role === 'exclude' || excluded.includes(hit.subsystem)) continue;
    const at = best.findIndex((entry) => entry.subsystem === hit.subsystem);
    if (at < 0) best.push(hit);
    else if (outranks(hit, best[at])) best[at] = hit;
  }
  return best.sort((a, b) => b.specificity - a.specificity || a.subsystem - b.subsystem).map((entry) => entry.asMatch);
}

/** More specific, or as specific and written first. */
function outranks(hit: PathEntry, current: PathEntry): boolean {
  return (
    hit.specificity > current.specificity || (hit.specificity === current.specificity && hit.order < current.order)
  );
}
