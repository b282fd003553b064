/**
 * The lines of a generated section around its F:/X: patterns: N: and K: regular expressions spelt as 6.12's are,
 * and the M/R/L/S/W/Q/B/C/P/T lines in 6.12's numbers. They cost parse and compile time, and the people are what
 * routing turns into review requests.
 */
import type { GeneratedSection } from './generated-section.js';
import { word } from './generate-tree.js';
import {
  DISTINCT_LISTS,
  DISTINCT_PEOPLE,
  K_PATTERNS,
  N_PATHS_MATCHED,
  OTHER_TAGS,
  STATUS_VALUES,
} from './kernel-statistics.js';
import type { Random } from './seeded-random.js';

/** Candidates weighed per N: line: enough to find a name about as common as the target, few enough to stay fast. */
const N_CANDIDATES = 8;

/**
 * Adds N: lines made from directory names of the tree, each matching about as many paths as one of 6.12's
 * (N_PATHS_MATCHED), and K: lines from made-up identifiers.
 */
export function addRegexes(sections: GeneratedSection[], paths: readonly string[], random: Random): void {
  const ordinary = sections.slice(0, -1);
  const names = directoryNames(paths);
  const text = pathText(paths);
  const used = new Set<string>();
  for (const matched of random.shuffle([...N_PATHS_MATCHED])) {
    const name = nameMatching(names, text, matched, used) ?? word(random, 3);
    used.add(name);
    // 6.12's 95 N: lines are 60 bare names, 20 with a class (`sun[25]0i`), 12 with a star (`bcm283*`), 3 anchored.
    const form = random.weighted([60, 20, 12, 3]);
    const regex = [name, `${name.slice(0, -1)}[${name.slice(-1)}0-9]`, `${name}[0-9]*`, `[^a-z]${name}`][form];
    random.pick(ordinary).names.push(regex);
  }
  // K: lines are only compiled here (the benchmark routes paths, no PR text), so simple spellings do; the first
  // uses Perl's `(?i:…)` as 6.12's `\b(?i:clang|llvm)\b` does, which Node 20's RegExp lacks.
  for (let index = 0; index < K_PATTERNS; index++) {
    const identifier = word(random, 3);
    const form = index === 0 ? 2 : random.weighted([60, 35, 5]);
    const regex = [`\\b${identifier}\\b`, `${identifier}_[a-z]+`, `\\b(?i:${identifier})\\b`][form];
    random.pick(ordinary).keywords.push(regex);
  }
}

/**
 * Directory names (letters and digits, 3 or more) with how many paths lie below a directory of that name, rarest
 * first. That count is a floor: as an N: regex the name also matches wherever it appears inside another name.
 */
function directoryNames(paths: readonly string[]): [below: number, name: string][] {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const names = new Set(
      path
        .split('/')
        .slice(0, -1)
        .filter((segment) => /^[a-z0-9]{3,}$/.test(segment)),
    );
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]): [number, string] => [count, name]).sort((a, b) => a[0] - b[0]);
}

/**
 * An unused name whose actual matches (paths containing it anywhere) come closest to `target`, among the names
 * from a quarter of it up: the floor count says where to start looking.
 */
function nameMatching(
  names: readonly [number, string][],
  text: PathText,
  target: number,
  used: ReadonlySet<string>,
): string | undefined {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle][0] < target / 4) low = middle + 1;
    else high = middle;
  }
  let best: { name: string; distance: number } | undefined;
  for (let index = low, tried = 0; index < names.length && tried < N_CANDIDATES; index++) {
    const name = names[index][1];
    if (used.has(name)) continue;
    tried++;
    const distance = Math.abs(Math.log((text.count(name) + 1) / (target + 1)));
    if (!best || distance < best.distance) best = { name, distance };
    if (distance < 0.35) break;
  }
  return best?.name;
}

/** How many paths contain a name anywhere; answers are kept, since many targets start at the same names. */
interface PathText {
  count(name: string): number;
}

/** Counting stops at this many paths: four times 6.12's most common N: line is already far too common. */
const COUNT_CAP = 4 * Math.max(...N_PATHS_MATCHED);

function pathText(paths: readonly string[]): PathText {
  const text = `${paths.join('\n')}\n`;
  const counts = new Map<string, number>();
  return {
    count(name) {
      let count = counts.get(name);
      if (count !== undefined) return count;
      count = 0;
      let at = text.indexOf(name);
      while (at >= 0 && count < COUNT_CAP) {
        count++;
        at = text.indexOf(name, text.indexOf('\n', at) + 1); // each path once: go on from the next line
      }
      counts.set(name, count);
      return count;
    },
  };
}

/** Adds M/R/L/S/W/Q/B/C/P/T lines, spread so that every section gets one before any gets two. */
export function addOtherTags(sections: GeneratedSection[], random: Random): void {
  const people = Array.from({ length: DISTINCT_PEOPLE }, () => {
    const first = word(random, 2);
    const last = word(random, 3);
    return `${capitalized(first)} ${capitalized(last)} <${first}.${last}@example.org>`;
  });
  const lists = Array.from({ length: DISTINCT_LISTS }, () => `linux-${word(random, 2)}@lists.example.org`);
  const statuses = Object.keys(STATUS_VALUES);
  const value: Record<string, () => string> = {
    M: () => random.pick(people),
    R: () => random.pick(people),
    L: () => random.pick(lists),
    S: () => statuses[random.weighted(Object.values(STATUS_VALUES))],
    T: () => `git https://git.example.org/pub/scm/${word(random, 2)}.git`,
  };
  for (const [letter, total] of Object.entries(OTHER_TAGS)) {
    const make = value[letter] ?? (() => `https://${word(random, 2)}.example.org/`);
    const base = Math.floor(total / sections.length);
    const extra = new Set(random.shuffle(sections.map((_, index) => index)).slice(0, total % sections.length));
    sections.forEach((section, index) => {
      for (let count = 0; count < base + (extra.has(index) ? 1 : 0); count++) section.tags.push([letter, make()]);
    });
  }
}

function capitalized(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
