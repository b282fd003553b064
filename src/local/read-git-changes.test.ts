import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSourceError } from '../errors.js';
import type { ChangedFile } from '../diff/types.js';
import { readGitChanges } from './read-git-changes.js';

/** The hunks of the new Rust driver, as both single-commit ranges below read them. */
const DRIVER_ADDED: ChangedFile = {
  path: 'drivers/net/phy/ax88796b_rust.rs',
  status: 'added',
  hunks: [{ oldStart: 0, newStart: 1, lines: ['+//! Rust Asix PHYs driver.', '+use kernel::net::phy;'] }],
};

/** The files without their hunks, for the tests about paths and statuses. */
function withoutHunks(files: readonly ChangedFile[]): ChangedFile[] {
  return files.map((file) => {
    const copy = { ...file };
    delete copy.hunks;
    return copy;
  });
}

/** Commits need an identity and must not depend on the machine's git config. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Example',
  GIT_AUTHOR_EMAIL: 'ada@example.org',
  GIT_COMMITTER_NAME: 'Ada Example',
  GIT_COMMITTER_EMAIL: 'ada@example.org',
  GIT_AUTHOR_DATE: '2024-03-04T10:00:00+0100',
  GIT_COMMITTER_DATE: '2024-03-04T10:00:00+0100',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

const PHY_RS = [
  '// SPDX-License-Identifier: GPL-2.0',
  '',
  '//! Network PHY device.',
  '',
  '/// An instance of a PHY device.',
  'pub struct Device(Opaque<bindings::phy_device>);',
  '',
  'impl Device {',
  '    /// Gets the id of the PHY.',
  '    pub fn phy_id(&self) -> u32 {',
  '        let phydev = self.0.get();',
  '        unsafe { (*phydev).phy_id }',
  '    }',
  '}',
  '',
].join('\n');

let repo: string;
let elsewhere: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
}

function write(path: string, content: string | Buffer): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'rpr-git-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'rpr-nogit-'));
  git('init', '-q', '-b', 'main');
  write(
    'drivers/net/phy/ax88796b.c',
    '// SPDX-License-Identifier: GPL-2.0\n/* Driver for Asix PHYs */\n#include <linux/phy.h>\n\nMODULE_LICENSE("GPL");\n',
  );
  write('rust/kernel/net/phy.rs', PHY_RS);
  write(
    'Documentation/networking/phy-states.png',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x10]),
  );
  write('MAINTAINERS', 'ETHERNET PHY LIBRARY\nF:\tdrivers/net/phy/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base tree');
  git('tag', 'base');

  git('checkout', '-q', '-b', 'side');
  write('MAINTAINERS', 'ETHERNET PHY LIBRARY\nF:\tdrivers/net/phy/\nF:\trust/kernel/net/phy.rs\n');
  git('commit', '-q', '-am', 'MAINTAINERS: phy: add the Rust abstractions');
  git('checkout', '-q', 'main');

  mkdirSync(join(repo, 'drivers/net/phy/legacy'));
  git('mv', 'drivers/net/phy/ax88796b.c', 'drivers/net/phy/legacy/ax88796b.c');
  write('rust/kernel/net/phy/reg.rs', PHY_RS.replace('Network PHY device.', 'PHY register access.'));
  write('rust/kernel/net/phy.rs', PHY_RS + '\npub mod reg;\n');
  write(
    'Documentation/networking/phy-states.png',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x20]),
  );
  write('samples/rust/hello wörld.rs', '//! Hello, wörld.\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'net: phy: move the C driver aside\n\nMakes room for the Rust driver.');

  write('drivers/net/phy/ax88796b_rust.rs', '//! Rust Asix PHYs driver.\nuse kernel::net::phy;\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'net: phy: add Rust Asix PHY driver\n\nReviewed-by: Zoë Example <zoe@example.org>');

  git('checkout', '-q', '--orphan', 'unrelated');
  git('commit', '-q', '--allow-empty', '-m', 'unrelated history');
  git('checkout', '-q', 'main');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('readGitChanges', () => {
  it('readGitChanges lists renames, copies, binary and unicode/space names, and folds the commit messages', () => {
    const parsed = readGitChanges('base..main', repo);
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.warnings).toStrictEqual([]);
    expect({ ...parsed.value, files: withoutHunks(parsed.value.files) }).toStrictEqual({
      files: [
        { path: 'Documentation/networking/phy-states.png', status: 'modified', binary: true },
        { path: 'drivers/net/phy/ax88796b_rust.rs', status: 'added' },
        { path: 'drivers/net/phy/legacy/ax88796b.c', previousPath: 'drivers/net/phy/ax88796b.c', status: 'renamed' },
        { path: 'rust/kernel/net/phy.rs', status: 'modified' },
        { path: 'rust/kernel/net/phy/reg.rs', previousPath: 'rust/kernel/net/phy.rs', status: 'copied' },
        { path: 'samples/rust/hello wörld.rs', status: 'added' },
      ],
      title: 'net: phy: move the C driver aside; net: phy: add Rust Asix PHY driver',
      body: 'Makes room for the Rust driver.\n\nReviewed-by: Zoë Example <zoe@example.org>',
      diffLines: [
        '//! Rust Asix PHYs driver.',
        'use kernel::net::phy;',
        '',
        'pub mod reg;',
        '//! Network PHY device.',
        '//! PHY register access.',
        '//! Hello, wörld.',
      ],
    });
  });

  it('readGitChanges gives each file with diff text its hunks, with three lines of context', () => {
    const files = readGitChanges('base..main', repo).value.files;
    const hunksOf = (path: string): unknown => files.find((file) => file.path === path)?.hunks;
    expect(hunksOf('rust/kernel/net/phy.rs')).toStrictEqual([
      {
        oldStart: 12,
        newStart: 12,
        lines: ['         unsafe { (*phydev).phy_id }', '     }', ' }', '+', '+pub mod reg;'],
      },
    ]);
    expect(hunksOf('drivers/net/phy/ax88796b_rust.rs')).toStrictEqual(DRIVER_ADDED.hunks);
    // A pure rename and a binary file have no diff text, so nothing to check.
    expect(hunksOf('drivers/net/phy/legacy/ax88796b.c')).toBeUndefined();
    expect(hunksOf('Documentation/networking/phy-states.png')).toBeUndefined();
  });

  it('readGitChanges titles a single commit with its subject and body', () => {
    const parsed = readGitChanges('main~1..main', repo);
    expect(parsed.value.title).toBe('net: phy: add Rust Asix PHY driver');
    expect(parsed.value.body).toBe('Reviewed-by: Zoë Example <zoe@example.org>');
    expect(parsed.value.files).toStrictEqual([DRIVER_ADDED]);
  });

  it('readGitChanges diffs BASE...HEAD from the merge base, BASE..HEAD from BASE itself', () => {
    const threeDot = readGitChanges('side...main', repo).value.files.map((file) => file.path);
    const twoDot = readGitChanges('side..main', repo).value.files.map((file) => file.path);
    expect(threeDot).not.toContain('MAINTAINERS');
    expect(twoDot).toContain('MAINTAINERS');
    expect(readGitChanges('side...main', repo).value.title).toBe(readGitChanges('base..main', repo).value.title);
  });

  it('readGitChanges reports paths from the repository root when run in a subdirectory', () => {
    const parsed = readGitChanges('main~1..', join(repo, 'rust'));
    expect(parsed.value.files).toStrictEqual([DRIVER_ADDED]);
  });

  it('readGitChanges keeps the whole file list when the patch text is over its cap, and says so', () => {
    const parsed = readGitChanges('base..main', repo, { maxDiffBytes: 700 });
    expect(parsed.errors).toStrictEqual([]);
    expect(parsed.warnings.map(formatSourceError)).toStrictEqual([
      '--git:1:1: the diff of base..main is over 700 bytes: keywords, binary flags and the Rust checks cover its beginning only',
    ]);
    expect(parsed.value.files.map((file) => file.path)).toStrictEqual(
      readGitChanges('base..main', repo).value.files.map((file) => file.path),
    );
    expect(parsed.value.diffLines.length).toBeLessThan(7);
    // The files past the cut are marked, so a blocking Rust check cannot take them as clean.
    const omitted = parsed.value.files.filter((file) => file.diffOmitted).map((file) => file.path);
    expect(omitted.length).toBeGreaterThan(0);
    expect(readGitChanges('base..main', repo).value.files.some((file) => file.diffOmitted)).toBe(false);
  });

  it('readGitChanges reads an empty range as no change', () => {
    expect(readGitChanges('main..main', repo)).toStrictEqual({
      value: { files: [], title: '', body: '', diffLines: [] },
      errors: [],
      warnings: [],
    });
  });

  it.each([
    ['a range without ..', 'main', '--git:1:1: expected BASE..HEAD or BASE...HEAD, got "main"'],
    ['an unknown head', 'main..nope', "--git:1:7: unknown revision or not a commit: 'nope'"],
    ['an unknown base', 'nope...main', "--git:1:1: unknown revision or not a commit: 'nope'"],
    ['histories without a merge base', 'unrelated...main', "--git:1:1: no merge base between 'unrelated' and 'main'"],
  ])('readGitChanges reports %s', (_what, range, message) => {
    const parsed = readGitChanges(range, repo);
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([message]);
    expect(parsed.value.files).toStrictEqual([]);
  });

  it('readGitChanges never lets a revision act as a git option', () => {
    const target = join(elsewhere, 'written-by-git');
    const parsed = readGitChanges(`--output=${target}..main`, repo);
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      `--git:1:1: unknown revision or not a commit: '--output=${target}'`,
    ]);
    expect(existsSync(target)).toBe(false);
  });

  it("readGitChanges reports git's own message outside a repository", () => {
    const parsed = readGitChanges('main..HEAD', elsewhere);
    expect(parsed.errors.map(formatSourceError)).toStrictEqual([
      '--git:1:1: git rev-parse failed: fatal: not a git repository (or any of the parent directories): .git',
    ]);
  });
});
