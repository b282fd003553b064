/**
 * Copies of a generated section for the growth rows: the same patterns moved into sibling directories that the
 * routed tree does not have (`drivers/net/tun.c` → `drivers/net-v2/tun.c`). The policy then has k times the
 * sections and patterns while each routed path still matches what it matched, which is how a k-times-larger
 * kernel looks to one of its files. An index that scales with the patterns a path could match stays flat;
 * one that tries every pattern grows k-fold.
 */
import type { GeneratedSection } from './generated-section.js';

/**
 * The `copy`-th copy (2, 3, …) of a section.
 *
 * @example relocatePattern('drivers/net/tun.c', 2) // → 'drivers/net-v2/tun.c'
 */
export function relocateSection(section: GeneratedSection, copy: number): GeneratedSection {
  const suffix = `-v${copy}`;
  return {
    name: `${section.name} (${copy})`,
    tags: section.tags,
    files: section.files.map((pattern) => relocatePattern(pattern, suffix)),
    excludes: section.excludes.map((pattern) => relocatePattern(pattern, suffix)),
    // An N: regex searches the whole path, so the suffix keeps it from matching the copy's original paths.
    names: section.names.map((regex) => `${regex}${suffix}`),
    keywords: section.keywords,
  };
}

/**
 * Renames the second directory of a pattern (`drivers/net/…` → `drivers/net-v2/…`), or for shallower patterns
 * the top directory (`net/` → `net-v2/`) or the file name (`kernel/fork.c` → `kernel/fork-v2.c`). The glob shape
 * and the depth stay the same, so the copy costs an index what the original does.
 */
export function relocatePattern(pattern: string, suffix: string): string {
  const segments = pattern.split('/');
  if (segments.length >= 3) segments[1] += suffix;
  else if (segments.length === 2 && segments[1] === '') segments[0] += suffix;
  else {
    const last = segments.length - 1;
    const dot = segments[last].indexOf('.');
    segments[last] =
      dot < 0 ? segments[last] + suffix : segments[last].slice(0, dot) + suffix + segments[last].slice(dot);
  }
  return segments.join('/');
}
