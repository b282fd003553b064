/**
 * A generated MAINTAINERS file with the size and pattern mix of Linux 6.12's (kernel-statistics.ts): 2,906
 * sections, 8,154 F: lines in the same glob shapes and depths, 69 X:, 95 N:, 51 K:, and the people, lists and
 * status lines around them. Patterns are built from a given tree (the real files.txt or a generated one) so they
 * match what real ones match. `scale` multiplies the policy, not the tree, for the growth rows of the benchmark.
 */
import {
  F_DEPTH_BY_SHAPE,
  F_PER_SECTION,
  F_SHAPES,
  KERNEL_SECTIONS,
  LITERAL_NO_DOT_DIRECTORIES,
  RUST_TAGGED_SECTIONS,
  STAR_LAST_OPEN_ENDED,
  X_DEPTHS,
  X_SHAPES,
  type PatternShape,
} from './kernel-statistics.js';
import { word } from './generate-tree.js';
import type { GeneratedSection } from './generated-section.js';
import { relocateSection } from './relocate-section.js';
import { addOtherTags, addRegexes } from './section-tags.js';
import { seededRandom, type Random } from './seeded-random.js';
import { buildPattern, type Recipe } from './shape-patterns.js';
import { indexTree, type TreeIndex } from './tree-index.js';

/** The seed every benchmark run uses. */
export const DEFAULT_POLICY_SEED = 2906;

/**
 * How many of a section's F: lines stay below its home directory (a driver's folder; its header and binding
 * elsewhere). A judgement from reading the file, not a measurement: it only shapes how many subsystems share a
 * path, which the real file also keeps small.
 */
export const ANCHORED_SHARE = 0.75;

export interface GenerateMaintainersOptions {
  /** Policy size as a multiple of 6.12's (an integer). Optional; defaults to 1. */
  scale?: number;
  /** Optional; defaults to DEFAULT_POLICY_SEED. */
  seed?: number;
}

const NAME_KINDS = ['DRIVER', 'DRIVERS', 'SUBSYSTEM', 'SUPPORT', 'FRAMEWORK', 'PLATFORM SUPPORT', 'DEVICE DRIVER'];

/**
 * Generates MAINTAINERS text for `paths`. With `scale: k`, the 2,905 ordinary sections are written k times, the
 * copies' patterns moved to sibling directories that are not in the tree (relocate-section.ts): the policy grows,
 * what each path matches does not, which is what a k-times-larger kernel looks like to one of its files.
 *
 * @example generateKernelMaintainers(generateKernelTree()).split('\n').filter((l) => l.startsWith('F:')).length // → 8154
 */
export function generateKernelMaintainers(paths: readonly string[], options: GenerateMaintainersOptions = {}): string {
  const random = seededRandom(options.seed ?? DEFAULT_POLICY_SEED);
  const tree = indexTree(paths);
  const sections = sectionShells(random);
  addFilePatterns(sections, tree, random);
  addExcludes(sections, tree, random);
  addRegexes(sections, paths, random);
  addOtherTags(sections, random);
  const rest = sections.pop()!;
  const copies: GeneratedSection[] = [];
  for (let copy = 2; copy <= (options.scale ?? 1); copy++) {
    copies.push(...sections.map((section) => relocateSection(section, copy)));
  }
  return [PREAMBLE, ...[...sections, ...copies, rest].map(sectionText)].join('\n');
}

/** What precedes the sections, as in the real file: a title, then the "Maintainers List" heading. */
const PREAMBLE = `List of maintainers (generated for the benchmark)
=================================================

Sections, each a name line and tag lines (M, R, L, S, W, Q, B, C, P, T, F, X, N, K), separated by blank lines.

Maintainers List
----------------
`;

function sectionText(section: GeneratedSection): string {
  const lines = [section.name, ...section.tags.map(([letter, value]) => `${letter}:\t${value}`)];
  for (const [letter, values] of [
    ['F', section.files],
    ['X', section.excludes],
    ['N', section.names],
    ['K', section.keywords],
  ] as const) {
    for (const value of values) lines.push(`${letter}:\t${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Names in alphabetical order as in the real file, with RUST and its [RUST] drivers among them, THE REST last. */
function sectionShells(random: Random): GeneratedSection[] {
  const names = new Set<string>(['RUST']);
  for (let index = 0; index < RUST_TAGGED_SECTIONS; index++) {
    names.add(`${word(random, 3).toUpperCase()} DRIVER [RUST]`);
  }
  while (names.size < KERNEL_SECTIONS - 1) names.add(`${word(random, 3).toUpperCase()} ${random.pick(NAME_KINDS)}`);
  const shell = (name: string): GeneratedSection => ({
    name,
    tags: [],
    files: [],
    excludes: [],
    names: [],
    keywords: [],
  });
  return [...[...names].sort().map(shell), shell('THE REST')];
}

/**
 * Deals the measured F: shapes out to sections of the measured sizes; each line names something in the tree,
 * mostly near the section's home directory. THE REST gets its two catch-alls (`*` and `*` + `/`), the Rust tree `rust/`.
 */
function addFilePatterns(sections: GeneratedSection[], tree: TreeIndex, random: Random): void {
  const rest = sections[sections.length - 1];
  rest.files.push('*', '*/');
  const ordinary = sections.slice(0, -1);
  const counts = filesPerSection(random, ordinary.length);
  const recipes = random.shuffle(fileRecipes());
  const rustIndex = ordinary.findIndex((section) => section.name === 'RUST');
  if (counts[rustIndex] === 0) {
    const donor = counts.findIndex((count) => count > 0);
    [counts[rustIndex], counts[donor]] = [counts[donor], counts[rustIndex]];
  }
  // The Rust tree's first line is `rust/` whatever it was dealt: deal it a `directory` so the shape counts hold.
  const rustSlot = counts.slice(0, rustIndex).reduce((sum, count) => sum + count, 0);
  const directorySlot = recipes.indexOf('directory');
  [recipes[rustSlot], recipes[directorySlot]] = [recipes[directorySlot], recipes[rustSlot]];
  let next = 0;
  ordinary.forEach((section, index) => {
    const anchor = anchorFor(section, tree, random);
    for (let count = 0; count < counts[index] && next < recipes.length; count++) {
      const recipe = recipes[next++];
      if (section.name === 'RUST' && count === 0) {
        section.files.push('rust/');
        continue;
      }
      const within = random.next() < ANCHORED_SHARE ? anchor : undefined;
      let pattern: string | undefined;
      for (let tries = 0; tries < 5 && (pattern === undefined || section.files.includes(pattern)); tries++) {
        pattern = buildPattern(tree, random, recipe, depthFor(random, recipe), within);
      }
      if (pattern !== undefined) section.files.push(pattern);
    }
  });
}

/** Section sizes drawn from F_PER_SECTION and nudged, within each size band, to total exactly 8,152 + THE REST's 2. */
function filesPerSection(random: Random, sections: number): number[] {
  const bands: (readonly [number, number])[] = [];
  for (const [fewest, most, count] of F_PER_SECTION) for (let i = 0; i < count; i++) bands.push([fewest, most]);
  // THE REST is one of the 2-to-3 band, with exactly 2: its place is not dealt.
  const restBand = bands.findIndex(([fewest]) => fewest === 2);
  bands.splice(restBand, 1);
  random.shuffle(bands);
  const counts = bands.slice(0, sections).map(([fewest, most]) => fewest + random.below(most - fewest + 1));
  const target = Object.values(F_SHAPES).reduce((sum, count) => sum + count, 0) - F_SHAPES['leading-star'];
  let surplus = counts.reduce((sum, count) => sum + count, 0) - target;
  while (surplus !== 0) {
    const index = random.below(counts.length);
    const step = surplus > 0 ? -1 : 1;
    const [fewest, most] = bands[index];
    if (counts[index] + step < fewest || counts[index] + step > most) continue;
    counts[index] += step;
    surplus += step;
  }
  return counts;
}

/** Every F: line but THE REST's as a recipe, with the measured split of the shapes that have two spellings. */
function fileRecipes(): Recipe[] {
  const recipes: Recipe[] = [];
  const add = (recipe: Recipe, count: number) => {
    for (let index = 0; index < count; index++) recipes.push(recipe);
  };
  add('literal-file', F_SHAPES['literal-file']);
  add('literal-directory', LITERAL_NO_DOT_DIRECTORIES);
  add('literal-bare-file', F_SHAPES['literal-no-dot'] - LITERAL_NO_DOT_DIRECTORIES);
  add('directory', F_SHAPES.directory);
  add('star-last-open', STAR_LAST_OPEN_ENDED);
  add('star-last-extension', F_SHAPES['star-last'] - STAR_LAST_OPEN_ENDED);
  add('star-middle', F_SHAPES['star-middle']);
  add('star-directory', F_SHAPES['star-directory']);
  add('class', F_SHAPES.class);
  add('question', F_SHAPES.question);
  return recipes;
}

const SHAPE_OF_RECIPE: Readonly<Record<Recipe, PatternShape>> = {
  'literal-file': 'literal-file',
  'literal-directory': 'literal-no-dot',
  'literal-bare-file': 'literal-no-dot',
  directory: 'directory',
  'star-last-open': 'star-last',
  'star-last-extension': 'star-last',
  'star-middle': 'star-middle',
  'star-directory': 'star-directory',
  class: 'class',
  question: 'question',
};

function depthFor(random: Random, recipe: Recipe): number {
  const depths = F_DEPTH_BY_SHAPE[SHAPE_OF_RECIPE[recipe]];
  const keys = Object.keys(depths).map(Number);
  return keys[random.weighted(keys.map((depth) => depths[depth]))];
}

/** A section's home: a directory two or three levels down; rust/ for the Rust tree and its [RUST] drivers. */
function anchorFor(section: GeneratedSection, tree: TreeIndex, random: Random): string | undefined {
  if (section.name === 'RUST') return 'rust';
  if (section.name.endsWith('[RUST]')) {
    const rustDirectories = tree.directoriesAt(2).filter((directory) => directory.startsWith('rust/'));
    return rustDirectories.length > 0 ? random.pick(rustDirectories) : 'rust';
  }
  const level = random.next() < 0.5 ? 2 : 3;
  const directories = tree.directoriesAt(level);
  return directories.length > 0 ? random.pick(directories) : undefined;
}

/** X: lines go to sections that own a directory above their target, as `F: net/` + `X: net/ipv6/` does. */
function addExcludes(sections: GeneratedSection[], tree: TreeIndex, random: Random): void {
  const owners = sections.filter((section) => section.files.some((file) => file.endsWith('/') && !file.includes('*')));
  const recipes: Recipe[] = [];
  const xRecipe: Partial<Record<PatternShape, Recipe>> = {
    'literal-file': 'literal-file',
    directory: 'directory',
    'star-last': 'star-last-open',
    'star-middle': 'star-middle',
    'star-directory': 'star-directory',
  };
  for (const [shape, count] of Object.entries(X_SHAPES) as [PatternShape, number][]) {
    for (let index = 0; index < count; index++) recipes.push(xRecipe[shape]!);
  }
  const depths = Object.keys(X_DEPTHS).map(Number);
  for (const recipe of recipes) {
    const depth = depths[random.weighted(depths.map((d) => X_DEPTHS[d]))];
    let placed = false;
    for (let tries = 0; tries < 40 && !placed; tries++) {
      const section = random.pick(owners);
      const directory = random.pick(section.files.filter((file) => file.endsWith('/') && !file.includes('*')));
      const pattern = buildPattern(tree, random, recipe, depth, directory.slice(0, -1), true);
      if (pattern !== undefined && !section.excludes.includes(pattern)) {
        section.excludes.push(pattern);
        placed = true;
      }
    }
    if (!placed) random.pick(owners).excludes.push(buildPattern(tree, random, recipe, depth)!);
  }
}
