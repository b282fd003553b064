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

describe("route's -f: --format, or get_maintainer.pl's -f where its format is asked for", () => {
  it('-f before a format name is --format', () => {
    expect(parseCliArgs(['route', '-f', 'json', 'x.c']).format).toBe('json');
    expect(parseCliArgs(['route', '-f', 'get-maintainer', 'x.c']).argumentsArePaths).toBeUndefined();
  });

  it("with --format get-maintainer anywhere on the line, -f before a path is get_maintainer.pl's --file", () => {
    for (const argv of [
      ['route', '--format', 'get-maintainer', '-f', 'drivers/x.c'],
      ['route', '-f', 'drivers/x.c', '--format=get-maintainer'],
      ['route', '-f', 'get-maintainer', '-f', 'drivers/x.c', 'y.c'],
      ['route', '--format', 'get-maintainer', '--nol', '-f'],
    ]) {
      const options = parseCliArgs(argv);
      expect([argv, options.format, options.argumentsArePaths]).toEqual([argv, 'get-maintainer', true]);
    }
    expect(parseCliArgs(['route', '-f', 'get-maintainer', '-f', 'drivers/x.c', 'y.c']).positionals).toEqual([
      'drivers/x.c',
      'y.c',
    ]);
  });

  it('the last format given counts: -f is --format when the line ends with another format', () => {
    expect(() => parseCliArgs(['route', '--format', 'get-maintainer', '-f', 'drivers/x.c', '-f', 'text'])).toThrow(
      /--format must be text, json, markdown or get-maintainer, not 'drivers\/x\.c'/,
    );
    // After `--`, a word is an argument, not a format.
    expect(() => parseCliArgs(['route', '-f', 'drivers/x.c', '--', '--format', 'get-maintainer'])).toThrow(
      /not 'drivers\/x\.c'/,
    );
  });
});
