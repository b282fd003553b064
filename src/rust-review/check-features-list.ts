/**
 * Check `unstable-feature`, second half (docs/RUST-REVIEW.md, "unstable-feature"): a change to the list of
 * allowed unstable features. In the kernel that is one make assignment, `rust_allowed_features := …` in
 * scripts/Makefile.build, among 1,600 lines of other build rules: only a change to it counts. Any other file
 * of `rust.features-files` is a list as a whole: any change counts.
 */
import type { ChangedFile } from '../diff/types.js';
import { type ChangedLine, changedLines, linesAbove, startsAtTop } from './hunk-sides.js';
import type { ReviewSink } from './review-sink.js';
import { wholeFileLine } from './whole-file-line.js';

/** The kernel's features file, whose assignment is looked for; also the name messages give it. */
export const KERNEL_FEATURES_FILE = 'scripts/Makefile.build';
/** `rust_allowed_features := a,b` (or `=`, `+=`, `?=`, `::=`), and what follows the operator. */
const ASSIGNMENT = /^\s*rust_allowed_features\s*(?:::?=|\+=|\?=|=)(.*)$/;
/** Any make assignment: a chain of continued lines that starts with one of another variable is not the list. */
const ANY_ASSIGNMENT = /^\s*[\w.-]+\s*(?:::?=|\+=|\?=|=)/;

/** Any change to a features file other than the kernel's: one finding for the file. */
export function checkFeaturesFile(file: ChangedFile, sink: ReviewSink): void {
  sink.findings.push({
    check: 'unstable-feature',
    path: file.path,
    line: wholeFileLine(file),
    message: `${file.status === 'removed' ? 'removes' : 'changes'} the list of allowed unstable features in ${file.path}`,
  });
}

/**
 * A change to the `rust_allowed_features` assignment of scripts/Makefile.build (also a line continued from
 * it with `\`): one finding naming the features it allows or no longer allows.
 */
export function checkKernelFeaturesList(file: ChangedFile, sink: ReviewSink): void {
  const before = new Set<string>();
  const after = new Set<string>();
  let shown: ChangedLine | undefined;
  for (const hunk of file.hunks ?? []) {
    let undecided = false;
    for (const line of changedLines(hunk)) {
      const part = assignmentPart(line);
      if (part === 'unknown' && !undecided) {
        // One note per hunk: its removed and added lines are one change.
        undecided = true;
        const reason = `cannot tell whether this line continues \`rust_allowed_features\`: the lines above are not in the diff`;
        sink.unchecked.push({ check: 'unstable-feature', path: file.path, line: line.newLine ?? 1, reason });
      }
      if (part === null || part === 'unknown') continue;
      for (const name of part.split(/[\s,\\]+/)) if (name !== '') (line.marker === '+' ? after : before).add(name);
      if (!shown || (shown.marker === '-' && line.marker === '+')) shown = line;
    }
  }
  if (!shown) return;
  sink.findings.push({
    check: 'unstable-feature',
    path: file.path,
    line: file.status === 'removed' ? null : shown.newLine,
    message: describeChange(
      [...after].filter((name) => !before.has(name)),
      [...before].filter((name) => !after.has(name)),
    ),
  });
}

/**
 * The feature names a changed line holds when it is part of the assignment, null when it is not, `unknown`
 * when it continues a line above the hunk.
 */
function assignmentPart(line: ChangedLine): string | null | 'unknown' {
  const own = ASSIGNMENT.exec(line.text);
  if (own) return own[1];
  let continued = false;
  for (const above of linesAbove(line)) {
    if (!above.trimEnd().endsWith('\\')) return null;
    continued = true;
    if (ASSIGNMENT.test(above)) return line.text;
    if (ANY_ASSIGNMENT.test(above)) return null;
  }
  // Nothing above in the hunk, or a chain of continued lines that runs off its top.
  return continued && !startsAtTop(line) ? 'unknown' : null;
}

function describeChange(allowed: string[], dropped: string[]): string {
  const list = (names: string[]): string =>
    `unstable feature${names.length === 1 ? '' : 's'} ${names.map((name) => `\`${name}\``).join(', ')}`;
  const where = `in \`rust_allowed_features\` (${KERNEL_FEATURES_FILE})`;
  if (allowed.length > 0 && dropped.length > 0)
    return `allows the ${list(allowed)} and no longer the ${list(dropped)} ${where}`;
  if (allowed.length > 0) return `allows the ${list(allowed)} ${where}`;
  if (dropped.length > 0) return `no longer allows the ${list(dropped)} ${where}`;
  return `changes the list of allowed unstable features ${where}`;
}
