import { readFileSync } from 'node:fs';
import { parseKernelMaintainers } from './parse-kernel.js';

/** Our own excerpt in the shape of the real file: prose preamble with tab-indented examples, then sections. */
const EXCERPT = [
  'List of maintainers',
  '===================',
  '',
  'Descriptions of section entries and preferred order',
  '',
  '\tM: *Mail* patches to: FullName <address@domain>',
  '\tF: *Files* and directories wildcard patterns.',
  '\t   F:\tdrivers/net/\tall files in and below drivers/net',
  '',
  'Maintainers List',
  '----------------',
  '',
  'ASIX PHY DRIVER [RUST]',
  'M:\tFUJITA Tomonori <fujita.tomonori@gmail.com>',
  'R:\tTrevor Gross <tmgross@umich.edu>',
  'L:\tnetdev@vger.kernel.org',
  'S:\tMaintained',
  'F:\tdrivers/net/phy/ax88796b_rust.rs',
  '',
  'RUST',
  'M:\tMiguel Ojeda <ojeda@kernel.org>',
  'L:\trust-for-linux@vger.kernel.org',
  'S:\tSupported',
  'W:\thttps://rust-for-linux.com',
  'T:\tgit https://github.com/Rust-for-Linux/linux.git rust-next',
  'F:\trust/',
  'X:\trust/kernel/block/',
  'N:\t[^a-z]rust',
  'K:\t\\b(?i:rust)\\b',
  '',
  'THE REST',
  'M:\tLinus Torvalds <torvalds@linux-foundation.org>',
  'L:\tlinux-kernel@vger.kernel.org',
  'S:\tBuried alive in reporters',
  'F:\t*',
  'F:\t*/',
  '',
].join('\n');

describe('parseKernelMaintainers', () => {
  const { value, errors, warnings } = parseKernelMaintainers(EXCERPT, 'MAINTAINERS');

  it('parseKernelMaintainers skips the preamble: its tab-indented examples are not tags', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(value.map((s) => s.name)).toEqual(['ASIX PHY DRIVER [RUST]', 'RUST', 'THE REST']);
  });

  it('parseKernelMaintainers reads every tag with the file:line:col of its value', () => {
    const rust = value[1];
    expect(rust.origin).toEqual({ file: 'MAINTAINERS', line: 20, col: 1 });
    expect(rust.maintainers).toEqual([
      {
        handle: null,
        display: 'Miguel Ojeda <ojeda@kernel.org>',
        email: 'ojeda@kernel.org',
        origin: { file: 'MAINTAINERS', line: 21, col: 4 },
      },
    ]);
    expect(rust.files).toEqual([
      { text: 'rust/', dialect: 'kernel', origin: { file: 'MAINTAINERS', line: 26, col: 4 } },
    ]);
    expect(rust.exclude).toEqual([{ text: 'rust/kernel/block/', dialect: 'kernel', origin: expect.anything() }]);
    expect(rust.names).toEqual([
      { text: '[^a-z]rust', dialect: 'regex', origin: { file: 'MAINTAINERS', line: 28, col: 4 } },
    ]);
    expect(rust.keywords).toEqual([{ text: '\\b(?i:rust)\\b', origin: { file: 'MAINTAINERS', line: 29, col: 4 } }]);
    expect(rust.status).toBe('Supported');
    expect(rust.tags).toEqual({
      L: ['rust-for-linux@vger.kernel.org'],
      S: ['Supported'],
      W: ['https://rust-for-linux.com'],
      T: ['git https://github.com/Rust-for-Linux/linux.git rust-next'],
    });
    expect(value[0].reviewers.map((p) => p.email)).toEqual(['tmgross@umich.edu']);
  });

  it('parseKernelMaintainers leaves the stance unset, even for a [RUST] section (policy assembly decides)', () => {
    expect(value[0].stance).toBeUndefined();
    expect(value[0].labels).toEqual([]);
  });

  it.each([
    [
      'a blank line does not end a section (get_maintainer.pl drops blank lines)',
      'A\nF:\ta/\n\nF:\tb/\n',
      [['A', ['a/', 'b/']]],
    ],
    ['a # comment line is dropped', 'A\n# note\nF:\ta/\n', [['A', ['a/']]]],
    ['a name followed by a name owns nothing', 'Prose\nA\nF:\ta/\n', [['A', ['a/']]]],
    [
      'the next name line ends a section',
      'A\nF:\ta/\nB\nF:\tb/\n',
      [
        ['A', ['a/']],
        ['B', ['b/']],
      ],
    ],
    ['CRLF and trailing blanks are not part of values', 'A  \r\nF:\ta/ \r\n', [['A', ['a/']]]],
    ['a value may follow the colon without whitespace', 'A\nF:a/\n', [['A', ['a/']]]],
  ])('parseKernelMaintainers: %s', (_what, text, expected) => {
    const parsed = parseKernelMaintainers(text, 'M');
    expect(parsed.errors).toEqual([]);
    expect(parsed.value.map((s) => [s.name, s.files.map((f) => f.text)])).toEqual(expected);
  });

  it('parseKernelMaintainers reports a tag line before any section name as TAG_OUTSIDE_SECTION', () => {
    const parsed = parseKernelMaintainers('F:\tdrivers/\n\nA\nF:\ta/\n', 'MAINTAINERS');
    expect(parsed.errors).toEqual([
      { code: 'TAG_OUTSIDE_SECTION', message: 'F: line before any section name', file: 'MAINTAINERS', line: 1, col: 4 },
    ]);
    expect(parsed.value.map((s) => s.name)).toEqual(['A']);
  });

  it.each([
    ['A\nZ:\tsomething\n', 'UNKNOWN_TAG', 'unknown tag Z: in "A" (kept as is)', 2],
    [
      'A\nM:\tNobody in particular\n',
      'BAD_PERSON',
      'M: "Nobody in particular" has no e-mail address to map to GitHub',
      2,
    ],
    ['A\nF:\n', 'BAD_GLOB', 'empty F: pattern in "A" (get_maintainer.pl reads it as every top-level file)', 2],
  ])('parseKernelMaintainers warns on %j', (text, code, message, line) => {
    const parsed = parseKernelMaintainers(text, 'MAINTAINERS');
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([expect.objectContaining({ code, message, line })]);
  });

  it('parseKernelMaintainers keeps every S: of a section that states several, the first as its status', () => {
    const parsed = parseKernelMaintainers('KVM\nS:\tMaintained (HV)\nS:\tOrphan (PR)\n', 'M');
    expect(parsed.value[0].status).toBe('Maintained (HV)');
    expect(parsed.value[0].tags.S).toEqual(['Maintained (HV)', 'Orphan (PR)']);
  });

  it('parseKernelMaintainers parses a 5 MB file in one linear pass', () => {
    const section = (i: number) =>
      `SUBSYSTEM ${i}\nM:\tDev ${i} <dev${i}@example.org>\nL:\tlist${i}@example.org\nS:\tMaintained\n` +
      `F:\tdrivers/sub${i}/\nF:\tinclude/linux/sub${i}*.h\nX:\tdrivers/sub${i}/old/\nN:\tsub${i}\n\n`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      parts.push(section(i));
      size += parts[i].length;
    }
    const parsed = parseKernelMaintainers(parts.join(''), 'BIG');
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toHaveLength(parts.length);
    expect(parsed.value.at(-1)!.files).toHaveLength(2);
  });
});

describe('parseKernelMaintainers on the committed 6.12 excerpt (fixtures/linux-6.12)', () => {
  it('parseKernelMaintainers finds its 54 sections, with no error, the preamble skipped', () => {
    const text = readFileSync(new URL('../../fixtures/linux-6.12/MAINTAINERS', import.meta.url), 'utf8');
    const parsed = parseKernelMaintainers(text, 'MAINTAINERS');
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value).toHaveLength(54);
    expect(parsed.value[0].name).toBe('3C59X NETWORK DRIVER');
    expect(parsed.value.at(-1)!.name).toBe('THE REST');
    expect(parsed.value.at(-1)!.files.map((f) => f.text)).toEqual(['*', '*/']);
    const rust = parsed.value.find((s) => s.name === 'RUST')!;
    expect(rust.keywords.map((k) => k.text)).toEqual(['\\b(?i:rust)\\b']);
  });
});
