/**
 * The change `route` decides, from every source the command line names — PATH and PATCH arguments, `-`,
 * `--files`, `--files-from`, `--patch`, `--git` — as one ChangeSet, plus the paths in the order
 * get_maintainer.pl would visit them (for `--format get-maintainer`, which given none of them reads standard
 * input, as get_maintainer.pl does).
 *
 * An argument is a patch when it names a file whose content is one (looksLikePatch), and a path otherwise, so
 * `route 0004-net-phy.patch` routes the patch, as `get_maintainer.pl 0004-net-phy.patch` does, and a path list
 * is never read as a patch nor a patch as a path list.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { normalizeRepoPath, parsePathList } from '../diff/parse-path-list.js';
import type { ChangedFile, ChangeSet } from '../diff/types.js';
import { InputError, wholeInputError, type SourceError } from '../errors.js';
import { sortAndUniq } from '../get-maintainer/sort-and-uniq.js';
import { ArgumentError, type CliOptions } from './args.js';
import { looksLikePatch, readTextInput, statOrNull } from './inputs.js';
import type { Tree } from './load-policy.js';

export interface RouteInput {
  changes: ChangeSet;
  /** get_maintainer.pl's paths, in its order: as given, and after each patch all of them sorted again. */
  getMaintainerPaths: string[];
  /** The commits the patches' `Fixes:` lines name, each once, in order (get_maintainer.pl's `@fixes`). */
  getMaintainerFixes: string[];
  /** The paths given as such (arguments, --files, lists), not read from a patch: get_maintainer.pl's `-f` files. */
  namedPaths: string[];
  warnings: SourceError[];
}

/** How much of an argument's file is read to tell a patch from any other file. */
const SNIFF_BYTES = 64 * 1024;
/** Paths missing from an explicit --tree are each named up to this many times, then counted. */
const MAX_MISSING_NAMED = 10;

/** Text inputs from this many characters on (about 6,000 paths of a kernel tree) are large: see `onLargeInput`. */
export const LARGE_INPUT_CHARS = 256 * 1024;

/**
 * Reads every change source; throws InputError (exit 2) with every problem, ArgumentError when there is none.
 * The patch parsers and git are imported only when a patch or a range is given: most runs route paths.
 * `onLargeInput` runs once, before the first large text input (LARGE_INPUT_CHARS) is parsed: what the run
 * allocates from then on is sized by that input, and the caller may want to prepare for it (route-command.ts).
 */
export async function readRouteInput(
  options: CliOptions,
  cwd: string,
  tree: Tree,
  onLargeInput: () => void = () => {},
): Promise<RouteInput> {
  let large = false;
  const sized = (text: string) => {
    if (!large && text.length >= LARGE_INPUT_CHARS) {
      large = true;
      onLargeInput();
    }
    return text;
  };
  const errors: SourceError[] = [];
  const parts: ChangeSet[] = [];
  const getMaintainerPaths: string[] = [];
  const getMaintainerFixes = new Set<string>();
  const namedPaths: string[] = [];
  const listed: ChangedFile[] = [];
  const missing: string[] = [];
  /** `lookUp`: ask the tree whether each path is a directory (and, with --tree, whether it exists). */
  const addPaths = (paths: readonly string[], lookUp: boolean) => {
    for (const written of paths) {
      let path = written;
      if (lookUp && !path.endsWith('/')) {
        const stat = statOrNull(join(tree.root, path));
        // get_maintainer.pl routes an existing directory `-f kernel/dma` as `kernel/dma/`.
        if (stat?.isDirectory()) path = `${path}/`;
        // get_maintainer.pl refuses a file it cannot find; its format warns here even without --tree, since a
        // mistyped path would otherwise print THE REST's list as if that were the answer.
        else if (stat === null && (tree.explicit || options.format === 'get-maintainer')) missing.push(path);
      }
      listed.push({ path, status: 'modified' });
      getMaintainerPaths.push(path);
      namedPaths.push(path);
    }
  };
  const notes: SourceError[] = [];
  // Read where it comes on the command line: get_maintainer.pl's path order depends on it (below).
  const addPatch = async (whole: string, name: string) => {
    const text = sized(whole);
    const { parseUnifiedDiff } = await import('../diff/parse-unified-diff.js');
    const { readPatchLikeGetMaintainer } = await import('../get-maintainer/read-patch.js');
    const patch = parseUnifiedDiff(text, name);
    const read = readPatchLikeGetMaintainer(text);
    if (isCoverLetter(patch.errors, patch.value.title, read.noFiles)) {
      // git send-email runs its --cc-cmd on a series' cover letter too, and stops at a command that fails:
      // get_maintainer.pl warns and goes on, and so do we. Its text is still searched for keywords, as there.
      notes.push(wholeInputError('NOT_A_PATCH', 'a mail without a diff (a cover letter?): it changes no file', name));
    } else errors.push(...patch.errors);
    parts.push({ ...patch.value, keywordLines: read.keywordLines });
    // After each patch get_maintainer.pl sorts every path it has so far (`@files = sort_and_uniq(@files)`), so the
    // paths of a series given in one call come out sorted together, and a PATH argument before it among them.
    const sorted = sortAndUniq([...getMaintainerPaths, ...read.files]);
    getMaintainerPaths.splice(0, getMaintainerPaths.length, ...sorted);
    for (const commit of read.fixes) getMaintainerFixes.add(commit);
  };
  // A list (`git diff --name-only`) names files: the tree is asked about them only when --tree was given.
  let sources = 0;
  const addList = (text: string, name: string) => {
    sources += 1;
    const list = parsePathList(sized(text), name, tree.root);
    errors.push(...list.errors);
    if (tree.explicit) {
      addPaths(
        list.value.map((file) => file.path),
        true,
      );
      return;
    }
    // Nothing to ask the tree: the list's own entries are the change's, not copied (a tree lists 86,629).
    for (const file of list.value) {
      listed.push(file);
      getMaintainerPaths.push(file.path);
      namedPaths.push(file.path);
    }
  };

  const noChange =
    options.positionals.length === 0 &&
    options.files.length === 0 &&
    options.filesFrom === undefined &&
    options.patch === undefined &&
    options.git === undefined;
  // get_maintainer.pl given no file reads a patch from standard input, unless that is a terminal: b4 pipes each
  // patch so to its send-auto-to-cmd and send-auto-cc-cmd. Other formats keep the refusal, so that a script that
  // forgot its arguments is told so rather than routing whatever its standard input holds.
  const fromStandardInput = noChange && options.format === 'get-maintainer' && !isTerminal(0);
  if (noChange && !fromStandardInput) {
    throw new ArgumentError(
      'route needs a change: PATH or PATCH arguments, - (standard input), --files, --files-from, --patch or --git',
      'route',
    );
  }

  const words: { word: string; forcedPath: boolean }[] = [
    // get_maintainer.pl's `--file`: every argument is a path (standard input, `-`, is still read as it is).
    ...(fromStandardInput ? ['-'] : options.positionals).map((word) => ({
      word,
      forcedPath: options.argumentsArePaths === true,
    })),
    ...options.files.map((word) => ({ word, forcedPath: true })),
  ];
  for (const { word, forcedPath } of words) {
    if (word === '-') {
      const read = readTextInput('-', 'standard input', { allowEmpty: true, allowNul: true });
      if ('error' in read) errors.push(read.error);
      else if (fromStandardInput && read.text.trim() === '') {
        // Nothing was piped: routing nothing would print no one, as if the change had no maintainers.
        errors.push(
          wholeInputError(
            'BAD_ARGUMENT',
            'empty: route needs a change (a patch on standard input, or PATH or PATCH arguments)',
            '<stdin>',
          ),
        );
      } else if (looksLikePatch(read.text)) await addPatch(read.text, '<stdin>');
      else addList(read.text, '<stdin>');
      continue;
    }
    if (!forcedPath && isPatchFile(resolve(cwd, word))) {
      const read = readTextInput(resolve(cwd, word), word);
      if ('error' in read) errors.push({ ...read.error, file: word });
      else await addPatch(read.text, word);
      continue;
    }
    const normalized = normalizeRepoPath(word, tree.root);
    if ('problem' in normalized) errors.push(wholeInputError('BAD_PATH', normalized.problem, word));
    else {
      sources += 1;
      addPaths([normalized.path], true);
    }
  }
  if (options.filesFrom !== undefined) {
    const read = readTextInput(options.filesFrom, '--files-from', { allowEmpty: true, allowNul: true });
    const name = options.filesFrom === '-' ? '<stdin>' : options.filesFrom;
    if ('error' in read) errors.push(read.error);
    else if (looksLikePatch(read.text)) {
      errors.push(
        wholeInputError(
          'BAD_ARGUMENT',
          'a patch, not a list of paths (--files-from): give it as an argument or with --patch',
          name,
        ),
      );
    } else addList(read.text, name);
  }
  if (options.patch !== undefined) {
    const read = readTextInput(options.patch, '--patch');
    if ('error' in read) errors.push(read.error);
    else await addPatch(read.text, options.patch === '-' ? '<stdin>' : options.patch);
  }
  if (options.git !== undefined) {
    const { readGitChanges } = await import('../local/read-git-changes.js');
    const git = readGitChanges(options.git, cwd);
    errors.push(...git.errors);
    parts.push(git.value);
    getMaintainerPaths.push(...git.value.files.map((file) => file.path));
  }
  if (errors.length > 0) throw new InputError(errors);

  parts.unshift({ files: listed, title: '', body: '', diffLines: [] });
  // One list and nothing else (the tree-wide case) is deduplicated already: no second pass over it.
  const onlyOneList = sources === 1 && parts.slice(1).every((part) => part.files.length === 0);
  const changes = mergeChangeSets(parts, options.title, { unique: onlyOneList });
  return {
    changes,
    getMaintainerPaths,
    getMaintainerFixes: [...getMaintainerFixes],
    namedPaths,
    warnings: [...notes, ...missingFromTree(missing, tree)],
  };
}

/**
 * A mail that is not a patch only for having no diff: git format-patch's cover letter (`[PATCH 0/N]`), which has a
 * subject and names no file. Anything else without a diff stays an error.
 */
function isCoverLetter(errors: readonly SourceError[], title: string, noFiles: boolean): boolean {
  return noFiles && title !== '' && errors.length > 0 && errors.every((error) => error.code === 'NOT_A_PATCH');
}

/**
 * get_maintainer.pl's `-t STDIN`. `node:tty` is required here, not imported: it is loaded only by a run that has
 * to ask, and a one-file route never does.
 */
function isTerminal(fd: number): boolean {
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}

/** Whether an argument names a file whose beginning is a patch (a regular file, read up to SNIFF_BYTES). */
function isPatchFile(path: string): boolean {
  const stat = statOrNull(path);
  if (stat === null || !stat.isFile()) return false;
  const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return looksLikePatch(buffer.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Paths not in an explicit --tree: routed as written, and said so (get_maintainer.pl refuses them). */
function missingFromTree(missing: readonly string[], tree: Tree): SourceError[] {
  const named = missing
    .slice(0, MAX_MISSING_NAMED)
    .map((path) => wholeInputError('BAD_PATH', `not in the tree ${tree.root} (routed as written)`, path));
  if (missing.length > named.length) {
    named.push(
      wholeInputError('BAD_PATH', `… and ${missing.length - named.length} more paths not in the tree`, tree.root),
    );
  }
  return named;
}

/**
 * Joins change sets: files deduplicated by path (first wins; `unique` when they are already), texts
 * concatenated. Keyword lines: a patch's
 * are get_maintainer.pl's (read-patch.ts); a part without them (a git range) contributes its title, body and
 * diff lines as they are.
 */
export function mergeChangeSets(
  parts: readonly ChangeSet[],
  title?: string,
  options: { unique?: boolean } = {},
): ChangeSet {
  const seen = new Set<string>();
  // Already unique: one list (the tree-wide case) is taken as it is, not copied.
  const withFiles = parts.filter((part) => part.files.length > 0);
  const files: ChangedFile[] = !options.unique
    ? []
    : withFiles.length === 1
      ? withFiles[0].files
      : withFiles.flatMap((part) => part.files);
  for (const part of options.unique ? [] : parts) {
    for (const file of part.files) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      files.push(file);
    }
  }
  const texts = parts.filter(
    (part) => part.keywordLines !== undefined || part.title || part.body || part.diffLines.length > 0,
  );
  const merged: ChangeSet = {
    files,
    title:
      title ??
      texts
        .map((part) => part.title)
        .filter(Boolean)
        .join('\n'),
    body: texts
      .map((part) => part.body)
      .filter(Boolean)
      .join('\n\n'),
    diffLines: texts.flatMap((part) => part.diffLines),
  };
  if (texts.some((part) => part.keywordLines !== undefined)) {
    merged.title = title ?? '';
    merged.keywordLines = texts.flatMap((part) => part.keywordLines ?? [part.title, part.body, ...part.diffLines]);
  }
  return merged;
}
