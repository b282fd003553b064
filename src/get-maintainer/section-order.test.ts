import { compileSubsystemIndex } from '../matcher/compile-subsystem-index.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { orderKeywordVisits, sectionsForPath, typevalueIndexes } from './section-order.js';

const TEXT = [
  'WIDE',
  'F:\tdrivers/',
  'N:\tphy',
  '',
  'NARROW THEN WIDE',
  'F:\tdrivers/net/phy/',
  'F:\tdrivers/',
  '',
  'EXCLUDED',
  'F:\tdrivers/net/',
  'X:\tdrivers/net/phy/',
  '',
  'TIED',
  'F:\tdrivers/net/phy/',
].join('\n');

describe('section-order', () => {
  const subsystems = parseKernelMaintainers(TEXT, 'MAINTAINERS').value;
  const index = compileSubsystemIndex(subsystems).value;

  it('weighs a section by its last matching line, skips one an X: excludes, and breaks ties in file order', () => {
    const visits = sectionsForPath(index, 'drivers/net/phy/phy.c').map((v) => [subsystems[v.subsystem].name, v.weight]);
    // WIDE: its last match is N: (weight 0), not F: drivers/ (1); NARROW THEN WIDE: F: drivers/ (1), written last.
    expect(visits).toEqual([
      ['TIED', 3],
      ['NARROW THEN WIDE', 1],
      ['WIDE', 0],
    ]);
  });

  it("numbers lines as get_maintainer.pl's @typevalue does: blank and # lines do not count", () => {
    expect(typevalueIndexes('A\n\n# c\nK:\tfoo\n  \nB\nK:\tbar\n', [4, 7])).toEqual([1, 3]);
  });

  it('orders keyword visits by their line index compared as text, each once', () => {
    const visits = [{ index: 9800 }, { index: 10234 }, { index: 9800 }, { index: 200 }];
    expect(orderKeywordVisits(visits).map((v) => v.index)).toEqual([10234, 200, 9800]);
  });
});
