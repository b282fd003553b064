/**
 * get_maintainer.pl decides whether `F: drivers/net/ethernet/3com` (no trailing `/`) names a directory by
 * running `-d` in the tree. We decide it from the paths we are given, or the caller asks the tree: these two
 * helpers say which patterns need asking, and answer from a path list.
 */
import type { Subsystem } from '../model.js';
import { mayNameDirectory } from './kernel-pattern.js';
import type { IsDirectory } from './types.js';

/**
 * The F:/X: patterns (kernel dialect) that could name a directory: no `.`, `*`, `?` (get_maintainer.pl's `-d`
 * runs on the escaped text, so those never do) and no trailing `/`. Each once, in policy order.
 *
 * @example directoryCandidates(subsystems) // → ['drivers/net/ethernet/3com', 'rust', …]
 */
export function directoryCandidates(subsystems: readonly Subsystem[]): string[] {
  const candidates = new Set<string>();
  for (const subsystem of subsystems) {
    for (const pattern of [...subsystem.files, ...subsystem.exclude]) {
      if (pattern.dialect === 'kernel' && mayNameDirectory(pattern.text)) candidates.add(pattern.text);
    }
  }
  return [...candidates];
}

/**
 * A pattern names a directory when some path lies below it: on a whole tree's file list this is exactly `-d`
 * (git tracks no empty directories), and on a PR's changed paths it is right for every path routed.
 *
 * @example directoriesOf(['rust/kernel/str.rs'])('rust/kernel') // → true
 * @example directoriesOf(['rust/kernel/str.rs'])('rust/kernel/str.rs') // → false
 */
export function directoriesOf(paths: Iterable<string>): IsDirectory {
  const directories = new Set<string>();
  for (const path of paths) {
    // Walk up from the deepest directory; stop at one already seen, since its ancestors were added with it.
    for (let i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
      const dir = path.slice(0, i);
      if (directories.has(dir)) break;
      directories.add(dir);
      if (i === 0) break;
    }
  }
  return (pattern) => directories.has(pattern);
}
