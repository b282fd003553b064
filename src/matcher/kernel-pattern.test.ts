import { kernelRegex, kernelSpecificity, mayNameDirectory, readKernelPattern } from './kernel-pattern.js';

const directories = new Set(['rust', 'drivers/net/ethernet/3com', 'drivers/foo[ab]']);
const isDirectory = (pattern: string) => directories.has(pattern);

describe('kernel patterns as get_maintainer.pl reads them', () => {
  it.each([
    ['drivers/net/phy/bcm*.[ch]', 'drivers/net/phy/bcm.*\\.[ch]'],
    ['drivers/regulator/da9???-regulator.[ch]', 'drivers/regulator/da9...-regulator\\.[ch]'],
    ['*/net/*', '.*/net/.*'],
    ['include/drm/drm', 'include/drm/drm'],
  ])('kernelRegex(%j) is %j (. escaped, * → .*, ? → ., the rest left as regex)', (text, regex) => {
    expect(kernelRegex(text)).toBe(regex);
  });

  it.each([
    ['include/drm/drm', 3],
    ['drivers/net/', 2],
    ['drivers/net/*', 3],
    ['rust/', 1],
    ['MAINTAINERS', 1],
    ['.*', -1],
    ['.*/', -1],
    ['.*/net/.*', -1],
  ])('kernelSpecificity(%j) is %d', (regex, specificity) => {
    expect(kernelSpecificity(regex)).toBe(specificity);
  });

  it.each([
    ['rust', true],
    ['drivers/net/ethernet/3com', true],
    ['drivers/net/', false],
    ['arch/x86/boot/compressed/vmlinux.lds.S', false],
    ['drivers/scsi/3w-*', false],
    ['drivers/input/misc/da72??', false],
    ['', false],
  ])('mayNameDirectory(%j) is %s (-d runs on the escaped text)', (text, expected) => {
    expect(mayNameDirectory(text)).toBe(expected);
  });

  it.each([
    [
      'include/drm/drm',
      {
        regex: 'include/drm/drm',
        directory: false,
        slashes: 2,
        specificity: 3,
        shape: 'literal',
        head: 'include/drm/drm',
      },
    ],
    ['rust', { regex: 'rust/', directory: true, slashes: 1, specificity: 1, shape: 'literal', head: 'rust/' }],
    ['rustc', { regex: 'rustc', directory: false, slashes: 0, specificity: 1, shape: 'literal', head: 'rustc' }],
    [
      'drivers/net/',
      { regex: 'drivers/net/', directory: true, slashes: 2, specificity: 2, shape: 'literal', head: 'drivers/net/' },
    ],
    [
      'drivers/net/*',
      {
        regex: 'drivers/net/.*',
        directory: false,
        slashes: 2,
        specificity: 3,
        shape: 'wildcard',
        head: 'drivers/net/',
      },
    ],
    [
      'drivers/net/*/',
      {
        regex: 'drivers/net/.*/',
        directory: true,
        slashes: 3,
        specificity: 3,
        shape: 'wildcard',
        head: 'drivers/net/',
      },
    ],
    [
      'sound/soc/codecs/da[79]*.[ch]',
      {
        regex: 'sound/soc/codecs/da[79].*\\.[ch]',
        directory: false,
        slashes: 3,
        specificity: 4,
        shape: 'wildcard',
        head: 'sound/soc/codecs/',
      },
    ],
    [
      'drivers/foo[ab]',
      { regex: 'drivers/foo[ab]/', directory: true, slashes: 2, specificity: 2, shape: 'wildcard', head: 'drivers/' },
    ],
    ['*', { regex: '.*', directory: false, slashes: 0, specificity: -1, shape: 'residual', head: '' }],
    ['*/', { regex: '.*/', directory: true, slashes: 1, specificity: -1, shape: 'residual', head: '' }],
    [
      'drivers/(a|b)/',
      { regex: 'drivers/(a|b)/', directory: true, slashes: 2, specificity: 2, shape: 'residual', head: '' },
    ],
    ['a.c', { regex: 'a\\.c', directory: false, slashes: 0, specificity: 1, shape: 'literal', head: 'a.c' }],
  ])('readKernelPattern(%j)', (text, expected) => {
    expect(readKernelPattern(text, isDirectory)).toEqual(expected);
  });

  it('readKernelPattern asks about directories only where get_maintainer.pl runs -d', () => {
    const asked: string[] = [];
    const record = (pattern: string) => {
      asked.push(pattern);
      return false;
    };
    for (const text of ['rust', 'rust/', 'a.c', 'drivers/*', 'da72??', '']) readKernelPattern(text, record);
    expect(asked).toEqual(['rust']);
  });
});
