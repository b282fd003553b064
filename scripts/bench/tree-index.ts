/**
 * The tree as the policy generator needs it: files by depth and directories by level, each sorted so that
 * everything below one directory is a contiguous run found by binary search.
 */

/** A path list, indexed for picking pattern targets. */
export interface TreeIndex {
  /** Files with `depth` slashes, sorted. */
  filesAt(depth: number): readonly string[];
  /** Directories with `level` segments (no trailing `/`), sorted. */
  directoriesAt(level: number): readonly string[];
  /** The deepest file depth present. */
  maxDepth: number;
}

/**
 * Indexes a path list (real files.txt or generated).
 *
 * @example indexTree(['a/b/c.c', 'a/d.c']).directoriesAt(2) // → ['a/b']
 */
export function indexTree(paths: readonly string[]): TreeIndex {
  const files = new Map<number, string[]>();
  const directories = new Map<number, Set<string>>();
  let maxDepth = 0;
  for (const path of paths) {
    const segments = path.split('/');
    const depth = segments.length - 1;
    maxDepth = Math.max(maxDepth, depth);
    pushTo(files, depth, path);
    let prefix = '';
    for (let level = 1; level < segments.length; level++) {
      prefix = level === 1 ? segments[0] : `${prefix}/${segments[level - 1]}`;
      let set = directories.get(level);
      if (!set) directories.set(level, (set = new Set()));
      set.add(prefix);
    }
  }
  const sortedDirectories = new Map([...directories].map(([level, set]) => [level, [...set].sort()]));
  for (const list of files.values()) list.sort();
  return {
    filesAt: (depth) => files.get(depth) ?? [],
    directoriesAt: (level) => sortedDirectories.get(level) ?? [],
    maxDepth,
  };
}

/**
 * The run `[from, to)` of a sorted list that lies below `directory` (the whole list when it is undefined):
 * `dir/` sorts just before `dir0` because `0` follows `/` in code-unit order. Indices, not a copy, because the
 * generator asks this once per pattern of lists 26,000 long.
 *
 * @example runBelow(['a/b', 'a/c/d', 'ab'], 'a') // → [0, 2]
 */
export function runBelow(sorted: readonly string[], directory: string | undefined): [number, number] {
  if (directory === undefined) return [0, sorted.length];
  return [lowerBound(sorted, `${directory}/`), lowerBound(sorted, `${directory}0`)];
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pushTo(map: Map<number, string[]>, key: number, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
