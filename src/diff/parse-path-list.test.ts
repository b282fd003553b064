import { formatSourceError } from '../errors.js';
import { normalizeRepoPath, parsePathList, validateRepoPath } from './parse-path-list.js';

describe('parse-path-list', () => {
  it.each([
    ['drivers/net/phy/ax88796b_rust.rs', null],
    ['Documentation/translations/zh_CN/rust/简介.rst', null],
    ['tools/net/my notes (old).txt', null],
    ['..foo/bar..', null],
    ['', 'empty path'],
    ['/etc/passwd', 'absolute path: give it relative to the repository root'],
    ['drivers/../MAINTAINERS', "'..' segment: not a path inside the repository"],
    ['..', "'..' segment: not a path inside the repository"],
    ['rust/./kernel', "'.' segment: not a normalized path"],
    ['rust//kernel', "empty segment ('//'): not a normalized path"],
    ['rust/kernel/', "ends with '/': a directory, not a file"],
    ['rust\0kernel', 'contains a NUL byte'],
  ])('validateRepoPath(%j) → %j (paths read from a patch)', (path, expected) => {
    expect(validateRepoPath(path)).toBe(expected);
  });

  it.each([
    ['drivers/net/phy/ax88796b_rust.rs', undefined, { path: 'drivers/net/phy/ax88796b_rust.rs' }],
    ['./rust/kernel/str.rs', undefined, { path: 'rust/kernel/str.rs' }],
    ['././a b/c', undefined, { path: 'a b/c' }],
    ['rust//kernel/./str.rs', undefined, { path: 'rust/kernel/str.rs' }],
    ['rust/', undefined, { path: 'rust/' }],
    ['./kernel/dma/.', undefined, { path: 'kernel/dma/' }],
    ['..foo/bar..', undefined, { path: '..foo/bar..' }],
    ['/work/linux/rust/Makefile', '/work/linux', { path: 'rust/Makefile' }],
    ['/work/linux/drivers/net/phy/', '/work/linux/', { path: 'drivers/net/phy/' }],
    [
      '/etc/passwd',
      '/work/linux',
      { problem: "absolute path outside the tree /work/linux: give it relative to the tree's root" },
    ],
    [
      '/work/linuxish/x',
      '/work/linux',
      { problem: "absolute path outside the tree /work/linux: give it relative to the tree's root" },
    ],
    [
      '/etc/passwd',
      undefined,
      { problem: "absolute path outside the repository: give it relative to the tree's root" },
    ],
    ['rust/../MAINTAINERS', undefined, { problem: "'..' segment: not a path inside the repository" }],
    ['./', undefined, { problem: 'names the whole tree, not a path in it' }],
    ['', undefined, { problem: 'empty path' }],
  ])('normalizeRepoPath(%j, %j) → %j, as get_maintainer.pl canonicalises -f', (path, root, expected) => {
    expect(normalizeRepoPath(path, root)).toEqual(expected);
  });

  it('parsePathList reads one path a line: CRLF, blanks around it, blank lines and # comments, ./, duplicates once', () => {
    const text =
      './rust/kernel/str.rs\r\n\r\n# the C side\n  MAINTAINERS \n   \nsamples/rust/hello wörld.rs\nMAINTAINERS\n././a b/c\n\tkernel/dma/\n';
    expect(parsePathList(text, 'list.txt')).toStrictEqual({
      value: [
        { path: 'rust/kernel/str.rs', status: 'modified' },
        { path: 'MAINTAINERS', status: 'modified' },
        { path: 'samples/rust/hello wörld.rs', status: 'modified' },
        { path: 'a b/c', status: 'modified' },
        { path: 'kernel/dma/', status: 'modified' },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('parsePathList reads git diff -z: NUL-separated, every field as it is', () => {
    const text = 'rust/kernel/str.rs\0 leading space.rs\0# not a comment\0\0drivers/net/\0';
    expect(parsePathList(text, '-').value.map((file) => file.path)).toStrictEqual([
      'rust/kernel/str.rs',
      ' leading space.rs',
      '# not a comment',
      'drivers/net/',
    ]);
  });

  it('parsePathList makes absolute paths inside the tree relative to it', () => {
    const parsed = parsePathList('/work/linux/rust/kernel/str.rs\n/tmp/x.c\n', 'list.txt', '/work/linux');
    expect(parsed.value.map((file) => file.path)).toStrictEqual(['rust/kernel/str.rs']);
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      `list.txt:2:1: absolute path outside the tree /work/linux: give it relative to the tree's root: "/tmp/x.c"`,
    ]);
  });

  it('parsePathList unquotes the C-quoted names git diff --name-only prints for non-ASCII paths', () => {
    const text = '"samples/rust/hello w\\303\\266rld.rs"\n"tools/say \\"hi\\".txt"\n"not closed\n';
    expect(parsePathList(text, '-').value).toStrictEqual([
      { path: 'samples/rust/hello wörld.rs', status: 'modified' },
      { path: 'tools/say "hi".txt', status: 'modified' },
      { path: '"not closed', status: 'modified' },
    ]);
  });

  it('parsePathList reports each bad line with its number and keeps the good ones', () => {
    const parsed = parsePathList('rust/kernel/str.rs\n../secret\n/etc/passwd\nok.rs\n', 'list.txt');
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      `list.txt:2:1: '..' segment: not a path inside the repository: "../secret"`,
      `list.txt:3:1: absolute path outside the repository: give it relative to the tree's root: "/etc/passwd"`,
    ]);
    expect(parsed.value.map((file) => file.path)).toStrictEqual(['rust/kernel/str.rs', 'ok.rs']);
  });

  it('parsePathList reads a 100,000-line list', () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `drivers/net/phy/gen/file_${i}.c`);
    const parsed = parsePathList(paths.join('\n') + '\n', 'big.txt');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.value).toHaveLength(100_000);
    expect(parsed.value[99_999]).toStrictEqual({ path: 'drivers/net/phy/gen/file_99999.c', status: 'modified' });
  });
});
