import { formatSourceError } from '../errors.js';
import { parseNameStatus } from './parse-name-status.js';

describe('parseNameStatus', () => {
  it('parseNameStatus reads every status, renames and copies with their source, names verbatim', () => {
    const output = [
      'A',
      'samples/rust/hello wörld.rs',
      'C075',
      'rust/kernel/net/phy.rs',
      'rust/kernel/net/phy/reg.rs',
      'D',
      'drivers/net/phy/README.old',
      'M',
      'tools/tab\tname.txt',
      'R100',
      'tools/net/my notes.txt',
      'tools/net/my notes (old).txt',
      'T',
      'scripts/link',
      '',
    ].join('\0');
    const parsed = parseNameStatus(output, '--git');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.value).toStrictEqual([
      { path: 'samples/rust/hello wörld.rs', status: 'added' },
      { path: 'rust/kernel/net/phy/reg.rs', previousPath: 'rust/kernel/net/phy.rs', status: 'copied' },
      { path: 'drivers/net/phy/README.old', status: 'removed' },
      { path: 'tools/tab\tname.txt', status: 'modified' },
      { path: 'tools/net/my notes (old).txt', previousPath: 'tools/net/my notes.txt', status: 'renamed' },
      { path: 'scripts/link', status: 'changed' },
    ]);
  });

  it('parseNameStatus reads empty output as no files', () => {
    expect(parseNameStatus('', '--git')).toStrictEqual({ value: [], errors: [], warnings: [] });
  });

  it.each([
    ['an unknown status', 'X\0weird\0', 'unexpected git diff --name-status record "X"'],
    ['a rename missing its new name', 'R090\0old.rs\0', 'unexpected git diff --name-status record "R090"'],
  ])('parseNameStatus reports %s', (_what, output, message) => {
    expect(parseNameStatus(output, '--git').errors.map(formatSourceError)).toStrictEqual([`--git:1:1: ${message}`]);
  });
});
