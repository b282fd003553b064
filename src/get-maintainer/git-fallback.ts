/**
 * Which paths get_maintainer.pl asks git about when run without `--nogit-fallback` (its default): every path no
 * "exact" pattern covers, MAINTAINERS itself aside. A pattern is exact for a path when it is an F: of a section
 * that has an M: line and an S: saying it is maintained or supported, is not excluded from it by an X:, and is at
 * least as deep as the path (its `value_pd >= file_pd`): `kernel/dma/` covers `kernel/dma/map.c` but not
 * `kernel/dma/sub/deep.c`, and THE REST's `*` covers nothing. In the kernel that is most files.
 */
import { countSlashes } from '../matcher/kernel-pattern.js';
import type { SubsystemIndex } from '../matcher/types.js';
import type { Subsystem } from '../model.js';

/**
 * The paths, in order, whose history get_maintainer.pl's git fallback reads (file-history.ts).
 *
 * @example pathsForGitFallback(subsystems, index, ['kernel/dma/map.c', 'kernel/dma/sub/deep.c', 'MAINTAINERS']) // → ['kernel/dma/sub/deep.c']
 */
export function pathsForGitFallback(
  subsystems: readonly Subsystem[],
  index: SubsystemIndex,
  paths: readonly string[],
): string[] {
  return paths.filter((path) => !/MAINTAINERS$/.test(path) && !hasExactPattern(subsystems, index, path));
}

function hasExactPattern(subsystems: readonly Subsystem[], index: SubsystemIndex, path: string): boolean {
  const { matched, excluded } = index.explain(path);
  const skipped = new Set(excluded.map((hit) => hit.subsystem));
  const depth = countSlashes(path);
  return matched.some(
    (hit) =>
      hit.pattern.dialect !== 'regex' &&
      !skipped.has(hit.subsystem) &&
      hit.specificity >= depth &&
      isMaintained(subsystems[hit.subsystem]),
  );
}

/** `range_is_maintained && range_has_maintainer`: an S: with "maintain" or "support", and an M: line. */
function isMaintained(subsystem: Subsystem): boolean {
  const statuses = subsystem.tags.S ?? [];
  return (
    statuses.some((status) => /(maintain|support)/i.test(status)) &&
    subsystem.maintainers.some((person) => person.origin !== undefined)
  );
}
