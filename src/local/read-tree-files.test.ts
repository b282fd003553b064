import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { readTreeFiles } from './read-tree-files.js';

const INTERFACE_FILES = DEFAULT_RUST_REVIEW.interfaceFiles;

let tree: string;
let outside: string;

function write(path: string, content: string | Buffer): void {
  mkdirSync(join(tree, path, '..'), { recursive: true });
  writeFileSync(join(tree, path), content);
}

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'rpr-tree-'));
  outside = mkdtempSync(join(tmpdir(), 'rpr-outside-'));
  write('rust/bindings/bindings_helper.h', '#include <linux/phy.h>\n');
  write('rust/helpers/mutex.c', '#include <linux/mutex.h>\n');
  write('rust/helpers/blk.c', '#include <linux/blk-mq.h>\n');
  write('rust/helpers/sub/nested.c', '#include <linux/nested.h>\n');
  write('rust/kernel/sync.rs', '//! [`include/linux/mutex.h`](srctree/include/linux/mutex.h)\n');
  write('rust/kernel/a/b/c/d/deep.rs', '//! deep\n');
  write('rust/kernel/logo.rs', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  write('rust/kernel/huge.rs', `//! ${'x'.repeat(600 * 1024)}\n`);
  write('rust/kernel/secret.rs', '//! unreadable\n');
  chmodSync(join(tree, 'rust/kernel/secret.rs'), 0o000);
  write('rust/Makefile', 'obj-$(CONFIG_RUST) += core.o\n');
  write('rust/.git/HEAD', 'ref: refs/heads/main\n');
  write('rust/.git/hooks/x.rs', '//! not part of the tree\n');
  write('drivers/net/phy/ax88796b_rust.rs', '//! outside the prefix\n');
  writeFileSync(join(outside, 'leak.rs'), '//! outside the checkout\n');
  symlinkSync(join(outside, 'leak.rs'), join(tree, 'rust/kernel/link.rs'));
});

afterAll(() => {
  chmodSync(join(tree, 'rust/kernel/secret.rs'), 0o644);
  rmSync(tree, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** Whether this process can read a file whatever its mode (root can): then the unreadable file is read. */
const rootReadsAll = process.getuid?.() === 0;

describe('readTreeFiles', () => {
  it('readTreeFiles reads the matching files below the static prefixes, not binary, too large or unreadable ones', () => {
    const read = readTreeFiles(tree, INTERFACE_FILES);
    expect([...read.texts.keys()]).toEqual([
      'rust/bindings/bindings_helper.h',
      'rust/helpers/blk.c',
      'rust/helpers/mutex.c',
      'rust/kernel/a/b/c/d/deep.rs',
      ...(rootReadsAll ? ['rust/kernel/secret.rs'] : []),
      'rust/kernel/sync.rs',
    ]);
    expect(read.texts.get('rust/helpers/blk.c')).toBe('#include <linux/blk-mq.h>\n');
    // logo.rs (binary), huge.rs (over GitHub's Blob.text), secret.rs (unreadable), not the link or .git/.
    expect(read.notRead).toBe(rootReadsAll ? 2 : 3);
  });

  it('readTreeFiles keeps the bindings header, then the helpers, under the cap and counts the rest', () => {
    const read = readTreeFiles(tree, INTERFACE_FILES, 2);
    expect([...read.texts.keys()]).toEqual(['rust/bindings/bindings_helper.h', 'rust/helpers/blk.c']);
    expect(read.notRead).toBe(6);
  });

  it.each([
    [['rust/helpers/*.c'], ['rust/helpers/blk.c', 'rust/helpers/mutex.c']],
    [['rust/*/*.c'], ['rust/helpers/blk.c', 'rust/helpers/mutex.c']],
    [['rust/helpers/**/*.c'], ['rust/helpers/blk.c', 'rust/helpers/mutex.c', 'rust/helpers/sub/nested.c']],
    [['rust/kernel/link.rs', 'rust/bindings/bindings_helper.h'], ['rust/bindings/bindings_helper.h']],
    [['samples/rust/*.rs', 'include/linux/none.h', 'rust/helpers'], []],
  ])('readTreeFiles(%j) reads %j', (patterns, paths) => {
    expect([...readTreeFiles(tree, patterns).texts.keys()]).toEqual(paths);
  });

  it('readTreeFiles finds nothing in a directory that does not exist', () => {
    expect(readTreeFiles(join(outside, 'gone'), INTERFACE_FILES)).toEqual({ texts: new Map(), notRead: 0 });
  });
});
