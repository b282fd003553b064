import { parseKernelMaintainers } from './parse-kernel.js';
import { maintainersBytes, parseKernelSlices, sectionsReaching, simpleLiteral } from './sections-reaching.js';

const TEXT = [
  'List of maintainers (a preamble: names without tags own nothing)',
  '\tM: an indented example',
  '',
  'RUST',
  'M:\tMig Oje <mig@example.org>',
  'F:\trust/',
  'F:\tDocumentation/rust/',
  'K:\t\\b(?i:rust)\\b',
  '',
  '# a comment between sections',
  'TEGRA',
  'N:\t[^a-z]tegra',
  'F:\tdrivers/*/tegra*',
  '',
  'NET',
  'F:\tdrivers/net/',
  'X:\tdrivers/net/wireless/',
  '',
  'THE REST',
  'F:\t*',
  'F:\t*/',
].join('\n');

const BYTES = maintainersBytes(Buffer.from(TEXT));

describe('sectionsReaching', () => {
  const names = (paths: string[], keywords = false, bytes = BYTES) => {
    const slices = sectionsReaching(bytes, paths, { keywords })!;
    return parseKernelSlices(bytes, 'MAINTAINERS', slices).value.map((s) => s.name);
  };

  it.each([
    [['rust/kernel/str.rs'], ['RUST', 'THE REST']],
    [['drivers/net/phy/ax.c'], ['TEGRA', 'NET', 'THE REST']], // TEGRA: drivers/*/tegra* has the head drivers/
    [['arch/arm/mach-tegra/x.c'], ['TEGRA', 'THE REST']], // by its N: literal
    [['Makefile'], ['THE REST']],
  ])('%j reaches %j', (paths, expected) => {
    expect(names(paths)).toEqual(expected);
  });

  it('with keywords, every section with a K: line is kept', () => {
    expect(names(['Makefile'], true)).toEqual(['RUST', 'THE REST']);
  });

  it('parses the kept sections as the full parse does, keeping only the lines that can reach the paths', () => {
    const full = parseKernelMaintainers(TEXT, 'MAINTAINERS').value.find((s) => s.name === 'RUST')!;
    const slices = sectionsReaching(BYTES, ['rust/kernel/str.rs'], { keywords: false })!;
    const [rust] = parseKernelSlices(BYTES, 'MAINTAINERS', slices).value;
    expect(rust.origin).toEqual(full.origin);
    expect(rust.maintainers).toEqual(full.maintainers);
    expect(rust.files).toEqual([full.files[0]]); // Documentation/rust/ cannot reach the path
    expect(rust.keywords).toEqual([]); // no text to search
  });

  it('gives up (null) on a file that starts with a tag line, for the full parse to report', () => {
    const bytes = maintainersBytes(Buffer.from('F:\tdrivers/\nNET\nF:\tnet/\n'));
    expect(sectionsReaching(bytes, ['net/x.c'], { keywords: false })).toBeNull();
  });

  describe('reads bytes, and decodes what is not ASCII as the full parse does', () => {
    const UNICODE = [
      'RUST — ÉCRIT',
      'M:\tMiguel Ojéda <mig@example.org>',
      'F:\trust/',
      '\u00a0',
      'MÜNCHEN',
      'N:\tmünchen',
      'F:\tdrivers/münchen/',
      '',
      'THE REST',
      'F:\t*',
    ].join('\n');
    const bytes = maintainersBytes(Buffer.from(UNICODE));

    it('keeps names, people and line numbers whole after multi-byte characters', () => {
      const slices = sectionsReaching(bytes, ['rust/x.rs'], { keywords: false })!;
      const parsed = parseKernelSlices(bytes, 'MAINTAINERS', slices).value;
      const full = parseKernelMaintainers(UNICODE, 'MAINTAINERS').value;
      expect(parsed.map((s) => s.name)).toEqual(['RUST — ÉCRIT', 'THE REST']);
      expect(parsed[0].maintainers).toEqual(full[0].maintainers);
      expect(parsed[1].files).toEqual(full[2].files);
    });

    it('a line of non-ASCII blanks is blank (no section), and non-ASCII paths and N: names reach their sections', () => {
      expect(names(['drivers/münchen/a.c'], false, bytes)).toEqual(['MÜNCHEN', 'THE REST']);
      expect(names(['arch/münchen.c'], false, bytes)).toEqual(['MÜNCHEN', 'THE REST']);
      const slices = sectionsReaching(bytes, ['drivers/münchen/a.c'], { keywords: false })!;
      const full = parseKernelMaintainers(UNICODE, 'MAINTAINERS').value.find((s) => s.name === 'MÜNCHEN')!;
      expect(parseKernelSlices(bytes, 'MAINTAINERS', slices).value[0]).toEqual(full);
    });
  });

  it.each([
    ['imx', 'imx'],
    ['bcm113*', 'bcm11'],
    ['[^a-z]tegra', 'tegra'],
    ['asm/elf.h', 'asm/elf'],
    ['^.*/vdso/[^/]*getrandom[^/]+$', 'getrandom'],
    ['axp[128]', 'axp'],
    ['a+b', 'a'],
    ['(?i)rust', undefined],
    ['foo|bar', undefined],
    ['a b', undefined],
  ])('simpleLiteral(%j) → %j', (pattern, literal) => {
    expect(simpleLiteral(pattern)).toBe(literal);
  });
});
