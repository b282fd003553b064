/**
 * `route --patch FILE|-`: the ChangeSet of a patch, whatever produced it — `git format-patch` mail (one or a
 * whole series in an mbox), `git diff`, or `diff -u` without git's headers.
 */
import { type Parsed, type SourceError, sourceError } from '../errors.js';
import { readGitName, splitDiffGitNames, stripFirstComponent } from './git-path.js';
import { isMailHeaderLine, isMboxSeparator, readMailMessage } from './mail-message.js';
import { describeSeries, mergeChangedFiles, type SeriesMessage } from './merge-series.js';
import { validateRepoPath } from './parse-path-list.js';
import { readHunks } from './read-hunks.js';
import type { ChangedFile, ChangeSet, Hunk } from './types.js';

/** The message for input in which no diff was found; also used for empty input. */
export const NOT_A_PATCH_MESSAGE = "not a patch: no 'diff --git' or '---/+++' header found";

const DEV_NULL = '/dev/null';

/** `GIT binary patch` data: a block header, then lines of a length letter and base85 digits (git's alphabet). */
const BINARY_BLOCK_START = /^(?:literal|delta) \d+$/;
const BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*$/;

/** diff -N marks a created or deleted file with the epoch as its timestamp, not with /dev/null. */
const EPOCH_TIMESTAMP = /^(?:1970-01-01|1969-12-31) /;

/** A file name as written in the patch, where it was written, and whether it carries an `a/`-style prefix. */
interface NameAt {
  raw: string;
  line: number;
  col: number;
  prefixed: boolean;
  /** What follows the name after a tab: diff -u's timestamp. */
  trailer: string;
}

/** What the `diff --git` extended header lines and the `---`/`+++` pair say about one file. */
interface GitFileHeader {
  oldName?: NameAt;
  newName?: NameAt;
  renameFrom?: NameAt;
  renameTo?: NameAt;
  copyFrom?: NameAt;
  copyTo?: NameAt;
  added: boolean;
  removed: boolean;
  modeChange: boolean;
  binary: boolean;
}

interface ParseState {
  file: string;
  lines: string[];
  files: ChangedFile[];
  diffLines: string[];
  messages: SeriesMessage[];
  errors: SourceError[];
  warnings: SourceError[];
  sawDiff: boolean;
}

/** Extended header lines that name a file: prefix, the field they fill. */
const NAME_LINES: readonly [string, 'renameFrom' | 'renameTo' | 'copyFrom' | 'copyTo'][] = [
  ['rename from ', 'renameFrom'],
  ['rename old ', 'renameFrom'],
  ['rename to ', 'renameTo'],
  ['rename new ', 'renameTo'],
  ['copy from ', 'copyFrom'],
  ['copy to ', 'copyTo'],
];
const IGNORED_HEADER_LINES = ['index ', 'similarity index ', 'dissimilarity index '];

/**
 * Parses a patch into the files it changes, its added and removed lines, and (for mail) its title and body.
 *
 * Mail: the Subject loses its `[PATCH v2 3/7]` prefix and is unfolded and decoded; the body runs to the `---`
 * line. A series is merged: every file once, titles as describeSeries() puts them. Paths lose their first
 * component (`a/`, `b/`, or quilt's `linux.orig/`) as `git apply -p1` does; absolute paths and `..` segments
 * are BAD_PATH errors, and input without any diff is a NOT_A_PATCH error.
 *
 * @param file the input's name for error positions (`-` for stdin, as the user typed it).
 * @example parseUnifiedDiff('--- a/rust/kernel/str.rs\n+++ b/rust/kernel/str.rs\n@@ -1 +1 @@\n-a\n+b\n', 'x.diff').value
 *   // → { files: [{ path: 'rust/kernel/str.rs', status: 'modified' }], title: '', body: '', diffLines: ['a', 'b'] }
 */
export function parseUnifiedDiff(text: string, file: string): Parsed<ChangeSet> {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  const state: ParseState = {
    file,
    lines,
    files: [],
    diffLines: [],
    messages: [],
    errors: [],
    warnings: [],
    sawDiff: false,
  };
  const firstContent = lines.findIndex((line) => line !== '');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isMboxSeparator(line) || (i === firstContent && isMailHeaderLine(line))) {
      const mail = readMailMessage(lines, i, startsFile);
      state.messages.push(mail.message);
      i = mail.next;
    } else if (line.startsWith('diff --git ')) i = readGitFile(state, i);
    else if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) i = skipCombinedDiff(state, i);
    else if (startsPlainFile(lines, i)) i = readPlainFile(state, i);
    else if (isBinaryFilesLine(line)) i = readBinaryFilesLine(state, i);
    else i++; // mail preamble, diffstat, signature, `Index:` and `diff -r` command lines
  }
  if (!state.sawDiff) state.errors.push(sourceError('NOT_A_PATCH', NOT_A_PATCH_MESSAGE, file, 1, 1));
  const { title, body } = describeSeries(state.messages);
  return {
    value: { files: mergeChangedFiles(state.files), title, body, diffLines: state.diffLines },
    errors: state.errors,
    warnings: state.warnings,
  };
}

/** Reads a `diff --git` file: extended header lines, the `---`/`+++` pair, hunks or binary data. */
function readGitFile(state: ParseState, start: number): number {
  const { lines } = state;
  state.sawDiff = true;
  const header: GitFileHeader = { added: false, removed: false, modeChange: false, binary: false };
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const named = NAME_LINES.find(([prefix]) => line.startsWith(prefix));
    if (named) {
      header[named[1]] = nameAt(state, i, named[0].length, false);
    } else if (line.startsWith('old mode ') || line.startsWith('new mode ')) {
      header.modeChange = true;
    } else if (line.startsWith('new file mode ')) {
      header.added = true;
    } else if (line.startsWith('deleted file mode ')) {
      header.removed = true;
    } else if (isBinaryFilesLine(line)) {
      header.binary = true;
    } else if (line === 'GIT binary patch') {
      header.binary = true;
      i = skipBinaryData(lines, i + 1) - 1;
    } else if (startsPlainFile(lines, i, false)) {
      header.oldName = nameAt(state, i, 4, true);
      header.newName = nameAt(state, i + 1, 4, true);
      i += 2;
      break;
    } else if (!IGNORED_HEADER_LINES.some((prefix) => line.startsWith(prefix))) {
      break;
    }
  }
  const { next, hunks } = readHunks(lines, i, state.file, state);
  const oldIsNull = header.oldName?.raw === DEV_NULL;
  const newIsNull = header.newName?.raw === DEV_NULL;
  const fromHeader = diffGitNames(lines[start], start);
  const target =
    header.renameTo ??
    header.copyTo ??
    (newIsNull ? undefined : header.newName) ??
    (oldIsNull ? undefined : header.oldName) ??
    fromHeader?.newName;
  if (!target) {
    state.errors.push(
      sourceError(
        'BAD_PATH',
        `cannot tell the file name from ${JSON.stringify(lines[start])}: no ---/+++ or rename lines`,
        state.file,
        start + 1,
        12,
      ),
    );
    return next;
  }
  const status = gitFileStatus(header, hunks.length, oldIsNull, newIsNull);
  const source =
    status === 'renamed'
      ? (header.renameFrom ?? fromHeader?.oldName)
      : status === 'copied'
        ? (header.copyFrom ?? fromHeader?.oldName)
        : undefined;
  recordFile(state, target, status, source, header.binary, hunks);
  return next;
}

/** A file's status from its header lines; a mode change with no content change is `changed`, as on GitHub. */
function gitFileStatus(
  header: GitFileHeader,
  hunks: number,
  oldIsNull: boolean,
  newIsNull: boolean,
): ChangedFile['status'] {
  if (header.renameTo) return 'renamed';
  if (header.copyTo) return 'copied';
  if (header.added || oldIsNull) return 'added';
  if (header.removed || newIsNull) return 'removed';
  if (header.modeChange && hunks === 0 && !header.binary) return 'changed';
  return 'modified';
}

/** Reads a `---`/`+++` pair without a `diff --git` line (diff -u, quilt) and its hunks. */
function readPlainFile(state: ParseState, start: number): number {
  state.sawDiff = true;
  const oldName = nameAt(state, start, 4, true);
  const newName = nameAt(state, start + 1, 4, true);
  const { next, hunks } = readHunks(state.lines, start + 2, state.file, state);
  if (!oldName || !newName) return next;
  const oldIsNull = oldName.raw === DEV_NULL || EPOCH_TIMESTAMP.test(oldName.trailer);
  const newIsNull = newName.raw === DEV_NULL || EPOCH_TIMESTAMP.test(newName.trailer);
  recordFile(
    state,
    newIsNull ? oldName : newName,
    oldIsNull ? 'added' : newIsNull ? 'removed' : 'modified',
    undefined,
    false,
    hunks,
  );
  return next;
}

/** `Binary files old/x and new/x differ` on its own, as `diff -r` prints it. */
function readBinaryFilesLine(state: ParseState, index: number): number {
  state.sawDiff = true;
  const names = state.lines[index].slice('Binary files '.length, -' differ'.length);
  const candidates: [string, string][] = [];
  for (let at = names.indexOf(' and '); at >= 0; at = names.indexOf(' and ', at + 1)) {
    candidates.push([names.slice(0, at), names.slice(at + ' and '.length)]);
  }
  const [oldRaw, newRaw] =
    candidates.find(
      ([a, b]) => a === DEV_NULL || b === DEV_NULL || stripFirstComponent(a) === stripFirstComponent(b),
    ) ?? candidates[0];
  const status = oldRaw === DEV_NULL ? 'added' : newRaw === DEV_NULL ? 'removed' : 'modified';
  const raw = newRaw === DEV_NULL ? oldRaw : newRaw;
  recordFile(state, { raw, line: index + 1, col: 14, prefixed: true, trailer: '' }, status, undefined, true);
  return index + 1;
}

/** Merge commits' combined diffs have several old sides per hunk; routing needs the plain BASE..HEAD diff. */
function skipCombinedDiff(state: ParseState, start: number): number {
  state.sawDiff = true;
  state.errors.push(
    sourceError(
      'NOT_A_PATCH',
      'combined diff of a merge commit is not supported: give the diff of BASE..HEAD (e.g. --git BASE..HEAD)',
      state.file,
      start + 1,
      1,
    ),
  );
  let i = start + 1;
  while (i < state.lines.length && !state.lines[i].startsWith('diff ') && !isMboxSeparator(state.lines[i])) i++;
  return i;
}

function recordFile(
  state: ParseState,
  target: NameAt,
  status: ChangedFile['status'],
  source: NameAt | undefined,
  binary: boolean,
  hunks: Hunk[] = [],
): void {
  const path = repoPath(state, target);
  const previousPath = source && repoPath(state, source);
  if (path === null || previousPath === null) return;
  const changed: ChangedFile = { path, status };
  if (previousPath !== undefined) changed.previousPath = previousPath;
  if (binary) changed.binary = true;
  // Only where diff text exists: a rename, mode change or binary file has no lines to check.
  if (hunks.length > 0) changed.hunks = hunks;
  state.files.push(changed);
}

/** The repository path a patch name stands for, or null (and a BAD_PATH error) when it cannot be one. */
function repoPath(state: ParseState, name: NameAt): string | null {
  const path = name.prefixed && !name.raw.startsWith('/') ? stripFirstComponent(name.raw) : name.raw;
  const reason = validateRepoPath(path);
  if (reason === null) return path;
  state.errors.push(sourceError('BAD_PATH', `${reason}: ${JSON.stringify(name.raw)}`, state.file, name.line, name.col));
  return null;
}

/** Reads the name that follows `prefixLength` characters of `lines[index]`; an unterminated quote is an error. */
function nameAt(state: ParseState, index: number, prefixLength: number, prefixed: boolean): NameAt | undefined {
  const read = readGitName(state.lines[index].slice(prefixLength));
  if (read) return { raw: read.name, line: index + 1, col: prefixLength + 1, prefixed, trailer: read.trailer };
  state.errors.push(
    sourceError('NOT_A_PATCH', 'unterminated quoted file name', state.file, index + 1, prefixLength + 1),
  );
  return undefined;
}

function diffGitNames(line: string, index: number): { oldName: NameAt; newName: NameAt } | undefined {
  const names = splitDiffGitNames(line.slice('diff --git '.length));
  if (!names) return undefined;
  const at = { line: index + 1, col: 12, prefixed: true, trailer: '' };
  return { oldName: { raw: names.oldName, ...at }, newName: { raw: names.newName, ...at } };
}

/** Whether a file's diff starts at `lines[i]`: where a mail's commit message ends at the latest. */
function startsFile(lines: readonly string[], i: number): boolean {
  return lines[i].startsWith('diff --git ') || startsPlainFile(lines, i);
}

/**
 * Whether `lines[i]` starts a file of a plain unified diff: `--- old`, `+++ new`, and (unless told otherwise)
 * a hunk header, so that a stray `--- ` line in prose or a diffstat is not taken for one.
 */
function startsPlainFile(lines: readonly string[], i: number, needHunk = true): boolean {
  return (
    lines[i].startsWith('--- ') &&
    i + 1 < lines.length &&
    lines[i + 1].startsWith('+++ ') &&
    (!needHunk || (i + 2 < lines.length && lines[i + 2].startsWith('@@ ')))
  );
}

function isBinaryFilesLine(line: string): boolean {
  return line.startsWith('Binary files ') && line.endsWith(' differ') && line.includes(' and ');
}

/** Skips `literal N`/`delta N` blocks of base85 data; base85 has no space, so no header can look like data. */
function skipBinaryData(lines: readonly string[], start: number): number {
  let i = start;
  while (i < lines.length && (lines[i] === '' || BINARY_BLOCK_START.test(lines[i]) || BASE85_LINE.test(lines[i]))) i++;
  return i;
}
