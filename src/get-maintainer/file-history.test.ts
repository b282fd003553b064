import { fileSignoffs, isUnsigned } from './file-history.js';
import { gitOutputLines } from './signatures.js';

/** One commit as get_maintainer.pl's `git log --numstat --format=…` prints it. */
function commit(author: string, trailers: string[], numstat: string[]): string {
  const id = author.length.toString(16).padStart(40, '0');
  const head = [`GitCommit: ${id}`, `GitAuthor: ${author}`, 'GitDate: Mon, 7 Dec 2026 12:00:00 +0000', 'GitSubject: x'];
  return [...head, '', ...trailers.map((line) => `    ${line}`), '', '', ...numstat, ''].join('\n');
}

/** A deduplicate_email that only formats (the render's remembers people; none repeat here). */
const asIs = (email: string) => email;
const tallies = (log: string, file: string) =>
  Object.fromEntries(
    fileSignoffs(gitOutputLines(log), file, asIs, asIs).map(({ role, divisor, tally }) => [
      role,
      [divisor, Object.fromEntries(tally)],
    ]),
  );

describe("fileSignoffs (get_maintainer.pl's vcs_file_signoffs)", () => {
  const A = 'Ann Dev <ann@example.org>';
  const B = 'Bob Two <bob@example.org>';

  it('counts signers and authors over the commits, and lines over all lines changed', () => {
    const log =
      commit(
        A,
        [`Signed-off-by: ${A}`, `Reviewed-by: ${B}`, 'Signed-off-by: Linus Torvalds <torvalds@example.org>'],
        ['10\t0\tkernel/a.c'],
      ) + commit(B, [`Signed-off-by: ${B}`, 'Cc: C <c@example.org>'], ['3\t2\tkernel/a.c']);
    expect(tallies(log, 'kernel/a.c')).toEqual({
      commit_signer: [2, { [A]: 1, [B]: 2 }],
      authored: [2, { [A]: 1, [B]: 1 }],
      added_lines: [13, { [A]: 10, [B]: 3 }],
      removed_lines: [2, { [A]: 0, [B]: 2 }],
    });
  });

  it('no line counts when a commit has no numstat line for the name (a rename --follow went through)', () => {
    const log =
      commit(A, [`Signed-off-by: ${A}`], ['1\t0\tkernel/a.c']) +
      commit(B, [`Signed-off-by: ${B}`], ['3\t0\tkernel/{old.c => a.c}']);
    expect(Object.keys(tallies(log, 'kernel/a.c'))).toEqual(['commit_signer', 'authored']);
  });

  it("reads the file name as a regex in the numstat pattern, as get_maintainer.pl's does", () => {
    const log = commit(A, [`Signed-off-by: ${A}`], ['4\t1\tkernel/aXc']);
    expect(tallies(log, 'kernel/a.c').added_lines).toEqual([4, { [A]: 4 }]);
  });

  it('without any signature: 0 commits, and the authors as their whole GitAuthor: lines', () => {
    const log = commit(A, [], ['1\t0\tMakefile']);
    expect(isUnsigned(gitOutputLines(log))).toBe(true);
    expect(tallies(log, 'Makefile')).toEqual({
      commit_signer: [0, {}],
      authored: [0, { [`GitAuthor: ${A}`]: 1 }],
      added_lines: [1, { [`GitAuthor: ${A}`]: 1 }],
      removed_lines: [0, { [`GitAuthor: ${A}`]: 0 }],
    });
  });
});
