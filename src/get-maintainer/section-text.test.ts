import { sectionText } from './section-text.js';

describe("sectionText (get_maintainer.pl's --sections)", () => {
  const lines = [
    'PRE',
    'A SECTION',
    'M:   Ann Dev <ann@example.org>',
    '',
    '# a comment inside',
    'F:\tdrivers/net/phy',
    'F:\tfoo?.c',
    'F:\t*.rs',
    'X:\t.clang-format',
    'K:\tfoo.bar',
    'NEXT',
    'M:\tOther <o@example.org>',
  ];

  it('prints the name, then each tag as X:<tab>value, blank and # lines dropped, up to the next name', () => {
    const isDirectory = (pattern: string) => pattern === 'drivers/net/phy';
    expect(sectionText(lines, 2, '', isDirectory)).toEqual([
      'A SECTION',
      'M:\tAnn Dev <ann@example.org>',
      'F:\tdrivers/net/phy/',
      'F:\tfoo?.c',
      'F:\t*.rs',
      'X:\t.clang-format',
      'K:\tfoo.bar',
      '',
    ]);
  });

  it('--letters keeps the name and the tags it lists, without case', () => {
    expect(sectionText(lines, 2, 'mk', () => false)).toEqual([
      'A SECTION',
      'M:\tAnn Dev <ann@example.org>',
      'K:\tfoo.bar',
      '',
    ]);
  });

  it("keeps get_maintainer.pl's round trip: a dot it cannot tell from its own `?` comes back as `?`", () => {
    expect(sectionText(['S', 'F:\ta.b.c'], 1, '', () => false)).toEqual(['S', 'F:\ta.b.c', '']);
    expect(sectionText(['S', 'F:\tfoo?', 'F:\ta?b?c'], 1, '', () => false)).toEqual(['S', 'F:\tfoo?', 'F:\ta?b.c', '']);
  });
});
