/**
 * The hunks of one file in a unified diff. Lines are counted against the `@@ -a,b +c,d @@` header, the way
 * `git apply` reads them, so content that looks like a header (`+++ b/x`, `--- a/x`, the `-- ` of a
 * signature) is never mistaken for one while the hunk still expects lines.
 */
import { type SourceError, sourceError } from '../errors.js';
import type { Hunk } from './types.js';

/** `@@ -start[,count] +start[,count] @@ [section heading]`; an omitted count is 1. */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Where readHunks puts what it finds: the changed lines (without their marker) and any problem. */
export interface HunkSink {
  diffLines: string[];
  errors: SourceError[];
  warnings: SourceError[];
}

/**
 * Reads consecutive hunks from `lines[start]` and stops at the first line that is neither a hunk header nor
 * part of a hunk (the next file, a mail signature, the end).
 *
 * An empty line inside a hunk is an empty context line whose single space a mailer or editor stripped, as
 * git apply also accepts. A hunk cut short (a truncated or hand-edited patch) is a warning: the file is still
 * changed, only its line list is incomplete.
 *
 * Each hunk keeps its lines with their marker, for the Rust checks: a stripped empty context line becomes
 * `' '`, and `\ No newline at end of file` is dropped (it says nothing about the file's lines).
 *
 * @returns the index of the first line after the hunks, and the hunks read (a cut-short one with the lines
 *   it has).
 */
export function readHunks(
  lines: readonly string[],
  start: number,
  file: string,
  sink: HunkSink,
): { next: number; hunks: Hunk[] } {
  let i = start;
  const hunks: Hunk[] = [];
  while (i < lines.length) {
    const header = lines[i];
    if (header.startsWith('\\')) {
      i++; // "\ No newline at end of file" after a hunk's last line
      continue;
    }
    if (!header.startsWith('@@')) break;
    const match = HUNK_HEADER.exec(header);
    if (!match) {
      sink.errors.push(
        sourceError(
          'NOT_A_PATCH',
          `bad hunk header ${JSON.stringify(header)}: expected "@@ -a,b +c,d @@"`,
          file,
          i + 1,
          1,
        ),
      );
      return { next: i + 1, hunks };
    }
    const hunk: Hunk = { oldStart: Number(match[1]), newStart: Number(match[3]), lines: [] };
    hunks.push(hunk);
    const headerIndex = i;
    let oldLeft = match[2] === undefined ? 1 : Number(match[2]);
    let newLeft = match[4] === undefined ? 1 : Number(match[4]);
    for (i++; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
      const line = lines[i];
      const marker = line === '' ? ' ' : line[0];
      if (marker === ' ' && oldLeft > 0 && newLeft > 0) {
        oldLeft--;
        newLeft--;
        hunk.lines.push(line === '' ? ' ' : line);
      } else if (marker === '-' && oldLeft > 0) {
        oldLeft--;
        sink.diffLines.push(line.slice(1));
        hunk.lines.push(line);
      } else if (marker === '+' && newLeft > 0) {
        newLeft--;
        sink.diffLines.push(line.slice(1));
        hunk.lines.push(line);
      } else if (marker !== '\\') {
        break;
      }
    }
    if (oldLeft > 0 || newLeft > 0) {
      const missing = `${oldLeft} old and ${newLeft} new line${oldLeft + newLeft === 1 ? '' : 's'} missing`;
      sink.warnings.push(
        sourceError(
          'NOT_A_PATCH',
          `hunk ${JSON.stringify(header)} ends early (${missing}): truncated or hand-edited patch?`,
          file,
          headerIndex + 1,
          1,
        ),
      );
    }
  }
  return { next: i, hunks };
}

/**
 * The changed lines of a `patch` as GitHub's files and compare APIs give it (hunks only, no `---`/`+++`
 * header): every `+`/`-` line is one, so keyword matching sees them all.
 */
export function collectDiffLines(patch: string, into: string[]): void {
  for (const line of patch.split('\n')) {
    if (line.startsWith('+') || line.startsWith('-')) into.push(line.slice(1));
  }
}

/**
 * The hunks of such a `patch`, for the Rust checks. The lines are counted as in a patch file; a malformed
 * patch gives the hunks read before the problem: GitHub's own text, so nothing is reported.
 */
export function readPatchHunks(patch: string, path: string): Hunk[] {
  const lines = patch.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return readHunks(lines, 0, path, { diffLines: [], errors: [], warnings: [] }).hunks;
}
