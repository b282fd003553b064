import { readGitName, splitDiffGitNames, stripFirstComponent, unquoteGitName } from './git-path.js';

describe('git-path', () => {
  it.each([
    ['"a/t\\303\\251st.c"', { name: 'a/tést.c', end: 17 }],
    ['"a/\\347\\256\\200\\344\\273\\213.rst" tail', { name: 'a/简介.rst', end: 32 }],
    ['"tools/say \\"hi\\".txt"', { name: 'tools/say "hi".txt', end: 22 }],
    ['"tab\\tname\\\\x"', { name: 'tab\tname\\x', end: 14 }],
    ['"raw wörld.rs"', { name: 'raw wörld.rs', end: 14 }],
    ['"unterminated', null],
    ['"bad \\q escape"', null],
    ['"bad \\400 octal"', null],
    ['not quoted', null],
  ])('unquoteGitName(%s) → %j', (text, expected) => {
    expect(unquoteGitName(text, 0)).toStrictEqual(expected);
  });

  it.each([
    ['a/drivers/net/phy/Kconfig', { name: 'a/drivers/net/phy/Kconfig', trailer: '' }],
    ['a/my notes.txt\t', { name: 'a/my notes.txt', trailer: '' }],
    [
      'linux.orig/Kconfig\t2024-11-17 10:00:00.000000000 +0000',
      { name: 'linux.orig/Kconfig', trailer: '2024-11-17 10:00:00.000000000 +0000' },
    ],
    ['"b/hello w\\303\\266rld.rs"\t', { name: 'b/hello wörld.rs', trailer: '' }],
    ['"b/unterminated', null],
  ])('readGitName(%j) → %j', (rest, expected) => {
    expect(readGitName(rest)).toStrictEqual(expected);
  });

  it.each([
    ['a/drivers/net/phy/Kconfig', 'drivers/net/phy/Kconfig'],
    ['linux-6.12.orig/MAINTAINERS', 'MAINTAINERS'],
    ['MAINTAINERS', 'MAINTAINERS'],
  ])('stripFirstComponent(%s) → %s', (name, expected) => {
    expect(stripFirstComponent(name)).toBe(expected);
  });

  it.each([
    ['a/rust/kernel/str.rs b/rust/kernel/str.rs', { oldName: 'a/rust/kernel/str.rs', newName: 'b/rust/kernel/str.rs' }],
    ['a/x y b/z b/x y b/z', { oldName: 'a/x y b/z', newName: 'b/x y b/z' }],
    ['"a/t\\303\\251st" "b/t\\303\\251st"', { oldName: 'a/tést', newName: 'b/tést' }],
    ['a/plain "b/t\\303\\251st"', { oldName: 'a/plain', newName: 'b/tést' }],
    ['"a/t\\303\\251st" b/plain', { oldName: 'a/tést', newName: 'b/plain' }],
    ['a/one two b/three four', null],
    ['"a/unterminated b/x', null],
  ])('splitDiffGitNames(%s) → %j', (rest, expected) => {
    expect(splitDiffGitNames(rest)).toStrictEqual(expected);
  });
});
