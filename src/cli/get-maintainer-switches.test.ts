import { getMaintainerSpelling, leavesNoOne } from './get-maintainer-switches.js';

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
    // Getopt::Long's aliases ('k|keywords!', 'kf|keywords-in-file!', 'fe|file-emails!', 'mpath|maintainer-path=s').
    ['--kf', '--keywords-in-file'],
    ['--nokf', '--nokeywords-in-file'],
    ['-no-fe', '--nofile-emails'],
    ['--k', '--keywords'],
    ['--noi', '--nointeractive'],
    ['--maintainer-path=M', '--mpath=M'],
    // One-letter switches, and their negations.
    ['--non', '--non'],
    ['--no-n', '--non'],
    ['-n', '--n'],
    ['-r', '--r'],
    ['--m', '--m'],
    ['--noscm', '--noscm'],
    ['-no-remove-duplicates', '--noremove-duplicates'],
    ['-git', '--git'],
  ])('%s is %s', (written, read) => {
    expect(getMaintainerSpelling(written)).toBe(read);
  });

  it.each([
    ['-m'],
    ['-f'],
    ['--format'],
    ['--no'],
    ['-nox'],
    ['--nofiles'],
    ['--git-blame'],
    ['-h'],
    ['--tree'],
    ['--git'],
    ['-i'],
  ])('%s is none of them, and stays as written', (written) => {
    expect(getMaintainerSpelling(written)).toBe(written);
  });
});

describe('leavesNoOne (get_maintainer.pl dies rather than print nothing)', () => {
  it.each([
    [['nom', 'nor', 'nol'], '--nom, --nor and --nol together leave no one to print'],
    [['noemail'], '--noemail leaves nothing to print: add --scm, --status, --subsystem, --web or --bug'],
    [
      ['noemail', 'scm', 'noscm'],
      '--noemail leaves nothing to print: add --scm, --status, --subsystem, --web or --bug',
    ],
  ])('%j: %s', (switches, message) => {
    expect(leavesNoOne(switches)).toBe(message);
  });

  it.each([
    [['nom', 'nor', 'nol', 's']],
    [['nom', 'nor', 'nol', 'git-chief-penguins']],
    [['nom', 'nor', 'nol', 'git']],
    [['noemail', 'nom', 'nor', 'nol', 'status']],
    [['noemail', 'sections']],
    [[]],
  ])('%j leaves something to print', (switches) => {
    expect(leavesNoOne(switches)).toBeUndefined();
  });
});
