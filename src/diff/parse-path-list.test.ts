import { formatSourceError } from '../errors.js';
import { parsePathList, validateRepoPath } from './parse-path-list.js';

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
  ])('validateRepoPath(%j) → %j', (path, expected) => {
    expect(validateRepoPath(path)).toBe(expected);
  });

  it('parsePathList reads one path a line: CRLF, blank lines, ./ prefix, spaces kept, duplicates once', () => {
    const text = './rust/kernel/str.rs\r\n\r\nMAINTAINERS\n   \nsamples/rust/hello wörld.rs\nMAINTAINERS\n././a b/c';
    expect(parsePathList(text, 'list.txt')).toStrictEqual({
      value: [
        { path: 'rust/kernel/str.rs', status: 'modified' },
        { path: 'MAINTAINERS', status: 'modified' },
        { path: 'samples/rust/hello wörld.rs', status: 'modified' },
        { path: 'a b/c', status: 'modified' },
      ],
      errors: [],
      warnings: [],
    });
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
    const parsed = parsePathList('rust/kernel/str.rs\n../secret\n/etc/passwd\nrust\0x\nok.rs\n', 'list.txt');
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      `list.txt:2:1: '..' segment: not a path inside the repository: "../secret"`,
      'list.txt:3:1: absolute path: give it relative to the repository root: "/etc/passwd"',
      'list.txt:4:1: contains a NUL byte: "rust\\u0000x"',
    ]);
    expect(parsed.value.map((file) => file.path)).toStrictEqual(['rust/kernel/str.rs', 'ok.rs']);
  });

  it('parsePathList keeps a trailing space (it may be part of the name) and warns about it', () => {
    const parsed = parsePathList('rust/kernel/str.rs \n', 'list.txt');
    expect(parsed.value).toStrictEqual([{ path: 'rust/kernel/str.rs ', status: 'modified' }]);
    expect(parsed.warnings.map(formatSourceError)).toStrictEqual([
      'list.txt:1:19: path ends with whitespace, kept as is: "rust/kernel/str.rs "',
    ]);
  });

  it('parsePathList reads a 100,000-line list', () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `drivers/net/phy/gen/file_${i}.c`);
    const parsed = parsePathList(paths.join('\n') + '\n', 'big.txt');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.value).toHaveLength(100_000);
    expect(parsed.value[99_999]).toStrictEqual({ path: 'drivers/net/phy/gen/file_99999.c', status: 'modified' });
  });
});
