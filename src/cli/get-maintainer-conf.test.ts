import { formatSourceError } from '../errors.js';
import { confSwitches } from './get-maintainer-conf.js';

describe(".get_maintainer.conf (get_maintainer.pl's own reading of it)", () => {
  it('words split on blanks, in order; comment lines and the rest of a line after # left out', () => {
    const text =
      '# mine\n--nogit-fallback   # slow in the kernel\n  -norolestats --separator ,\n\n--git-min-percent=10 --git\n';
    expect(confSwitches(text, '.get_maintainer.conf')).toEqual({
      value: ['nogit-fallback', 'norolestats', 'separator=,', 'git-min-percent=10', 'git'],
      errors: [],
      warnings: [],
    });
  });

  it('a switch route does not take, a missing value, a bad number: each an error at its line and column', () => {
    const read = confSwitches('--nol\n  --interactive --separator\n', '/home/k/.get_maintainer.conf');
    expect(read.errors.map(formatSourceError)).toEqual([
      "/home/k/.get_maintainer.conf:2:3: '--interactive' is not a get_maintainer.pl switch that route --format get-maintainer takes",
      '/home/k/.get_maintainer.conf:2:17: --separator needs a value (SEP)',
    ]);
    expect(confSwitches('--git-min-percent x', 'c').errors.map(formatSourceError)).toEqual([
      "c:1:1: --git-min-percent must be a whole number, not 'x'",
    ]);
    expect(confSwitches('--nom --nor --nol', 'c').errors.map(formatSourceError)).toEqual([
      'c:1:1: --nom, --nor and --nol together leave no one to print',
    ]);
  });

  it('--mpath and --file are for the command line, read before the file: each an error, its value skipped', () => {
    expect(confSwitches('--mpath ../MAINTAINERS --file --kf', 'c')).toEqual({
      value: ['keywords-in-file'],
      errors: [
        expect.objectContaining({
          line: 1,
          col: 1,
          message: expect.stringContaining('--mpath is taken on the command line only'),
        }),
        expect.objectContaining({
          line: 1,
          col: 24,
          message: expect.stringContaining('--file is taken on the command line only'),
        }),
      ],
      warnings: [],
    });
  });

  it('a path (get_maintainer.pl would route it too) is refused, not routed', () => {
    expect(confSwitches('drivers/net/phy/phy.c', 'c').errors).toHaveLength(1);
  });
});
