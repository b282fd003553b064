import { emailsInFile, readsEmailsFrom } from './file-emails.js';

describe('file-emails (get_maintainer.pl maintainers_in_file, clean_file_emails)', () => {
  it.each([
    ['Documentation/devicetree/bindings/net/example.yaml', true],
    ['drivers/net/phy/phy.c', false],
    ['MAINTAINERS', false],
  ])('readsEmailsFrom(%j) → %s', (path, reads) => {
    expect(readsEmailsFrom(path)).toBe(reads);
  });

  it('with --file-emails reads every file but MAINTAINERS', () => {
    expect(readsEmailsFrom('drivers/net/phy/phy.c', true)).toBe(true);
    expect(readsEmailsFrom('MAINTAINERS', true)).toBe(false);
  });

  it('with --non gives the addresses alone', () => {
    expect(emailsInFile('Copyright 2021 Ann Dev <ann@example.org>\n', false)).toEqual(['ann@example.org']);
  });

  it('finds the maintainers of a binding, names cleaned, each once', () => {
    const text = [
      'maintainers:',
      '  - Rob Herring <robh@kernel.org>',
      '  - "Krzysztof Kozlowski" <krzk@kernel.org>',
      '  - Rob Herring <robh@kernel.org>',
      'examples:',
      '    timer@ffe00000 { };',
    ].join('\n');
    expect(emailsInFile(text)).toEqual(['Rob Herring <robh@kernel.org>', 'Krzysztof Kozlowski <krzk@kernel.org>']);
  });

  it('keeps the last two names, or three around an initial', () => {
    expect(emailsInFile('Author: Jane Q. Public <jane@example.org>\n')).toEqual([
      '"Jane Q. Public" <jane@example.org>',
    ]);
    expect(emailsInFile('  - Maintained by Sebastian Reichel <sre@kernel.org>\n')).toEqual([
      'Sebastian Reichel <sre@kernel.org>',
    ]);
  });
});
