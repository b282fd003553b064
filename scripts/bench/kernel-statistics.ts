/**
 * The shape of Linux 6.12's MAINTAINERS and source tree, as numbers the generator reproduces.
 *
 * Measured once (November 2026) with a throwaway script over ../shared/kernel/linux-6.12/MAINTAINERS and
 * ../shared/kernel/linux-6.12/files.txt, which come from Debian's linux-source-6.12 (6.12.117). A section is a
 * non-indented, non-tag line after a blank line below "Maintainers List"; tag counts are `^X:` lines inside
 * sections; shapes are `patternShape` below. The benchmark's `input:` line prints the section and F:/X:/N: counts
 * of whichever input it used, and generate-kernel.test.ts checks the real tree still yields a clean policy, so a
 * drift after updating the kernel data shows.
 */

/** Sections of 6.12's MAINTAINERS, THE REST included (the kernel data's README says 2,906 too). */
export const KERNEL_SECTIONS = 2906;

/** Paths in files.txt: every file of the 6.12 tree. */
export const KERNEL_PATHS = 86_629;

/**
 * The glob shapes F:/X: patterns take, in the order `patternShape` tests them (a pattern with both `[` and `*`
 * counts as `class`): each shape takes a different road through a compiled index, so the mix matters.
 */
export type PatternShape =
  | 'leading-star' //  `*`, `*/` — THE REST's catch-alls
  | 'class' //         `drivers/edac/altera_edac.[ch]`
  | 'question' //      `drivers/gpio/gpio-da90??.c`
  | 'star-directory' // `arch/arm/mach-*/`
  | 'star-middle' //   `drivers/iio/*/ad*`
  | 'star-last' //     `drivers/scsi/3w-*`, `include/linux/srcu*.h`
  | 'directory' //     `net/wireless/`
  | 'literal-no-dot' // `drivers/acpi/arm64` (a directory: get_maintainer.pl's -d) or `arch/arm/boot/dts/Makefile`
  | 'literal-file'; // `drivers/net/hamradio/6pack.c`

/** F: patterns by shape (8,154 in all). */
export const F_SHAPES: Readonly<Record<PatternShape, number>> = {
  'leading-star': 2,
  class: 26,
  question: 27,
  'star-directory': 19,
  'star-middle': 121,
  'star-last': 1169,
  directory: 1724,
  'literal-no-dot': 251,
  'literal-file': 4815,
};

/** Of the `literal-no-dot` F: patterns, how many name a directory of the tree (the rest name files). */
export const LITERAL_NO_DOT_DIRECTORIES = 83;

/** Of the `star-last` F: patterns, how many end with the `*` (`typhoon*`); the others go on (`srcu*.h`). */
export const STAR_LAST_OPEN_ENDED = 994;

/** X: patterns by shape (69 in all). */
export const X_SHAPES: Readonly<Record<PatternShape, number>> = {
  'leading-star': 0,
  class: 0,
  question: 0,
  'star-directory': 1,
  'star-middle': 1,
  'star-last': 6,
  directory: 40,
  'literal-no-dot': 0,
  'literal-file': 21,
};

/** How deep X: patterns reach: `/` count (not a trailing one) → patterns. */
export const X_DEPTHS: Readonly<Record<number, number>> = { 1: 13, 2: 27, 3: 23, 4: 4, 5: 2 };

/**
 * How many of the tree's paths each of the 95 N: lines matches, smallest first (10,964 in all, median 25): the
 * generator picks names as common as these, since every match is an owner routing has to rank.
 */
export const N_PATHS_MATCHED: readonly number[] = [
  0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 6, 7, 7, 8, 9, 11, 12, 14, 14, 15, 15, 15,
  15, 16, 16, 19, 21, 22, 22, 22, 23, 24, 25, 26, 26, 27, 28, 28, 32, 32, 37, 39, 40, 41, 41, 46, 48, 54, 59, 60, 63,
  65, 65, 67, 70, 70, 112, 113, 119, 119, 129, 135, 153, 168, 173, 199, 206, 211, 260, 315, 368, 450, 450, 535, 593,
  624, 652, 684, 1141, 1583,
];

/** N: regular expressions (mostly vendor names: `tegra`, `[^a-z]tegra`, `bcm283*`): 95. */
export const N_PATTERNS = N_PATHS_MATCHED.length;

/** K: content regular expressions (one uses Perl's `(?i:…)`). */
export const K_PATTERNS = 51;

/**
 * How deep F: patterns reach, by shape: the number of `/` not counting a trailing one → how many patterns.
 * A `directory` of depth 1 is `drivers/net/`; a `literal-file` of depth 2 is `drivers/net/tun.c`.
 */
export const F_DEPTH_BY_SHAPE: Readonly<Record<PatternShape, Readonly<Record<number, number>>>> = {
  'leading-star': { 0: 2 },
  class: { 1: 1, 2: 16, 3: 4, 4: 4, 5: 1 },
  question: { 1: 1, 2: 15, 3: 8, 4: 3 },
  'star-directory': { 2: 9, 3: 5, 4: 1, 5: 4 },
  'star-middle': { 2: 25, 3: 39, 4: 47, 5: 9, 7: 1 },
  'star-last': { 1: 23, 2: 304, 3: 458, 4: 264, 5: 100, 6: 18, 7: 2 },
  directory: { 0: 12, 1: 428, 2: 591, 3: 365, 4: 294, 5: 30, 6: 3, 7: 1 },
  'literal-no-dot': { 0: 2, 1: 15, 2: 44, 3: 157, 4: 27, 5: 6 },
  'literal-file': { 0: 2, 1: 183, 2: 1737, 3: 1526, 4: 980, 5: 376, 6: 11 },
};

/** How many F: lines a section has: [fewest, most, sections with that many]. Most have one to three. */
export const F_PER_SECTION: readonly (readonly [number, number, number])[] = [
  [0, 0, 17],
  [1, 1, 986],
  [2, 3, 1313],
  [4, 7, 446],
  [8, 15, 110],
  [16, 31, 28],
  [32, 41, 6],
];

/** The other tags, by letter → lines. They cost parse time and fill the people lists routing reads. */
export const OTHER_TAGS: Readonly<Record<string, number>> = {
  M: 3758,
  R: 544,
  L: 2721,
  S: 2879,
  W: 533,
  Q: 164,
  T: 755,
  B: 57,
  C: 40,
  P: 17,
};

/** Distinct people in M:/R: lines, and distinct mailing lists in L: lines. */
export const DISTINCT_PEOPLE = 2036;
export const DISTINCT_LISTS = 279;

/** S: values (the 17 "Odd fixes" spellings and the five one-offs folded into their nearest). */
export const STATUS_VALUES: Readonly<Record<string, number>> = {
  Maintained: 1870,
  Supported: 766,
  'Odd Fixes': 103,
  Orphan: 137,
  Obsolete: 3,
};

/** Sections whose name carries `[RUST]` (opt-in: docs/POLICY.md, "Importing MAINTAINERS"), besides the one named `RUST`. */
export const RUST_TAGGED_SECTIONS = 3;

/** Files by depth: number of `/` in the path → files. Most of the tree sits 2 to 5 directories down. */
export const FILES_BY_DEPTH: Readonly<Record<number, number>> = {
  0: 16,
  1: 1175,
  2: 14603,
  3: 26264,
  4: 19896,
  5: 16131,
  6: 4575,
  7: 2602,
  8: 1037,
  9: 248,
  10: 36,
  11: 9,
  12: 18,
  13: 19,
};

/** Directories by level: number of segments → directories (5,757 in all). */
export const DIRECTORIES_BY_LEVEL: Readonly<Record<number, number>> = {
  1: 24,
  2: 610,
  3: 1606,
  4: 1459,
  5: 1005,
  6: 344,
  7: 279,
  8: 331,
  9: 65,
  10: 14,
  11: 7,
  12: 8,
  13: 5,
};

/** Top-level directories → files below them. `drivers/` alone holds 40% of the tree. */
export const TOP_LEVEL_FILES: Readonly<Record<string, number>> = {
  drivers: 34886,
  arch: 17421,
  Documentation: 10126,
  tools: 7719,
  include: 6217,
  sound: 2783,
  fs: 2485,
  net: 1993,
  kernel: 593,
  lib: 570,
  scripts: 521,
  security: 286,
  samples: 276,
  mm: 196,
  crypto: 187,
  block: 100,
  rust: 91,
  io_uring: 70,
  LICENSES: 22,
  virt: 20,
  init: 14,
  ipc: 13,
  certs: 12,
  usr: 12,
};

/** The 16 files at the top of the tree (their names only). */
export const ROOT_FILES: readonly string[] = [
  '.clang-format',
  '.clippy.toml',
  '.cocciconfig',
  '.editorconfig',
  '.get_maintainer.ignore',
  '.gitattributes',
  '.gitignore',
  '.mailmap',
  '.rustfmt.toml',
  'COPYING',
  'CREDITS',
  'Kbuild',
  'Kconfig',
  'MAINTAINERS',
  'Makefile',
  'README',
];

/**
 * File extensions → files, the 24 commonest (99.2% of the tree; the remaining 0.8% is folded in by weight).
 * `.rs` is left out here: Rust files live under rust/ (66 of the 79), see RUST_SHARE_UNDER_RUST.
 */
export const EXTENSION_FILES: Readonly<Record<string, number>> = {
  c: 34659,
  h: 25273,
  yaml: 4382,
  rst: 3604,
  dts: 3047,
  dtsi: 2286,
  txt: 1510,
  S: 1332,
  sh: 913,
  json: 866,
  py: 267,
  dtso: 142,
  j2: 133,
  tc: 127,
  config: 100,
  svg: 77,
  cocci: 73,
  pl: 55,
  litmus: 47,
  boot: 34,
  debug: 30,
  bconf: 30,
};

/** Files without an extension (6,550), by name; the rest of them (1,392) are named like `sysfs-bus-iio`. */
export const NO_EXTENSION_FILES: Readonly<Record<string, number>> = {
  Makefile: 3029,
  Kconfig: 1730,
  Kbuild: 133,
  Build: 86,
  config: 78,
  README: 60,
  TODO: 42,
  '': 1392,
};

/** `.gitignore` files (one per directory at most). */
export const GITIGNORE_FILES = 358;

/** Of rust/'s 91 files, 66 are `.rs`. */
export const RUST_SHARE_UNDER_RUST = 66 / 91;

/**
 * Classifies an F:/X: pattern by the shape that decides how an index can look it up.
 *
 * @example patternShape('drivers/scsi/3w-*') // → 'star-last'
 * @example patternShape('drivers/acpi/arm64') // → 'literal-no-dot'
 */
export function patternShape(pattern: string): PatternShape {
  if (pattern.startsWith('*')) return 'leading-star';
  if (pattern.includes('[')) return 'class';
  if (pattern.includes('?')) return 'question';
  const segments = pattern.split('/');
  const starAt = segments.findIndex((segment) => segment.includes('*'));
  if (starAt >= 0) {
    if (pattern.endsWith('/')) return 'star-directory';
    return starAt === segments.length - 1 ? 'star-last' : 'star-middle';
  }
  if (pattern.endsWith('/')) return 'directory';
  return pattern.includes('.') ? 'literal-file' : 'literal-no-dot';
}

/** Number of `/` in a pattern or path, not counting a trailing one: get_maintainer.pl's depth. */
export function depthOf(pattern: string): number {
  let slashes = 0;
  for (let index = 0; index < pattern.length - 1; index++) if (pattern[index] === '/') slashes++;
  return slashes;
}
