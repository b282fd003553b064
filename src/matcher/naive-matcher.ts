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

/** One pattern, as plain data so the loop over 8k of them per path stays a loop (no closure per pattern). */
interface NaivePattern {
  pattern: PathPattern;
  /** Kernel dialect: `m@^$value@` by file_match_pattern; regex: `m/$value/x`; glob: minimatch. */
  kind: 'kernel' | 'regex' | 'glob';
  /** The value after get_maintainer.pl's rewrite (kernel dialect); the text otherwise. */
  value: string;
  regex: PerlRegex | null;
  glob: ((path: string) => boolean) | null;
  /** Ends in `/`: no `/`-count check. */
  directory: boolean;
  /** `$pattern =~ tr@/@@`. */
  slashes: number;
  /** The value's plain leading characters (see fileMatchPattern) and the position checked first. */
  head: string;
  probe: number;
  specificity: number;
}

interface NaiveSection {
  index: number;
  exclude: NaivePattern[];
  /** F: then N:, in the order written. */
  filesAndNames: NaivePattern[];
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
  const sections: NaiveSection[] = subsystems.map((subsystem, index) => ({
    index,
    exclude: compileAll(subsystem.exclude, isDirectory),
    filesAndNames: compileAll([...subsystem.files, ...subsystem.names], isDirectory),
  }));
  return (file) => {
    const fileSlashes = slashCount(file);
    const found: PathMatch[] = [];
    for (const section of sections) {
      // "Do not match excluded file patterns"
      let excluded = false;
      for (const pattern of section.exclude) excluded ||= matches(pattern, file, fileSlashes);
      if (excluded) continue;
      let best: NaivePattern | null = null;
      for (const pattern of section.filesAndNames) {
        if (matches(pattern, file, fileSlashes) && (best === null || pattern.specificity > best.specificity)) {
          best = pattern;
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

function matches(p: NaivePattern, file: string, fileSlashes: number): boolean {
  if (p.kind === 'regex') return p.regex!.test(file); // elsif ($type eq 'N') { if ($file =~ m/$value/x) …
  if (p.kind === 'glob') return p.glob!(file);
  return fileMatchPattern(p, file, fileSlashes);
}

/**
 * sub file_match_pattern: `m@^$pattern@`, plus an equal `/` count when the pattern does not end in `/`.
 * Guards run first only to make the reference affordable on 86k paths × 8k patterns, and cannot change an
 * answer: the `/` counts are compared before the regex rather than after (`&&` commutes), and a path that
 * does not begin with the pattern's plain leading characters (one of them compared first, which rejects
 * nearly every pattern) cannot match a regex anchored at `^` that begins with them.
 */
function fileMatchPattern(p: NaivePattern, file: string, fileSlashes: number): boolean {
  if (!p.directory && fileSlashes !== p.slashes) return false;
  if (p.head !== '' && (file.charCodeAt(p.probe) !== p.head.charCodeAt(p.probe) || !file.startsWith(p.head))) {
    return false;
  }
  return p.regex!.test(file);
}

function compileAll(patterns: readonly PathPattern[], isDirectory: IsDirectory): NaivePattern[] {
  return patterns.flatMap((pattern) => {
    const compiled = compileOne(pattern, isDirectory);
    return compiled === null ? [] : [compiled];
  });
}

function compileOne(pattern: PathPattern, isDirectory: IsDirectory): NaivePattern | null {
  const { text } = pattern;
  const plain = { pattern, value: text, regex: null, glob: null, directory: false, slashes: 0, head: '', probe: 0 };
  if (pattern.dialect === 'regex') {
    const built = buildPerlRegex(text, { extended: true });
    return 'regex' in built ? { ...plain, kind: 'regex', regex: built.regex, specificity: 0 } : null;
  }
  if (pattern.dialect === 'glob') {
    const glob = readGlobPattern(text);
    return 'why' in glob ? null : { ...plain, kind: 'glob', glob: glob.match, specificity: glob.specificity };
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
  const head = plainHead(value);
  // Compare the last character that is not a `/` first: many patterns share `drivers/…/` shapes.
  const probe = head.endsWith('/') && head.length > 1 ? head.length - 2 : head.length - 1;
  return {
    ...plain,
    kind: 'kernel',
    value,
    regex: built.regex,
    directory: value.endsWith('/'),
    slashes: slashCount(value),
    head,
    probe,
    specificity,
  };
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
