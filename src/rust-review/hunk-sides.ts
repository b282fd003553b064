/**
 * A hunk read from one side, for the checks on the changed lines of shell and make files: which lines stand
 * above a changed line in its own version of the file, and where a changed line is in the new file.
 */
import type { Hunk } from '../diff/types.js';

/** An added or removed line of a hunk. */
export interface ChangedLine {
  hunk: Hunk;
  /** Index in `hunk.lines`. */
  index: number;
  marker: '+' | '-';
  /** The line without its marker. */
  text: string;
  /**
   * The new-file line to show it on: an added line's own; for a removed line, the nearest new-side line after
   * it in the hunk (else before it); null when the hunk has no new-side line.
   */
  newLine: number | null;
}

/**
 * The changed lines of a hunk, in order.
 *
 * @example changedLines({ oldStart: 5, newStart: 5, lines: [' a', '-b', '+c'] }).map((l) => l.newLine) // → [6, 6]
 */
export function changedLines(hunk: Hunk): ChangedLine[] {
  const numbers: (number | null)[] = [];
  let next = hunk.newStart;
  for (const line of hunk.lines) numbers.push(line[0] === '-' ? null : next++);
  const changed: ChangedLine[] = [];
  hunk.lines.forEach((line, index) => {
    const marker = line[0];
    if (marker !== '+' && marker !== '-') return;
    changed.push({
      hunk,
      index,
      marker,
      text: line.slice(1),
      newLine: numbers[index] ?? nearestNumber(numbers, index),
    });
  });
  return changed;
}

function nearestNumber(numbers: readonly (number | null)[], index: number): number | null {
  for (let k = index + 1; k < numbers.length; k++) if (numbers[k] !== null) return numbers[k];
  for (let k = index - 1; k >= 0; k--) if (numbers[k] !== null) return numbers[k];
  return null;
}

/**
 * The lines above a changed line in its own version of the file, nearest first, without markers: context
 * and added lines for an added line, context and removed lines for a removed one.
 */
export function* linesAbove(line: ChangedLine): Generator<string> {
  const { lines } = line.hunk;
  for (let k = line.index - 1; k >= 0; k--) {
    if (lines[k][0] === ' ' || lines[k][0] === line.marker) yield lines[k].slice(1);
  }
}

/** The lines below a changed line in its own version of the file, nearest first, without markers. */
export function* linesBelow(line: ChangedLine): Generator<string> {
  const { lines } = line.hunk;
  for (let k = line.index + 1; k < lines.length; k++) {
    if (lines[k][0] === ' ' || lines[k][0] === line.marker) yield lines[k].slice(1);
  }
}

/** Whether the hunk starts at the top of the changed line's version of the file: nothing is above it. */
export function startsAtTop(line: ChangedLine): boolean {
  return (line.marker === '+' ? line.hunk.newStart : line.hunk.oldStart) <= 1;
}
