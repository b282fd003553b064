import { isRevisionRange, parseCliArgs } from './args.js';

describe("route's --git: a revision range, or get_maintainer.pl's --git", () => {
  it.each([
    ['origin/main..HEAD', true],
    ['v6.12...v6.13', true],
    ['..HEAD', true],
    ['../outgoing/0001-fix.patch', false],
    ['drivers/../kernel/dma', false],
    ['..', false],
    ['drivers/net/phy/phy.c', false],
  ])('%j is a revision range: %s', (word, range) => {
    expect(isRevisionRange(word)).toBe(range);
  });

  it("a range is the range; anything else stays an argument, and --git is get_maintainer.pl's", () => {
    expect(parseCliArgs(['route', '--git', 'origin/main..HEAD']).git).toBe('origin/main..HEAD');
    const patch = parseCliArgs(['route', '--format', 'get-maintainer', '--git', '../0001-fix.patch']);
    expect([patch.git, patch.getMaintainerSwitches, patch.positionals]).toEqual([
      undefined,
      ['git'],
      ['../0001-fix.patch'],
    ]);
    expect(parseCliArgs(['route', '--format', 'get-maintainer', '-git', '--nol', 'x.c']).getMaintainerSwitches).toEqual(
      ['git', 'nol'],
    );
  });
});
