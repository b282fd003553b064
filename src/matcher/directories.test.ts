import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { directoriesOf, directoryCandidates } from './directories.js';

describe('directoryCandidates', () => {
  it('lists the F:/X: patterns get_maintainer.pl would run -d on, each once, in policy order', () => {
    const text = [
      'RUST',
      'F:\trust',
      'F:\tsamples/rust/',
      'F:\tscripts/*rust*',
      'F:\tDocumentation/rust/index.rst',
      'X:\trust/kernel/block',
      '',
      'OTHER',
      'F:\trust',
      'F:\tdrivers/net/ethernet/3com',
      'N:\trust',
    ].join('\n');
    const subsystems = parseKernelMaintainers(text, 'MAINTAINERS').value;
    expect(directoryCandidates(subsystems)).toEqual(['rust', 'rust/kernel/block', 'drivers/net/ethernet/3com']);
  });
});

describe('directoriesOf', () => {
  const isDirectory = directoriesOf(['rust/kernel/str.rs', 'rust/kernel/block/mq.rs', 'Makefile', '/abs/x']);

  it.each([
    ['rust', true],
    ['rust/kernel', true],
    ['rust/kernel/block', true],
    ['rust/kernel/str.rs', false],
    ['rust/ker', false],
    ['Makefile', false],
    ['', true],
    ['/abs', true],
    ['drivers', false],
  ])('%j is a directory of the path list: %s', (pattern, expected) => {
    expect(isDirectory(pattern)).toBe(expected);
  });
});
