import { toCandidate } from './candidate.js';

describe('toCandidate', () => {
  it.each([
    ['drivers/net/phy/ax.rs', ['drivers', 'drivers/net', 'drivers/net/phy'], 'drivers/net/phy/', true],
    ['Makefile', [], '', true],
    ['/abs/x', ['', '/abs'], '/abs/', true],
    ['a//b', ['a', 'a/'], 'a//', true],
    ['odd\nname/x', ['odd\nname'], 'odd\nname/', false],
    ['emoji/🦀.rs', ['emoji'], 'emoji/', false],
  ])('%j has directories %j, prefix %j, plain %s', (path, dirs, dirPrefix, plain) => {
    expect(toCandidate(path)).toEqual({ path, dirs, slashes: dirs.length, dirPrefix, plain });
  });
});
