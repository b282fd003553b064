/**
 * Perl's default `sort`, as get_maintainer.pl sorts paths and addresses: by character (UTF-16 code unit here, the
 * same order on the ASCII these are), not by locale.
 *
 * @example ['b', 'B', 'a'].sort(perlOrder) // → ['B', 'a', 'b']
 */
export function perlOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * get_maintainer.pl's `sort_and_uniq`: sorted, each once.
 *
 * @example sortAndUniq(['kernel/x.c', 'dev/null', 'kernel/x.c']) // → ['dev/null', 'kernel/x.c']
 */
export function sortAndUniq(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(perlOrder);
}
