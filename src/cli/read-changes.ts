/**
 * Collects the change to route from the CLI's sources — `--files`, `--files-from`, `--patch`, `--git` —
 * into one ChangeSet. Several sources may be combined; a path named twice counts once.
 */
import type { ChangeSet, ChangedFile } from '../diff/types.js';
import { parsePathList, validateRepoPath } from '../diff/parse-path-list.js';
import { parseUnifiedDiff } from '../diff/parse-unified-diff.js';
import { InputError, sourceError, type SourceError } from '../errors.js';
import { readGitChanges } from '../local/read-git-changes.js';
import type { CliOptions } from './args.js';
import { readInput } from './read-input.js';

/** Reads every change source named on the command line; throws InputError (exit 2) on bad input. */
export function readChanges(options: CliOptions, cwd: string): ChangeSet {
  const errors: SourceError[] = [];
  const parts: ChangeSet[] = [];

  const listed: ChangedFile[] = [];
  // `--files a b c` as docs/CLI.md ("Change sources") writes it: parseArgs takes the first, the rest arrive as positionals.
  for (const path of [...options.files, ...options.positionals]) {
    const problem = validateRepoPath(path);
    if (problem) errors.push(sourceError('BAD_PATH', `--files: ${problem}`, '--files'));
    else listed.push({ path: path.replace(/^\.\//, ''), status: 'modified' });
  }
  parts.push({ files: listed, title: '', body: '', diffLines: [] });

  if (options.filesFrom !== undefined) {
    const text = readInput(options.filesFrom, '--files-from');
    errors.push(...text.errors);
    if (text.value !== null) {
      const list = parsePathList(text.value, options.filesFrom === '-' ? '<stdin>' : options.filesFrom);
      errors.push(...list.errors);
      parts.push({ files: list.value, title: '', body: '', diffLines: [] });
    }
  }
  if (options.patch !== undefined) {
    const text = readInput(options.patch, '--patch');
    errors.push(...text.errors);
    if (text.value !== null) {
      const patch = parseUnifiedDiff(text.value, options.patch === '-' ? '<stdin>' : options.patch);
      errors.push(...patch.errors);
      parts.push(patch.value);
    }
  }
  if (options.git !== undefined) {
    const git = readGitChanges(options.git, cwd);
    errors.push(...git.errors);
    parts.push(git.value);
  }
  if (errors.length > 0) throw new InputError(errors);
  return mergeChangeSets(parts, options.title);
}

/** Joins change sets: files deduplicated by path (first wins), texts concatenated. */
export function mergeChangeSets(parts: readonly ChangeSet[], title?: string): ChangeSet {
  const given = parts.filter((part) => part.files.length > 0 || part.title || part.body || part.diffLines.length > 0);
  // One source (the usual case) is already deduplicated by its parser: no second pass over 100,000 paths.
  if (given.length === 1) return title === undefined ? given[0] : { ...given[0], title };
  const seen = new Set<string>();
  const files: ChangedFile[] = [];
  for (const part of parts) {
    for (const file of part.files) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      files.push(file);
    }
  }
  const titles = parts.map((part) => part.title).filter(Boolean);
  return {
    files,
    title: title ?? titles.join('\n'),
    body: parts
      .map((part) => part.body)
      .filter(Boolean)
      .join('\n\n'),
    diffLines: parts.flatMap((part) => part.diffLines),
  };
}
