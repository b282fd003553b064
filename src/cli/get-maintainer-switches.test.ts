import { getMaintainerSpelling } from './get-maintainer-switches.js';

describe("getMaintainerSpelling (Perl's Getopt::Long, as get_maintainer.pl reads its switches)", () => {
  it.each([
    ['--nol', '--nol'],
    ['-nol', '--nol'],
    ['--no-l', '--nol'],
    ['-no-l', '--nol'],
    ['--no-rolestats', '--norolestats'],
    ['-nogit-fallback', '--nogit-fallback'],
    ['--no-git-chief-penguins', '--nogit-chief-penguins'],
    ['--nok', '--nokeywords'],
    ['-no-k', '--nokeywords'],
    ['--no-keywords', '--nokeywords'],
    ['-separator', '--separator'],
    ['-separator=,', '--separator=,'],
    ['-nomultiline', '--nomultiline'],
    ['--no-tree', '--notree'],
  ])('%s is %s', (written, read) => {
    expect(getMaintainerSpelling(written)).toBe(read);
  });

  it.each([['-m'], ['-f'], ['--format'], ['--no'], ['-nox'], ['--nofiles'], ['--nogit-blame'], ['-h']])(
    '%s is none of them, and stays as written',
    (written) => {
      expect(getMaintainerSpelling(written)).toBe(written);
    },
  );
});
