import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { readGitTreeFiles } from './read-git-tree-files.js';

/** Commits need an identity and must not depend on the machine's git config. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Example',
  GIT_AUTHOR_EMAIL: 'ada@example.org',
  GIT_COMMITTER_NAME: 'Ada Example',
  GIT_COMMITTER_EMAIL: 'ada@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};
const INTERFACE_FILES = DEFAULT_RUST_REVIEW.interfaceFiles;

let repo: string;
let elsewhere: string;
let base: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' }).trim();
}

function write(path: string, content: string | Buffer): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'rpr-git-tree-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'rpr-no-git-'));
  git('init', '-q', '-b', 'main');
  write('rust/bindings/bindings_helper.h', '#include <linux/phy.h>\n');
  write('rust/helpers/mutex.c', '#include <linux/mutex.h>\n');
  write('rust/helpers/sub/nested.c', '#include <linux/nested.h>\n');
  write('rust/kernel/sync.rs', '//! [`include/linux/mutex.h`](srctree/include/linux/mutex.h)\n');
  write('rust/kernel/a/b/c/d/deep.rs', '//! deep\n');
  write('rust/kernel/ünïcode name.rs', '//! [`include/linux/phy.h`](srctree/include/linux/phy.h)\n');
  write('rust/kernel/logo.rs', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  write('rust/kernel/huge.rs', `//! ${'x'.repeat(600 * 1024)}\n`);
  write('rust/Makefile', 'obj-$(CONFIG_RUST) += core.o\n');
  write('drivers/net/phy/ax88796b_rust.rs', '//! outside the prefix\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  // Later work, in a commit and in the working tree: the reader must see the base commit only.
  write('rust/helpers/mutex.c', '#include <linux/mutex.h>\n#include <linux/lockdep.h>\n');
  write('rust/helpers/blk.c', '#include <linux/blk-mq.h>\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'later');
  write('rust/helpers/page.c', '#include <linux/highmem.h>\n');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('readGitTreeFiles', () => {
  it('readGitTreeFiles reads the matching files of the base commit, not of later commits or the working tree', () => {
    const read = readGitTreeFiles(repo, base, INTERFACE_FILES);
    expect(read).not.toBeNull();
    expect([...(read?.texts.keys() ?? [])]).toEqual([
      'rust/bindings/bindings_helper.h',
      'rust/helpers/mutex.c',
      'rust/kernel/a/b/c/d/deep.rs',
      'rust/kernel/sync.rs',
      'rust/kernel/ünïcode name.rs',
    ]);
    expect(read?.texts.get('rust/helpers/mutex.c')).toBe('#include <linux/mutex.h>\n');
    // logo.rs is binary, huge.rs over what GitHub's Blob.text would give whole.
    expect(read?.notRead).toBe(2);
  });

  it('readGitTreeFiles keeps the bindings header, then the helpers, under the cap and counts the rest', () => {
    const read = readGitTreeFiles(repo, 'HEAD', INTERFACE_FILES, 2);
    expect([...(read?.texts.keys() ?? [])]).toEqual(['rust/bindings/bindings_helper.h', 'rust/helpers/blk.c']);
    expect(read?.notRead).toBe(6);
  });

  it('readGitTreeFiles finds nothing where the prefixes are not there', () => {
    expect(readGitTreeFiles(repo, base, ['samples/rust/*.rs', 'include/linux/none.h'])).toEqual({
      texts: new Map(),
      notRead: 0,
    });
  });

  it.each([
    ['the commit is not in the object store', () => [repo, 'f'.repeat(40)]],
    ['the directory is not a repository', () => [elsewhere, base]],
    ['the directory does not exist', () => [join(elsewhere, 'gone'), base]],
  ])('readGitTreeFiles returns null when %s, so the caller reads through the API', (_why, where) => {
    const [cwd, commit] = where();
    expect(readGitTreeFiles(cwd, commit, INTERFACE_FILES)).toBeNull();
  });

  it('readGitTreeFiles returns null when a blob is missing (a partial clone), without fetching it', () => {
    const partial = mkdtempSync(join(tmpdir(), 'rpr-git-partial-'));
    const run = (...args: string[]) =>
      execFileSync('git', args, { cwd: partial, env: GIT_ENV, encoding: 'utf8' }).trim();
    try {
      run('init', '-q', '-b', 'main');
      mkdirSync(join(partial, 'rust/helpers'), { recursive: true });
      writeFileSync(join(partial, 'rust/helpers/mutex.c'), '#include <linux/mutex.h>\n');
      run('add', '-A');
      run('commit', '-q', '-m', 'base');
      const blob = run('rev-parse', 'HEAD:rust/helpers/mutex.c');
      rmSync(join(partial, '.git/objects', blob.slice(0, 2), blob.slice(2)));
      expect(readGitTreeFiles(partial, 'HEAD', INTERFACE_FILES)).toBeNull();
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });
});
