/**
 * The sections of a kernel MAINTAINERS file that routing a handful of paths can reach, found without parsing
 * the file: a one-file `route` (what `git send-email --cc-cmd` runs for each patch) then parses a dozen
 * sections instead of 2,900, which is most of the difference between starting in 70 ms and in 300 ms
 * (docs/PERFORMANCE.md).
 *
 * A section is kept when one of its lines could match: an F:/X: pattern whose literal head (the text before
 * its first character with regex meaning; get_maintainer.pl's `.` is literal) is a prefix of a path, an N:
 * pattern whose required literal occurs in a path (or that has none), and, when keywords are searched, every
 * section with a K: line. This over-approximates and never misses: a section left out cannot match any of
 * the paths, so parsing only the kept ones routes them exactly as parsing everything. What it does not do is
 * check the sections left out; `validate` reads the whole file.
 *
 * It reads the file as bytes, one character per byte (MaintainersBytes), and decodes as UTF-8 only the
 * sections it keeps: decoding all of 6.12's 780 KB as UTF-8 (whose names are not all ASCII, so V8 stores
 * it two bytes a character) cost more than the search itself, 10–13 ms against 4–6 ms for the latin1 copy
 * on the machine of docs/PERFORMANCE.md. (Reading it in 32 KB pieces instead, to hold no copy whole, saved
 * nothing there and made the search slower: a piece cannot look back for its section's name.) The tags, patterns and paths it compares are ASCII in any MAINTAINERS there is; a line
 * that is not is decoded before it is judged, so the answer is the one the decoded text would give.
 */
import { foldCase, requiredLiteral } from '../regex/required-literal.js';
import { translatePerl } from '../regex/translate-perl.js';
import type { Parsed } from '../errors.js';
import type { Subsystem } from '../model.js';
import { parseKernelMaintainers } from './parse-kernel.js';

/**
 * A MAINTAINERS file as bytes: `latin1` holds one character per byte (so its offsets are byte offsets, and
 * its ASCII is the file's ASCII), `utf8` decodes a range of it as the file's real text.
 */
export interface MaintainersBytes {
  latin1: string;
  utf8(start: number, end: number): string;
}

/**
 * The file read into `buffer`, as MaintainersBytes.
 *
 * @example maintainersBytes(Buffer.from('RUST — Rust\n')).latin1.length // → 14 (the dash is 3 bytes)
 */
export function maintainersBytes(buffer: Buffer): MaintainersBytes {
  return { latin1: buffer.toString('latin1'), utf8: (start, end) => buffer.toString('utf8', start, end) };
}

/**
 * One section's bytes: `latin1.slice(start, end)`, whose first line is line `line` of the file; `reaching` holds
 * the line numbers of its F:/X:/N: (and K:) lines that can reach the paths: the others cannot match them.
 */
export interface SectionSlice {
  start: number;
  end: number;
  line: number;
  reaching: Set<number>;
}

/** A tag line: `X:` at the start of a line (get_maintainer.pl's `^([A-Z]):`). */
const TAG = /^[A-Z]:/;
/** Lines get_maintainer.pl drops: blank, or `#` comments. */
const IGNORED = /^\s*(?:#|$)/;
/** Characters after which an F:/X: pattern is no longer a literal string (get_maintainer.pl's regex). */
const PATTERN_MAGIC = '*?[](){}|+^$\\';

/**
 * The slices of the sections that can reach `paths` (or, with `keywords`, that have K: lines), in file order,
 * each once. Returns null when the file does not start with a section name (a tag line before any name is an
 * error only the full parser words).
 *
 * @example sectionsReaching(maintainersBytes(readFileSync('MAINTAINERS')), ['drivers/net/phy/ax88796b_rust.rs'], { keywords: false }).length // → 18 on 6.12
 */
export function sectionsReaching(
  file: MaintainersBytes,
  paths: readonly string[],
  options: { keywords: boolean },
): SectionSlice[] | null {
  const text = file.latin1;
  const line = (start: number, end: number) => lineText(file, start, end);
  if (!startsWithName(text, line)) return null;
  const reachingLines: number[] = [];
  // F:/X: (8,000 lines in 6.12): one regex over the whole text finds those whose literal head is a prefix of a
  // path, in native code, instead of a loop over every line.
  const filePatterns = new RegExp(
    `^[FX]:[ \\t]*${prefixesOf(paths.map(asBytes))}(?=[${escapeClass(PATTERN_MAGIC)}]|[ \\t]*\\r?$)`,
    'gm',
  );
  for (let match = filePatterns.exec(text); match !== null; match = filePatterns.exec(text))
    reachingLines.push(match.index);
  const foldedPaths = paths.map(foldCase);
  for (let at = findTag(text, 'N', 0); at >= 0; at = findTag(text, 'N', at + 2)) {
    if (nameReaches(line(at + 2, lineEnd(text, at)).trim(), paths, foldedPaths)) reachingLines.push(at);
  }
  if (options.keywords)
    for (let at = findTag(text, 'K', 0); at >= 0; at = findTag(text, 'K', at + 2)) reachingLines.push(at);

  /** Reaching tag lines (offsets), by the offset of their section's name line. */
  const sections = new Map<number, number[]>();
  for (const at of reachingLines) {
    const start = sectionStart(text, at, line);
    if (start < 0) continue;
    const lines = sections.get(start);
    if (lines === undefined) sections.set(start, [at]);
    else lines.push(at);
  }
  const offsets = [...sections.keys()].sort((a, b) => a - b);
  // Line numbers are counted once, walking forward from one offset of interest to the next.
  const lineAt = new Map<number, number>();
  let lineNumber = 1;
  let counted = 0;
  for (const offset of [...offsets, ...reachingLines].sort((a, b) => a - b)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineNumber++;
    counted = offset;
    lineAt.set(offset, lineNumber);
  }
  return offsets.map((start) => ({
    start,
    end: sectionEnd(text, start, line),
    line: lineAt.get(start)!,
    reaching: new Set(sections.get(start)!.map((at) => lineAt.get(at)!)),
  }));
}

/**
 * The line between two byte offsets as the parser reads it: the bytes themselves when they are ASCII, else
 * decoded (a name line of only non-ASCII blanks is blank to the parser; an N: regex may spell a non-ASCII name).
 */
function lineText(file: MaintainersBytes, start: number, end: number): string {
  const bytes = file.latin1.slice(start, end);
  return NON_ASCII.test(bytes) ? file.utf8(start, end) : bytes;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** A path as the bytes MAINTAINERS would spell it in (UTF-8), one character per byte. */
function asBytes(path: string): string {
  return NON_ASCII.test(path) ? String.fromCharCode(...new TextEncoder().encode(path)) : path;
}

/**
 * A regex matching exactly the prefixes of the paths (the empty one included), from their trie:
 * `['ab', 'ac']` → `(?:a(?:b|c)?)?`.
 */
function prefixesOf(paths: readonly string[]): string {
  type Trie = Map<string, Trie>;
  const root: Trie = new Map();
  for (const path of paths) {
    let node = root;
    for (const char of path) {
      let next = node.get(char);
      if (next === undefined) {
        next = new Map();
        node.set(char, next);
      }
      node = next;
    }
  }
  // Each level is optional: a pattern's literal head may stop anywhere along a path.
  const emit = (node: Trie): string =>
    node.size === 0 ? '' : `(?:${[...node].map(([char, next]) => `${escapeRegex(char)}${emit(next)}`).join('|')})?`;
  return emit(root);
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&');
}

/** The next `TAG:` at the start of a line, from `from` on. */
function findTag(text: string, tag: string, from: number): number {
  if (from === 0 && text.startsWith(`${tag}:`)) return 0;
  const at = text.indexOf(`\n${tag}:`, Math.max(0, from - 1));
  return at < 0 ? -1 : at + 1;
}

/**
 * Whether an N: regex (searched anywhere in a path, with Perl's /x) can match one of the paths: it cannot when
 * a literal every match contains is in none of them. Most N: lines are plain names (`imx`, `sifive`) or names
 * with a class or a `*` (`bcm113*`, `[^a-z]tegra`), whose literal is read here directly; the rest go through
 * the translation to RE2 and its required-literal analysis.
 */
function nameReaches(pattern: string, paths: readonly string[], foldedPaths: readonly string[]): boolean {
  const simple = simpleLiteral(pattern);
  if (simple !== undefined) return simple === '' || paths.some((path) => path.includes(simple));
  const translated = translatePerl(pattern, true);
  if (translated.problem !== null) return true; // let the full compile word the error
  const literal = requiredLiteral(translated.source);
  if (literal === null) return true;
  return literal.caseInsensitive
    ? foldedPaths.some((path) => path.includes(literal.text))
    : paths.some((path) => path.includes(literal.text));
}

/**
 * The longest run of plain characters an N: pattern requires, for patterns made only of plain characters,
 * `.`, `^`, `$`, bracket classes and the quantifiers `*`, `+`, `?` (a quantified character leaves the run);
 * '' when such a pattern has no run; undefined for anything else (alternation, groups, escapes, `{`, blanks or
 * `#`, which /x would read differently).
 *
 * @example simpleLiteral('bcm113*') // → 'bcm11'
 * @example simpleLiteral('[^a-z]tegra') // → 'tegra'
 * @example simpleLiteral('(?i)rust') // → undefined
 */
export function simpleLiteral(pattern: string): string | undefined {
  if (/[|()\\{}\s#]/.test(pattern)) return undefined;
  let best = '';
  let run = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '[') {
      // A class: `]` right after `[` or `[^` is a member, not the end.
      let close = i + 1;
      if (pattern[close] === '^') close++;
      if (pattern[close] === ']') close++;
      close = pattern.indexOf(']', close);
      if (close < 0) return undefined;
      i = close;
      best = run.length > best.length ? run : best;
      run = '';
      continue;
    }
    if (char === '*' || char === '+' || char === '?') {
      // The character before is optional or repeated: it leaves the run.
      if (char !== '+') run = run.slice(0, -1);
      best = run.length > best.length ? run : best;
      run = '';
      continue;
    }
    if (char === '.' || char === '^' || char === '$') {
      best = run.length > best.length ? run : best;
      run = '';
      continue;
    }
    run += char;
  }
  return run.length > best.length ? run : best;
}

/** Decodes the line between two offsets (lineText). */
type LineReader = (start: number, end: number) => string;

/** Whether the first line get_maintainer.pl keeps is a section name (not a tag). */
function startsWithName(text: string, lineAt: LineReader): boolean {
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    const line = lineAt(start, end);
    if (TAG.test(line)) return false;
    if (!IGNORED.test(line)) return true;
    start = end + 1;
  }
  return true;
}

/** The start of the name line of the section holding the tag line at `at`, or -1 when none precedes it. */
function sectionStart(text: string, at: number, lineAt: LineReader): number {
  let lineStart = at;
  while (lineStart > 0) {
    const previousEnd = lineStart - 1; // the '\n' that ends the line before
    const previousStart = previousEnd === 0 ? 0 : text.lastIndexOf('\n', previousEnd - 1) + 1;
    const line = lineAt(previousStart, previousEnd);
    lineStart = previousStart;
    if (!TAG.test(line) && !IGNORED.test(line)) return previousStart;
  }
  return -1;
}

/** Where the section starting at `start` ends: at the next name line (the next kept line that is no tag). */
function sectionEnd(text: string, start: number, lineAt: LineReader): number {
  let at = lineEnd(text, start) + 1;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const line = lineAt(at, end);
    if (!TAG.test(line) && !IGNORED.test(line)) return at;
    at = end + 1;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * Parses the given slices as parseKernelMaintainers parses the whole file — the same sections, with the same
 * `file:line:col` origins — keeping of their F:/X:/N:/K: lines only those that can reach the paths: the others
 * cannot match them, and each pattern left out is one fewer to compile.
 */
export function parseKernelSlices(
  bytes: MaintainersBytes,
  file: string,
  slices: readonly SectionSlice[],
): Parsed<Subsystem[]> {
  const parsed: Parsed<Subsystem[]> = { value: [], errors: [], warnings: [] };
  for (const slice of slices) {
    const part = parseKernelMaintainers(bytes.utf8(slice.start, slice.end), file, { firstLine: slice.line });
    const reaches = (pattern: { origin: { line: number } }) => slice.reaching.has(pattern.origin.line);
    for (const section of part.value) {
      section.files = section.files.filter(reaches);
      section.exclude = section.exclude.filter(reaches);
      section.names = section.names.filter(reaches);
      section.keywords = section.keywords.filter(reaches);
      parsed.value.push(section);
    }
    parsed.errors.push(...part.errors);
    parsed.warnings.push(...part.warnings);
  }
  return parsed;
}
