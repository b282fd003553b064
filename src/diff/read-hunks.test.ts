import { formatSourceError } from '../errors.js';
import { type HunkSink, readHunks } from './read-hunks.js';
import type { Hunk } from './types.js';

function read(lines: string[]): { next: number; hunks: Hunk[]; sink: HunkSink } {
  const sink: HunkSink = { diffLines: [], errors: [], warnings: [] };
  return { ...readHunks(lines, 0, 'x.diff', sink), sink };
}

describe('readHunks', () => {
  it.each<[string, string[], number, number, string[]]>([
    ['stops at the next file', ['@@ -1 +1 @@', '-a', '+b', 'diff --git a/y b/y'], 3, 1, ['a', 'b']],
    ['reads consecutive hunks', ['@@ -1 +1 @@', '-a', '+b', '@@ -9,0 +10 @@', '+c', '-- '], 5, 2, ['a', 'b', 'c']],
    [
      'counts "+++ "/"--- " lines as content',
      ['@@ -1,2 +1,2 @@', '--- a/x', '-x', '+++ b/x', '+y', 'From '],
      5,
      1,
      ['-- a/x', 'x', '++ b/x', 'y'],
    ],
    [
      'takes "-- " after a complete hunk as the signature',
      ['@@ -1,2 +1,1 @@', ' a', '-- ', '-- ', '2.39.5'],
      3,
      1,
      ['- '],
    ],
    ['counts an omitted count as 1', ['@@ -3 +3 @@', '-x', '+y', ' not in the hunk'], 3, 1, ['x', 'y']],
    [
      'skips "\\ No newline" lines',
      ['@@ -1 +1 @@', '-a', '\\ No newline at end of file', '+b', '\\ No newline at end of file'],
      5,
      1,
      ['a', 'b'],
    ],
    ['reads nothing when no hunk starts here', ['diff --git a/y b/y'], 0, 0, []],
  ])('readHunks %s', (_what, lines, next, hunks, diffLines) => {
    const result = read(lines);
    expect(result.next).toBe(next);
    expect(result.hunks).toHaveLength(hunks);
    expect(result.sink.diffLines).toStrictEqual(diffLines);
    expect(result.sink.errors).toStrictEqual([]);
    expect(result.sink.warnings).toStrictEqual([]);
  });

  it('readHunks warns when a line that cannot be in a hunk comes too early', () => {
    const result = read(['@@ -1,2 +1,2 @@', '-a', '+b', 'diff --git a/y b/y']);
    expect(result.next).toBe(3);
    expect(result.sink.warnings.map(formatSourceError)).toStrictEqual([
      'x.diff:1:1: hunk "@@ -1,2 +1,2 @@" ends early (1 old and 1 new lines missing): truncated or hand-edited patch?',
    ]);
  });

  it('readHunks does not let a removal past the old count into the hunk', () => {
    const result = read(['@@ -1 +1,2 @@', '-a', '-b', '+c', '+d']);
    expect(result.next).toBe(2);
    expect(result.sink.diffLines).toStrictEqual(['a']);
    expect(result.sink.warnings).toHaveLength(1);
  });
});

describe('readHunks keeps the hunks', () => {
  it('readHunks keeps each line with its marker and both starts', () => {
    const result = read(['@@ -3,3 +3,4 @@ fn f()', ' a', '-b', '+c', '+d', ' e']);
    expect(result.hunks).toStrictEqual([{ oldStart: 3, newStart: 3, lines: [' a', '-b', '+c', '+d', ' e'] }]);
  });

  it('readHunks turns a stripped empty context line into " " and drops "\\ No newline"', () => {
    const result = read(['@@ -1,2 +1,2 @@', '', '-a', '\\ No newline at end of file', '+b']);
    expect(result.hunks).toStrictEqual([{ oldStart: 1, newStart: 1, lines: [' ', '-a', '+b'] }]);
  });

  it('readHunks reads an omitted count as 1 and keeps -U0 hunks apart', () => {
    const result = read(['@@ -3 +3 @@', '-x', '+y', '@@ -9,0 +10,2 @@', '+c', '+d']);
    expect(result.hunks).toStrictEqual([
      { oldStart: 3, newStart: 3, lines: ['-x', '+y'] },
      { oldStart: 9, newStart: 10, lines: ['+c', '+d'] },
    ]);
  });

  it('readHunks keeps the lines of a hunk cut short', () => {
    const result = read(['@@ -1,2 +1,2 @@', '-a', '+b', 'diff --git a/y b/y']);
    expect(result.hunks).toStrictEqual([{ oldStart: 1, newStart: 1, lines: ['-a', '+b'] }]);
  });
});
