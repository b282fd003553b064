/**
 * A generated source tree shaped like Linux 6.12's (kernel-statistics.ts): the same number of files and
 * directories at each depth, the same top-level split and the same extension mix, under made-up names. It stands in
 * for files.txt when the real kernel data is absent, so the benchmark runs anywhere on the same workload.
 *
 * Names are syllables, and files in one directory share a stem (`kovala-rune.c`, `kovala_dema.h`), because the
 * real tree's prefix patterns (`drivers/scsi/3w-*`) only mean something when siblings share prefixes.
 */
import {
  DIRECTORIES_BY_LEVEL,
  EXTENSION_FILES,
  FILES_BY_DEPTH,
  GITIGNORE_FILES,
  KERNEL_PATHS,
  NO_EXTENSION_FILES,
  ROOT_FILES,
  RUST_SHARE_UNDER_RUST,
  TOP_LEVEL_FILES,
} from './kernel-statistics.js';
import { seededRandom, type Random } from './seeded-random.js';

/** The seed every benchmark run uses, so two runs route the very same tree. */
export const DEFAULT_TREE_SEED = 6_12;

export interface GenerateTreeOptions {
  /** How many paths. Optional; defaults to KERNEL_PATHS (86,629); directories scale with it. */
  paths?: number;
  /** Optional; defaults to DEFAULT_TREE_SEED. */
  seed?: number;
}

const SYLLABLES = (
  'ab ac al am an ar at ax ba be bo ca ce co da de di do el em en er ex fa fe fi ga ge gi ha he hi im in io ir ' +
  'ka ke ki la le li lo ma me mi mo mu na ne ni no nu ob od ol om on or pa pe pi po qu ra re ri ro ru sa se si so ' +
  'su ta te ti to tu ul um un ur us va ve vi vo xa xe ya ze zo'
).split(' ');

/** A pronounceable made-up word of `count` syllables. */
export function word(random: Random, count: number): string {
  let text = '';
  for (let index = 0; index < count; index++) text += random.pick(SYLLABLES);
  return text;
}

interface Directory {
  path: string;
  level: number;
  children: number;
  names: Set<string>;
  /** Shared by most files here, so that `dir/stem*` patterns have something to match. */
  stem: string;
}

/**
 * Generates the sorted, duplicate-free path list of a kernel-shaped tree. Each top-level directory is built as a
 * small kernel of its own (its share of the files at each depth, and of the directories at each level), so that
 * rust/ has its 91 files in a few directories as it really does, not one file lost among drivers/.
 *
 * @example generateKernelTree({ paths: 1000 }).length // → 1000
 */
export function generateKernelTree(options: GenerateTreeOptions = {}): string[] {
  const total = options.paths ?? KERNEL_PATHS;
  const random = seededRandom(options.seed ?? DEFAULT_TREE_SEED);
  const filesAtDepth = scaledCounts(FILES_BY_DEPTH, total);
  const tops = Object.keys(TOP_LEVEL_FILES);
  const shares = tops.map((top) => TOP_LEVEL_FILES[top]);
  // files[depth][top]: every depth's total split between the top-level directories by their share.
  const files = filesAtDepth.map((count, depth) => (depth === 0 ? [] : apportion(count, shares)));

  const rootNames = new Set<string>();
  const paths: string[] = [];
  for (let index = 0; index < filesAtDepth[0]; index++) {
    const name = index < ROOT_FILES.length ? ROOT_FILES[index] : uniqueName(random, rootNames, 'c');
    rootNames.add(name);
    paths.push(name);
  }
  tops.forEach((top, which) => {
    const share = shares[which] / shares.reduce((sum, value) => sum + value, 0);
    const levels = buildDirectories(random, top, share * (total / KERNEL_PATHS), (depth) => files[depth]?.[which] ?? 0);
    for (let depth = 1; depth < files.length; depth++) {
      const directories = levels[depth] ?? [];
      // Directories without subdirectories get a file first: a directory exists in files.txt only because
      // something lies below it.
      const leaves = directories.filter((directory) => directory.children === 0);
      for (let index = 0; index < files[depth][which] && directories.length > 0; index++) {
        const directory = index < leaves.length ? leaves[index] : random.pick(directories);
        paths.push(`${directory.path}/${fileName(random, directory)}`);
      }
    }
  });
  return paths.sort();
}

/**
 * One top-level directory's subtree: its share of each level's directories, and at least one directory at every
 * level where it has files (and so at every level above).
 */
function buildDirectories(
  random: Random,
  top: string,
  share: number,
  filesAt: (depth: number) => number,
): Directory[][] {
  const make = (path: string, level: number): Directory => ({
    path,
    level,
    children: 0,
    names: new Set(),
    stem: word(random, 2),
  });
  const levelCounts = Object.keys(DIRECTORIES_BY_LEVEL).map(Number);
  const deepest = Math.max(0, ...levelCounts.filter((level) => filesAt(level) > 0));
  const levels: Directory[][] = [[], [make(top, 1)]];
  for (let level = 2; level <= deepest; level++) {
    const count = Math.max(1, Math.round((DIRECTORIES_BY_LEVEL[level] ?? 0) * share));
    const parents = levels[level - 1];
    levels[level] = [];
    for (let index = 0; index < count; index++) {
      const parent = random.pick(parents);
      const name = uniqueName(random, parent.names, 'directory');
      parent.names.add(name);
      parent.children++;
      levels[level].push(make(`${parent.path}/${name}`, level));
    }
  }
  return levels;
}

/** Splits `total` in proportion to `weights`, by largest remainder, so the parts add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (weight * total) / sum);
  const parts = exact.map(Math.floor);
  const byRemainder = exact.map((value, index) => [value - parts[index], index]).sort((a, b) => b[0] - a[0]);
  const left = total - parts.reduce((acc, part) => acc + part, 0);
  for (let index = 0; index < left; index++) parts[byRemainder[index][1]]++;
  return parts;
}

/** Per-depth counts scaled to `total`, the rounding error absorbed by the commonest depth. */
function scaledCounts(byDepth: Readonly<Record<number, number>>, total: number): number[] {
  const depths = Object.keys(byDepth).map(Number);
  const counts = depths.map((depth) => Math.round((byDepth[depth] * total) / KERNEL_PATHS));
  const largest = counts.indexOf(Math.max(...counts));
  counts[largest] += total - counts.reduce((sum, count) => sum + count, 0);
  return counts;
}

const EXTENSIONS = Object.keys(EXTENSION_FILES);
const BARE_NAMES = Object.keys(NO_EXTENSION_FILES);
const NAME_KINDS = ['extension', 'bare', 'gitignore'] as const;
const NAME_KIND_WEIGHTS = [
  Object.values(EXTENSION_FILES).reduce((sum, count) => sum + count, 0),
  Object.values(NO_EXTENSION_FILES).reduce((sum, count) => sum + count, 0),
  GITIGNORE_FILES,
];

function fileName(random: Random, directory: Directory): string {
  const inRust = directory.path === 'rust' || directory.path.startsWith('rust/');
  for (;;) {
    let name: string;
    const kind = NAME_KINDS[random.weighted(NAME_KIND_WEIGHTS)];
    if (inRust && random.next() < RUST_SHARE_UNDER_RUST) name = `${stemmed(random, directory)}.rs`;
    else if (kind === 'gitignore') name = '.gitignore';
    else if (kind === 'bare') {
      const bare = BARE_NAMES[random.weighted(Object.values(NO_EXTENSION_FILES))];
      name = bare === '' ? stemmed(random, directory) : bare;
    } else name = `${stemmed(random, directory)}.${EXTENSIONS[random.weighted(Object.values(EXTENSION_FILES))]}`;
    if (!directory.names.has(name)) {
      directory.names.add(name);
      return name;
    }
  }
}

/** `stem-word`, `stem_word2` or a fresh word: siblings share prefixes as real drivers do. */
function stemmed(random: Random, directory: Directory): string {
  if (random.next() < 0.35) return word(random, 2 + random.below(2));
  const separator = random.next() < 0.5 ? '-' : '_';
  const digits = random.next() < 0.2 ? String(random.below(100)) : '';
  return `${directory.stem}${separator}${word(random, 1 + random.below(2))}${digits}`;
}

function uniqueName(random: Random, taken: ReadonlySet<string>, kind: 'directory' | 'c'): string {
  for (;;) {
    const base = word(random, 2 + random.below(2));
    const name = kind === 'c' ? `${base}.c` : random.next() < 0.15 ? `${base}${random.below(10)}` : base;
    if (!taken.has(name)) return name;
  }
}
