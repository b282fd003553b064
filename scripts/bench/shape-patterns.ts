/**
 * Turns a glob shape and a depth into a pattern that names something real in the tree: `directory` of depth 2
 * becomes `drivers/kovala/rema/`, `star-last` becomes `drivers/kovala/rema/kovala*`. Patterns built from the tree
 * match what their real counterparts match (a directory, a driver's files, a header pair), so routing the tree
 * against them does the work the real MAINTAINERS causes.
 */
import { runBelow, type TreeIndex } from './tree-index.js';
import type { Random } from './seeded-random.js';

/** A shape with its variant: how the generator spells one F:/X: line. */
export type Recipe =
  | 'literal-file' //        drivers/net/tun.c
  | 'literal-directory' //   drivers/acpi/arm64 (a directory written without its `/`)
  | 'literal-bare-file' //   arch/arm/boot/dts/Makefile
  | 'directory' //           net/wireless/
  | 'star-last-open' //      drivers/scsi/3w-*
  | 'star-last-extension' // include/linux/srcu*.h
  | 'star-middle' //         drivers/iio/*/ad*
  | 'star-directory' //      arch/arm/mach-*/
  | 'class' //               drivers/edac/altera_edac.[ch]
  | 'question'; //           drivers/gpio/gpio-da90??.c

/** Characters that would change a pattern's shape if a real path contained them. */
const GLOB_CHARACTERS = /[*?[\]]/;
/** How many random draws before scanning the candidates in order: draws keep patterns spread over the tree. */
const DRAWS = 24;

/**
 * Builds one pattern of `recipe` whose target has `depth` slashes, below `within` when possible (unless
 * `strict`, the whole tree otherwise), trying the nearest other depths when none fits. Undefined only when the
 * tree has nothing of that kind at all.
 */
export function buildPattern(
  tree: TreeIndex,
  random: Random,
  recipe: Recipe,
  depth: number,
  within?: string,
  strict = false,
): string | undefined {
  const scopes = strict || within === undefined ? [within] : [within, undefined];
  for (const scope of scopes) {
    for (let distance = 0; distance <= tree.maxDepth + 1; distance++) {
      for (const tried of distance === 0 ? [depth] : [depth - distance, depth + distance]) {
        if (tried < 0 || tried > tree.maxDepth) continue;
        const pattern = attempt(tree, random, recipe, tried, scope);
        if (pattern !== undefined) return pattern;
      }
    }
  }
  return undefined;
}

function attempt(tree: TreeIndex, random: Random, recipe: Recipe, depth: number, within?: string): string | undefined {
  switch (recipe) {
    case 'literal-file':
      return pick(random, tree.filesAt(depth), within, (path) => path.includes('.') && !GLOB_CHARACTERS.test(path));
    case 'literal-bare-file':
      return pick(random, tree.filesAt(depth), within, (path) => !path.includes('.') && !GLOB_CHARACTERS.test(path));
    case 'literal-directory':
      return pick(random, tree.directoriesAt(depth + 1), within, (path) => !/[.*?[\]]/.test(path));
    case 'directory':
      return suffixed(pick(random, tree.directoriesAt(depth + 1), within, plain), '/');
    case 'star-directory': {
      if (depth < 1) return undefined; // a leading `*` is another shape
      const directory = pick(random, tree.directoriesAt(depth + 1), within, plain);
      return directory === undefined ? undefined : `${parentOf(directory)}/${head(baseOf(directory))}*/`;
    }
    case 'star-last-open':
    case 'star-last-extension': {
      const file = pick(random, tree.filesAt(depth), within, (path) => plain(path) && !baseOf(path).startsWith('.'));
      if (file === undefined) return undefined;
      const name = baseOf(file);
      const extension = extensionOf(name);
      const tail = recipe === 'star-last-extension' && extension ? `.${extension}` : '';
      return `${depth === 0 ? '' : `${parentOf(file)}/`}${head(name)}*${tail}`;
    }
    case 'star-middle': {
      if (depth < 2) return undefined;
      const file = pick(random, tree.filesAt(depth), within, (path) => plain(path) && !baseOf(path).startsWith('.'));
      if (file === undefined) return undefined;
      const segments = file.split('/');
      segments[1 + random.below(segments.length - 2)] = '*';
      segments[segments.length - 1] = `${head(segments[segments.length - 1])}*`;
      return segments.join('/');
    }
    case 'class': {
      const file = pick(random, tree.filesAt(depth), within, (path) => plain(path) && /[^/.]\.[ch]$/.test(path));
      return file === undefined ? undefined : `${file.slice(0, -1)}[ch]`;
    }
    case 'question': {
      const file = pick(random, tree.filesAt(depth), within, (path) => plain(path) && /[^/.]{4}\.\w+$/.test(path));
      if (file === undefined) return undefined;
      const dot = file.lastIndexOf('.');
      return `${file.slice(0, dot - 2)}??${file.slice(dot)}`;
    }
  }
}

/** A random candidate in the run below `within` that `accept`s, or undefined. */
function pick(
  random: Random,
  sorted: readonly string[],
  within: string | undefined,
  accept: (path: string) => boolean,
): string | undefined {
  const [from, to] = runBelow(sorted, within);
  if (from >= to) return undefined;
  for (let draw = 0; draw < DRAWS; draw++) {
    const candidate = sorted[from + random.below(to - from)];
    if (accept(candidate)) return candidate;
  }
  for (let index = from; index < to; index++) if (accept(sorted[index])) return sorted[index];
  return undefined;
}

function plain(path: string): boolean {
  return !GLOB_CHARACTERS.test(path);
}

function suffixed(text: string | undefined, suffix: string): string | undefined {
  return text === undefined ? undefined : text + suffix;
}

/** The literal start of a name that its siblings may share: up to the first `-`, `_` or `.`, 2 to 6 characters. */
function head(name: string): string {
  const cut = name.search(/[-_.]/);
  const length = cut < 0 ? Math.min(name.length, 6) : cut;
  return name.slice(0, Math.max(Math.min(length, 6), Math.min(2, name.length)));
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}
