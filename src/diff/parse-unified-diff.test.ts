import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { formatSourceError } from '../errors.js';
import { parseUnifiedDiff } from './parse-unified-diff.js';
import type { ChangedFile, ChangeSet } from './types.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The files without their hunks, for the tests about paths and statuses (the hunks have their own tests). */
function withoutHunks(files: readonly ChangedFile[]): ChangedFile[] {
  return files.map((file) => {
    const copy = { ...file };
    delete copy.hunks;
    return copy;
  });
}

const pathsAndLines = (value: ChangeSet): ChangeSet => ({ ...value, files: withoutHunks(value.files) });

const PHY_DRIVER_LINES = [
  'choice',
  '\tprompt "Implementation options"',
  '\tdepends on AX88796B_PHY',
  '\thelp',
  '\t  There are two implementations for the Asix PHY driver: C and Rust.',
  '',
  'config AX88796B_RUST_PHY',
  '\tbool "The Rust version"',
  '\tdepends on RUST_PHYLIB_ABSTRACTIONS',
  '\thelp',
  '\t  Uses the Rust reference driver for Asix PHYs (ax88796b_rust.ko).',
  '',
  'endchoice',
  '',
  'obj-$(CONFIG_AX88796B_PHY)\t+= ax88796b.o',
  'ifdef CONFIG_AX88796B_RUST_PHY',
  '  obj-$(CONFIG_AX88796B_PHY)\t+= ax88796b_rust.o',
  'else',
  '  obj-$(CONFIG_AX88796B_PHY)\t+= ax88796b.o',
  'endif',
  '// SPDX-License-Identifier: GPL-2.0',
  '',
  '//! Rust Asix PHYs driver.',
  'use kernel::net::phy::{self, DeviceId, Driver};',
  'use kernel::prelude::*;',
  '',
  'kernel::module_phy_driver! {',
  '    drivers: [PhyAX88772A],',
  '    device_table: [DeviceId::new_with_driver::<PhyAX88772A>()],',
  '    name: "rust_asix_phy",',
  '    license: "GPL",',
  '}',
  '',
  'struct PhyAX88772A;',
  '',
  '#[vtable]',
  'impl Driver for PhyAX88772A {',
  '    const NAME: &\'static CStr = c_str!("Asix Electronics AX88772A");',
  '    const PHY_DEVICE_ID: DeviceId = DeviceId::new_with_exact_mask(0x003b1861);',
  '',
  '    fn soft_reset(dev: &mut phy::Device) -> Result {',
  '        dev.genphy_soft_reset()',
  '    }',
  '}',
];

const SERIES_LINES = [
  '',
  "    /// Reads the link partner's advertisement.",
  '    pub fn genphy_read_lpa(&mut self) -> Result<bool> {',
  '        let phydev = self.0.get();',
  '        let ret = unsafe { bindings::genphy_read_lpa(phydev) };',
  '        to_result(ret).map(|_| ret > 0)',
  '    }',
  '',
  '    fn read_status(dev: &mut phy::Device) -> Result<u16> {',
  '        dev.genphy_read_lpa()?;',
  '        Ok(0)',
  '    }',
];

const fixtureCases: [string, string, ChangeSet][] = [
  [
    'a format-patch mail: [PATCH …] prefix stripped, folded Subject unfolded, body up to ---',
    'ax88796b-rust.patch',
    {
      files: [
        { path: 'drivers/net/phy/Kconfig', status: 'modified' },
        { path: 'drivers/net/phy/Makefile', status: 'modified' },
        { path: 'drivers/net/phy/ax88796b_rust.rs', status: 'added' },
      ],
      title: 'net: phy: add Rust Asix PHY driver as the reference driver for the PHY abstractions',
      body:
        'This is the Rust implementation of drivers/net/phy/ax88796b.c. The\n' +
        'features are equivalent. You can choose C or Rust version in kernel\n' +
        'configuration.\n\n' +
        'Signed-off-by: Ada Example <ada@example.org>\n' +
        'Reviewed-by: Bo Example <bo@example.org>',
      diffLines: PHY_DRIVER_LINES,
    },
  ],
  [
    'a series with a cover letter: its subject is the title, each patch adds subject and body',
    'phy-series.mbox',
    {
      files: [
        { path: 'rust/kernel/net/phy.rs', status: 'modified' },
        { path: 'drivers/net/phy/ax88796b_rust.rs', status: 'modified' },
      ],
      title: "rust: net::phy: read the link partner's abilities",
      body: [
        "The Asix PHY driver needs the link partner's advertisement; this adds\nthe abstraction and uses it.\n\n" +
          'Ada Example (1):\n  rust: net::phy: add Device::genphy_read_lpa\n\n' +
          'Zoë Example (1):\n  net: phy: ax88796b_rust: read the link partner’s abilities\n\n' +
          ' drivers/net/phy/ax88796b_rust.rs | 5 +++++\n rust/kernel/net/phy.rs           | 7 +++++++\n' +
          ' 2 files changed, 12 insertions(+)',
        'rust: net::phy: add Device::genphy_read_lpa',
        "Wraps genphy_read_lpa() so that drivers can read the link partner's\nabilities without unsafe code.\n\n" +
          'Signed-off-by: Ada Example <ada@example.org>',
        'net: phy: ax88796b_rust: read the link partner’s abilities',
        'Use the new Device::genphy_read_lpa() in read_status.\n\nSigned-off-by: Zoë Example <zoe@example.org>',
      ].join('\n\n'),
      diffLines: SERIES_LINES,
    },
  ],
  [
    'a git diff with a binary patch, renames (pure and edited), a deletion, an empty new file, a copy, a mode change',
    'rename-copy-mode-binary.diff',
    {
      files: [
        { path: 'Documentation/networking/phy-states.png', status: 'modified', binary: true },
        {
          path: 'Documentation/networking/phylib.rst',
          status: 'renamed',
          previousPath: 'Documentation/networking/phy.rst',
        },
        { path: 'drivers/net/phy/README.old', status: 'removed' },
        { path: 'drivers/net/phy/legacy/.gitignore', status: 'added' },
        { path: 'drivers/net/phy/legacy/ax88796b.c', status: 'renamed', previousPath: 'drivers/net/phy/ax88796b.c' },
        { path: 'rust/kernel/net/phy/reg.rs', status: 'copied', previousPath: 'rust/kernel/net/phy.rs' },
        { path: 'scripts/generate_rust_analyzer.py', status: 'changed' },
      ],
      title: '',
      body: '',
      diffLines: [
        'obsolete notes',
        '/* Driver for Asix PHYs */',
        '/* Driver for Asix PHYs (legacy C version) */',
        '//! Network PHY device.',
        '//! PHY register access.',
      ],
    },
  ],
  [
    'paths with spaces, octal-escaped UTF-8, quotes and tabs',
    'unicode-space-paths.diff',
    {
      files: [
        { path: 'Documentation/images/phy layout.png', status: 'modified', binary: true },
        { path: 'Documentation/translations/zh_CN/rust/简介.rst', status: 'modified' },
        { path: 'samples/rust/hello wörld.rs', status: 'added' },
        { path: 'scripts/run checks.sh', status: 'changed' },
        { path: 'tools/net/my notes (old).txt', status: 'renamed', previousPath: 'tools/net/my notes.txt' },
        { path: 'tools/say "hi".txt', status: 'added' },
        { path: 'tools/tab\tname.txt', status: 'added' },
      ],
      title: '',
      body: '',
      diffLines: ['', 'Rust 支持。', '// SPDX-License-Identifier: GPL-2.0', '', '//! Hello, wörld.', 'hi', 'tab'],
    },
  ],
  [
    "content lines that look like headers ('--- ', '+++ ', '-- ') stay content while the hunk counts",
    'hunk-lines-look-like-headers.patch',
    {
      files: [
        { path: 'Documentation/process/sig.txt', status: 'modified' },
        { path: 'tools/testing/selftests/patch/merge.expect', status: 'modified' },
      ],
      title: 'selftests: patch: both parents now add old_state',
      body:
        'The expected combined diff changes: old_state is added by both sides.\n' +
        'Also drop the signature from the sample reply.',
      diffLines: ['-- ', 'Ada Example', '-- int old_state;', '++ int old_state;'],
    },
  ],
  [
    'diff -ruN without git headers: -p1 names, timestamps dropped, epoch dates mean created/deleted',
    'quilt-style.diff',
    {
      files: [
        { path: 'Documentation/logo.gif', status: 'modified', binary: true },
        { path: 'drivers/net/phy/Kconfig', status: 'modified' },
        { path: 'drivers/net/phy/TODO', status: 'removed' },
        { path: 'drivers/net/phy/ax88796b_rust.rs', status: 'added' },
      ],
      title: '',
      body: '',
      diffLines: ['\tdepends on PHYLIB', 'stale', '// SPDX-License-Identifier: GPL-2.0', '//! Rust Asix PHYs driver.'],
    },
  ],
];

describe('parseUnifiedDiff', () => {
  it.each(fixtureCases)('parseUnifiedDiff reads %s', (_what, name, expected) => {
    const parsed = parseUnifiedDiff(fixture(name), name);
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.warnings).toStrictEqual([]);
    expect(pathsAndLines(parsed.value)).toStrictEqual(expected);
  });

  it('parseUnifiedDiff joins the subjects of a series without a cover letter', () => {
    const mails = fixture('phy-series.mbox').split(/^(?=From [0-9a-f]{40} )/m);
    expect(mails).toHaveLength(3);
    const parsed = parseUnifiedDiff(mails[1] + mails[2], 'series.mbox');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.value.title).toBe(
      'rust: net::phy: add Device::genphy_read_lpa; net: phy: ax88796b_rust: read the link partner’s abilities',
    );
    expect(parsed.value.body).toBe(
      "Wraps genphy_read_lpa() so that drivers can read the link partner's\nabilities without unsafe code.\n\n" +
        'Signed-off-by: Ada Example <ada@example.org>\n\n' +
        'Use the new Device::genphy_read_lpa() in read_status.\n\nSigned-off-by: Zoë Example <zoe@example.org>',
    );
    expect(parsed.value.files.map((file) => file.path)).toStrictEqual([
      'rust/kernel/net/phy.rs',
      'drivers/net/phy/ax88796b_rust.rs',
    ]);
  });

  it('parseUnifiedDiff keeps the strongest status when a series touches a path twice', () => {
    const series = fixture('ax88796b-rust.patch') + fixture('phy-series.mbox');
    const parsed = parseUnifiedDiff(series, 'all.mbox');
    expect(withoutHunks(parsed.value.files)).toStrictEqual([
      { path: 'drivers/net/phy/Kconfig', status: 'modified' },
      { path: 'drivers/net/phy/Makefile', status: 'modified' },
      { path: 'drivers/net/phy/ax88796b_rust.rs', status: 'added' },
      { path: 'rust/kernel/net/phy.rs', status: 'modified' },
    ]);
    expect(parsed.value.title).toBe("rust: net::phy: read the link partner's abilities");
  });

  it('parseUnifiedDiff reads a mail with CRLF line ends', () => {
    const parsed = parseUnifiedDiff(fixture('ax88796b-rust.patch').replace(/\n/g, '\r\n'), 'crlf.patch');
    expect(parsed.errors).toStrictEqual([]);
    expect(pathsAndLines(parsed.value)).toStrictEqual(fixtureCases[0][2]);
  });

  it('parseUnifiedDiff reports bad paths (.., absolute) and still routes spaces and unicode', () => {
    const parsed = parseUnifiedDiff(fixture('bad-paths.diff'), 'bad-paths.diff');
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      `bad-paths.diff:4:5: '..' segment: not a path inside the repository: "b/../../etc/passwd"`,
      'bad-paths.diff:9:5: absolute path: give it relative to the repository root: "/etc/shadow"',
    ]);
    expect(withoutHunks(parsed.value.files)).toStrictEqual([
      { path: 'drivers/net/phy/réseau phy.c', status: 'modified' },
    ]);
  });

  it.each([
    ['prose with stray ---/+++ lines', fixture('not-a-patch.txt')],
    ['an empty file', ''],
    ['only blank lines', '\n\n\r\n'],
    ['a cover letter alone', fixture('phy-series.mbox').split(/^(?=From [0-9a-f]{40} )/m)[0]],
  ])('parseUnifiedDiff rejects %s as NOT_A_PATCH', (_what, text) => {
    const parsed = parseUnifiedDiff(text, 'input.txt');
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      "input.txt:1:1: not a patch: no 'diff --git' or '---/+++' header found",
    ]);
    expect(parsed.value.files).toStrictEqual([]);
  });

  it.each<[string, string, Partial<ChangeSet>]>([
    [
      'a plain diff -u between two names, -p1 stripped',
      '--- a/rust/kernel/str.rs\n+++ b/rust/kernel/str.rs\n@@ -1 +1 @@\n-old\n+new\n',
      { files: [{ path: 'rust/kernel/str.rs', status: 'modified' }], diffLines: ['old', 'new'] },
    ],
    [
      'an empty context line whose space a mailer stripped',
      'diff --git a/Kconfig b/Kconfig\n--- a/Kconfig\n+++ b/Kconfig\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\ndiff --git a/x b/x\n' +
        'deleted file mode 100644\n',
      {
        files: [
          { path: 'Kconfig', status: 'modified' },
          { path: 'x', status: 'removed' },
        ],
        diffLines: ['b', 'c'],
      },
    ],
    [
      '"\\ No newline at end of file" inside and after a hunk',
      'diff --git a/MAINTAINERS b/MAINTAINERS\n--- a/MAINTAINERS\n+++ b/MAINTAINERS\n@@ -1 +1 @@\n-F:\trust/\n' +
        '\\ No newline at end of file\n+F:\trust/\n\\ No newline at end of file\n',
      { files: [{ path: 'MAINTAINERS', status: 'modified' }], diffLines: ['F:\trust/', 'F:\trust/'] },
    ],
    [
      'a mode change of a spaced name: the name comes from where both halves of the header agree',
      'diff --git a/scripts/a b c.sh b/scripts/a b c.sh\nold mode 100644\nnew mode 100755\n',
      { files: [{ path: 'scripts/a b c.sh', status: 'changed' }], diffLines: [] },
    ],
    [
      'a mode change with a content change: modified',
      'diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n--- a/run.sh\n+++ b/run.sh\n@@ -1 +1 @@\n-a\n+b\n',
      { files: [{ path: 'run.sh', status: 'modified' }], diffLines: ['a', 'b'] },
    ],
    [
      'an in-body From:/Subject: (patch sent on behalf of its author): the in-body Subject wins',
      'From: Bo <bo@example.org>\nSubject: [PATCH] wrong\n\nFrom: Ada <ada@example.org>\nSubject: [PATCH] rust: fix str\n\n' +
        'Body.\n---\n--- a/rust/str.rs\n+++ b/rust/str.rs\n@@ -1 +1 @@\n-a\n+b\n',
      { title: 'rust: fix str', body: 'Body.', files: [{ path: 'rust/str.rs', status: 'modified' }] },
    ],
    [
      'a Q-encoded, folded Subject with a Re: and two bracket groups',
      'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n' +
        'Subject: Re: [RFC] [PATCH v3 1/2] =?UTF-8?q?rust:=20r=C3=A9seau?=\n =?UTF-8?q?=20helpers?=\n\n' +
        'diff --git a/rust/net.rs b/rust/net.rs\n--- a/rust/net.rs\n+++ b/rust/net.rs\n@@ -0,0 +1 @@\n+x\n',
      { title: 'rust: réseau helpers', body: '', files: [{ path: 'rust/net.rs', status: 'modified' }] },
    ],
    [
      'the first mail of a mailbox saved by a mail client (asctime separator)',
      'From ada@example.org Tue Mar  5 10:00:00 2024\nSubject: [PATCH] net: phy: tidy\n\nTidy.\n---\n' +
        '--- a/drivers/net/phy/phy.c\n+++ b/drivers/net/phy/phy.c\n@@ -1 +1 @@\n-a\n+b\n',
      { title: 'net: phy: tidy', body: 'Tidy.', files: [{ path: 'drivers/net/phy/phy.c', status: 'modified' }] },
    ],
  ])('parseUnifiedDiff reads %s', (_what, text, expected) => {
    const parsed = parseUnifiedDiff(text, 'x.patch');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.warnings).toStrictEqual([]);
    expect(parsed.value).toMatchObject(expected);
  });

  it.each([
    [
      'a combined diff of a merge',
      'diff --cc drivers/net/phy/phy.c\nindex 1,2..3\n--- a/drivers/net/phy/phy.c\n+++ b/drivers/net/phy/phy.c\n@@@ -1,1 -1,1 +1,1 @@@\n- a\n +b\n',
      'x.patch:1:1: combined diff of a merge commit is not supported: give the diff of BASE..HEAD (e.g. --git BASE..HEAD)',
    ],
    [
      'an unterminated quoted name',
      'diff --git "a/x b/x\n--- "a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n',
      'x.patch:2:5: unterminated quoted file name',
    ],
    [
      'a header whose two names differ and nothing else names the file',
      'diff --git a/one two b/three four\nold mode 100644\nnew mode 100755\n',
      'x.patch:1:12: cannot tell the file name from "diff --git a/one two b/three four": no ---/+++ or rename lines',
    ],
    [
      'a hunk header without counts',
      'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -a +b @@\n-a\n+b\n',
      'x.patch:4:1: bad hunk header "@@ -a +b @@": expected "@@ -a,b +c,d @@"',
    ],
  ])('parseUnifiedDiff reports %s', (_what, text, message) => {
    expect(parseUnifiedDiff(text, 'x.patch').errors.map(formatSourceError)).toStrictEqual([message]);
  });

  it('parseUnifiedDiff warns about a hunk cut short and keeps the file', () => {
    const parsed = parseUnifiedDiff('--- a/x.c\n+++ b/x.c\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n', 'cut.diff');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.warnings.map(formatSourceError)).toStrictEqual([
      'cut.diff:3:1: hunk "@@ -1,3 +1,3 @@" ends early (1 old and 1 new lines missing): truncated or hand-edited patch?',
    ]);
    expect(parsed.value.files).toStrictEqual([
      { path: 'x.c', status: 'modified', hunks: [{ oldStart: 1, newStart: 1, lines: [' a', '-b', '+c'] }] },
    ]);
  });

  it('parseUnifiedDiff never throws, and every problem points at a line of the input', () => {
    const fragments = [
      'From 6912cd5c3a1ef7a95fa85d83e24b8641f1281f9e Mon Sep 17 00:00:00 2001',
      'Subject: [PATCH 1/2] x',
      ' folded',
      '---',
      '-- ',
      'diff --git a/x y b/x y',
      'diff --git "a/\\303" b/z',
      'diff --cc x',
      '--- a/x',
      '+++ b/../x',
      '+++ /dev/null',
      '@@ -1,2 +1 @@',
      '@@ -0,0 +1,3 @@',
      '@@ bad',
      'rename from /abs',
      'copy to "unterminated',
      'GIT binary patch',
      'literal 3',
      'Binary files a/x and /dev/null differ',
      '\\ No newline at end of file',
      '',
      '+added',
      '-removed',
      ' context',
    ];
    const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const parsed = parseUnifiedDiff(text, 'fuzz.patch');
        const lineCount = Math.max(1, text.split('\n').length);
        for (const problem of [...parsed.errors, ...parsed.warnings]) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
          expect(problem.col).toBeGreaterThanOrEqual(1);
        }
        for (const file of parsed.value.files) expect(file.path).not.toMatch(/(^|\/)\.\.(\/|$)|^\//);
      }),
      { numRuns: 500 },
    );
  });

  it('parseUnifiedDiff gives each file with diff text its hunks, and none to a pure rename or binary file', () => {
    const text = [
      'diff --git a/rust/kernel/str.rs b/rust/kernel/str.rs',
      'index 1111111..2222222 100644',
      '--- a/rust/kernel/str.rs',
      '+++ b/rust/kernel/str.rs',
      '@@ -10,3 +10,4 @@ impl CStr {',
      '     fn len(&self) -> usize {',
      '',
      '-        self.0.len()',
      '+        // SAFETY: the invariant says so.',
      '+        unsafe { self.len_unchecked() }',
      '\\ No newline at end of file',
      'diff --git a/rust/old.rs b/rust/new.rs',
      'similarity index 100%',
      'rename from rust/old.rs',
      'rename to rust/new.rs',
      'diff --git a/logo.png b/logo.png',
      'Binary files a/logo.png and b/logo.png differ',
      '',
    ].join('\n');
    const parsed = parseUnifiedDiff(text, 'x.diff');
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.value.files).toStrictEqual([
      {
        path: 'rust/kernel/str.rs',
        status: 'modified',
        hunks: [
          {
            oldStart: 10,
            newStart: 10,
            lines: [
              '     fn len(&self) -> usize {',
              ' ',
              '-        self.0.len()',
              '+        // SAFETY: the invariant says so.',
              '+        unsafe { self.len_unchecked() }',
            ],
          },
        ],
      },
      { path: 'rust/new.rs', previousPath: 'rust/old.rs', status: 'renamed' },
      { path: 'logo.png', status: 'modified', binary: true },
    ]);
    expect(parsed.value.diffLines).toStrictEqual([
      '        self.0.len()',
      '        // SAFETY: the invariant says so.',
      '        unsafe { self.len_unchecked() }',
    ]);
  });

  it('parseUnifiedDiff concatenates the hunks of a file that several patches of a series touch', () => {
    const first = fixture('ax88796b-rust.patch');
    const second = fixture('phy-series.mbox');
    const hunksOf = (text: string): unknown =>
      parseUnifiedDiff(text, 'x.mbox').value.files.find((file) => file.path === 'drivers/net/phy/ax88796b_rust.rs')
        ?.hunks;
    const both = hunksOf(first + second) as unknown[];
    expect(both).toStrictEqual([...(hunksOf(first) as unknown[]), ...(hunksOf(second) as unknown[])]);
    expect((hunksOf(first) as unknown[]).length).toBeGreaterThan(0);
    expect((hunksOf(second) as unknown[]).length).toBeGreaterThan(0);
  });

  it('parseUnifiedDiff keeps hunks of a diff -u without git headers, and of a deleted file', () => {
    const text = '--- a/x.rs\t2024-01-01 00:00:00\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n';
    expect(parseUnifiedDiff(text, 'x.diff').value.files).toStrictEqual([
      { path: 'x.rs', status: 'removed', hunks: [{ oldStart: 1, newStart: 0, lines: ['-a', '-b'] }] },
    ]);
  });
});
