/**
 * The reference matcher: every pattern of every subsystem tried on the path, one regex per pattern, in the
 * shape of get_maintainer.pl's own loop (read_maintainer_file's rewrite, file_match_pattern, the X:-then-F:/N:
 * section loop). It exists so tests and `npm run bench` can hold the compiled index to it; routing never
 * uses it. It shares only the regex engine and minimatch with the index, not its pattern classification.
 */
import type { PathPattern, Subsystem } from '../model.js';
import { buildPerlRegex, type PerlRegex } from '../regex/perl-regex.js';
import { readGlobPattern } from './glob-pattern.js';
import type { IsDirectory, PathMatch } from './types.js';

/** One pattern, compiled. */
interface NaivePattern {
  pattern: PathPattern;
  /** Kernel dialect: `m@^$value@` by file_match_pattern; regex: `m/$value/x`; glob: minimatch. */
  kind: 'kernel' | 'regex' | 'glob';
  /** The value after get_maintainer.pl's rewrite (kernel dialect); the text otherwise. */
  value: string;
  regex: PerlRegex | null;
  glob: ((path: string) => boolean) | null;
  /** The value's plain leading characters (see fileMatchPattern). */
  head: string;
  specificity: number;
}

/**
 * Every pattern of every section in file order (each section's X: first, then F: and N:), with the two cheap
 * guards of fileMatchPattern kept in typed arrays beside them: reading 8k scattered objects per path cost more
 * than everything else the reference does.
 */
interface NaiveTable {
  patterns: NaivePattern[];
  /** The `/` count a path must have, or -1 when any will do (directory patterns, N:, globs). */
  slashes: Int32Array;
  /** A position in `head` checked before the whole head, and the character code there; -1 for no head. */
  probe: Int32Array;
  probeCode: Int32Array;
  /** Per section: its subsystem index and where its X:, its F:/N: and it end in `patterns`. */
  sections: { index: number; exclude: number; files: number; end: number }[];
}

/** A compiled reference matcher: path → the same PathMatch[] as SubsystemIndex.match. */
export type NaiveMatcher = (path: string) => PathMatch[];

const compiledCache = new WeakMap<readonly Subsystem[], WeakMap<IsDirectory, NaiveMatcher>>();
const NEVER_A_DIRECTORY: IsDirectory = () => false;

/**
 * Matches one path the slow, obvious way. The compiled patterns are cached per (subsystems, isDirectory)
 * pair, so calling it for many paths costs one compilation. Patterns that do not compile are skipped (the
 * index reports them).
 *
 * @example naiveMatch(subsystems, 'include/drm/drm_foo.h', { isDirectory })[0].pattern.text // → 'include/drm/drm'
 */
export function naiveMatch(
  subsystems: readonly Subsystem[],
  path: string,
  options: { isDirectory?: IsDirectory } = {},
): PathMatch[] {
  const isDirectory = options.isDirectory ?? NEVER_A_DIRECTORY;
  let byDirectory = compiledCache.get(subsystems);
  if (byDirectory === undefined) compiledCache.set(subsystems, (byDirectory = new WeakMap()));
  let matcher = byDirectory.get(isDirectory);
  if (matcher === undefined) byDirectory.set(isDirectory, (matcher = compileNaiveMatcher(subsystems, isDirectory)));
  return matcher(path);
}

/** Compiles every pattern once; the returned function loops over all of them for each path. */
export function compileNaiveMatcher(subsystems: readonly Subsystem[], isDirectory: IsDirectory): NaiveMatcher {
  const table = compileTable(subsystems, isDirectory);
  const { patterns, slashes, probe, probeCode } = table;
  /** The guards: cannot change an answer, only skip patterns that cannot match (see fileMatchPattern). */
  const mayMatch = (i: number, file: string, fileSlashes: number) =>
    (slashes[i] < 0 || slashes[i] === fileSlashes) && (probe[i] < 0 || file.charCodeAt(probe[i]) === probeCode[i]);

  return (file) => {
    const fileSlashes = slashCount(file);
    const found: PathMatch[] = [];
    for (const section of table.sections) {
      // "Do not match excluded file patterns"
      let excluded = false;
      for (let i = section.exclude; i < section.files && !excluded; i++) {
        excluded = mayMatch(i, file, fileSlashes) && matches(patterns[i], file);
      }
      if (excluded) continue;
      let best: NaivePattern | null = null;
      for (let i = section.files; i < section.end; i++) {
        const pattern = patterns[i];
        if (mayMatch(i, file, fileSlashes) && matches(pattern, file)) {
          if (best === null || pattern.specificity > best.specificity) best = pattern;
        }
      }
      if (best !== null) {
        const { pattern, specificity } = best;
        found.push({ subsystem: section.index, pattern, specificity, fallback: specificity === -1 });
      }
    }
    return found.sort((a, b) => b.specificity - a.specificity || a.subsystem - b.subsystem);
  };
}

/** The slash-count guard, by then already passed for kernel patterns. */
function matches(p: NaivePattern, file: string): boolean {
  if (p.kind === 'regex') return p.regex!.test(file); // elsif ($type eq 'N') { if ($file =~ m/$value/x) …
  if (p.kind === 'glob') return p.glob!(file);
  return fileMatchPattern(p, file);
}

/**
 * sub file_match_pattern: `m@^$pattern@`, plus an equal `/` count when the pattern does not end in `/`.
 * Guards run first only to make the reference affordable on 86k paths × 8k patterns, and cannot change an
 * answer: the `/` counts are compared before the regex rather than after (`&&` commutes), and a path that
 * does not begin with the pattern's plain leading characters (one of them compared first, which rejects
 * nearly every pattern) cannot match a regex anchored at `^` that begins with them.
 */
function fileMatchPattern(p: NaivePattern, file: string): boolean {
  return file.startsWith(p.head) && p.regex!.test(file);
}

function compileTable(subsystems: readonly Subsystem[], isDirectory: IsDirectory): NaiveTable {
  const patterns: NaivePattern[] = [];
  const sections: NaiveTable['sections'] = [];
  const compileAll = (list: readonly PathPattern[]) => {
    for (const pattern of list) {
      const compiled = compileOne(pattern, isDirectory);
      if (compiled !== null) patterns.push(compiled);
    }
  };
  subsystems.forEach((subsystem, index) => {
    const exclude = patterns.length;
    compileAll(subsystem.exclude);
    const files = patterns.length;
    compileAll(subsystem.files);
    compileAll(subsystem.names);
    sections.push({ index, exclude, files, end: patterns.length });
  });
  const slashes = new Int32Array(patterns.length);
  const probe = new Int32Array(patterns.length);
  const probeCode = new Int32Array(patterns.length);
  patterns.forEach((p, i) => {
    slashes[i] = p.kind === 'kernel' && !p.value.endsWith('/') ? slashCount(p.value) : -1;
    // Probe the last character that is not a `/`: many heads share `drivers/…/` shapes.
    probe[i] = p.head.endsWith('/') && p.head.length > 1 ? p.head.length - 2 : p.head.length - 1;
    probeCode[i] = probe[i] < 0 ? -1 : p.head.charCodeAt(probe[i]);
  });
  return { patterns, slashes, probe, probeCode, sections };
}

function compileOne(pattern: PathPattern, isDirectory: IsDirectory): NaivePattern | null {
  const { text } = pattern;
  if (pattern.dialect === 'regex') {
    const built = buildPerlRegex(text, { extended: true });
    return 'regex' in built ? naivePattern(pattern, 'regex', text, built.regex, null, 0) : null;
  }
  if (pattern.dialect === 'glob') {
    const glob = readGlobPattern(text);
    return 'why' in glob ? null : naivePattern(pattern, 'glob', text, null, glob.match, glob.specificity);
  }
  // $value =~ s@\.@\\\.@g; $value =~ s/\*/\.\*/g; $value =~ s/\?/\./g;
  let value = text.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
  // if ((-d $value)) { $value =~ s@([^/])$@$1/@; }  — -d on the escaped value, so only unchanged text can be a dir.
  if (value === text && text !== '' && !text.endsWith('/') && isDirectory(text)) value += '/';
  const built = buildPerlRegex(`^${value}`);
  if (!('regex' in built)) return null;
  // my $value_pd = ($value =~ tr@/@@); $value_pd++ if (substr($value,-1,1) ne "/"); $value_pd = -1 if ($value =~ /^\.\*/);
  let specificity = slashCount(value) + (value.endsWith('/') ? 0 : 1);
  if (value.startsWith('.*')) specificity = -1;
  return naivePattern(pattern, 'kernel', value, built.regex, null, specificity);
}

function naivePattern(
  pattern: PathPattern,
  kind: NaivePattern['kind'],
  value: string,
  regex: PerlRegex | null,
  glob: NaivePattern['glob'],
  specificity: number,
): NaivePattern {
  const head = kind === 'kernel' ? plainHead(value) : '';
  return { pattern, kind, value, regex, glob, head, specificity };
}

/** The characters before the first one with regex meaning; '' when alternation or quantifiers appear at all. */
function plainHead(value: string): string {
  if (/[|(){}+?^$]/.test(value)) return '';
  const special = value.search(/[\\.*[\]]/);
  return special < 0 ? value : value.slice(0, special);
}

function slashCount(text: string): number {
  return text.split('/').length - 1;
}
