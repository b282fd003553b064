import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { kernelPath } from '../../jest/kernel-scale.js';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { readTreeFiles } from './read-tree-files.js';

describe('readTreeFiles on linux-6.12', () => {
  it('readTreeFiles reads the bindings header, all 19 helpers and every .rs file of rust/', () => {
    const root = kernelPath('linux-6.12', 'tree');
    const files = readdirSync(join(root, 'rust'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const helpers = files.filter((path) => /^rust\/helpers\/[^/]+\.c$/.test(path));
    const rust = files.filter((path) => path.endsWith('.rs'));
    expect(helpers).toHaveLength(19);
    const read = readTreeFiles(root, DEFAULT_RUST_REVIEW.interfaceFiles);
    expect([...read.texts.keys()].sort()).toEqual(['rust/bindings/bindings_helper.h', ...helpers, ...rust].sort());
    expect(read.notRead).toBe(0);
    // Headers first, then the helpers, then the .rs files: the order the cap keeps them in.
    expect([...read.texts.keys()].slice(0, 20)).toEqual(['rust/bindings/bindings_helper.h', ...helpers.sort()]);
    expect(read.texts.get('rust/helpers/mutex.c')).toBe(readFileSync(join(root, 'rust/helpers/mutex.c'), 'utf8'));
  });

  it('readTreeFiles under a cap of 20 keeps exactly the bindings header and the helpers', () => {
    const read = readTreeFiles(kernelPath('linux-6.12', 'tree'), DEFAULT_RUST_REVIEW.interfaceFiles, 20);
    expect([...read.texts.keys()].every((path) => path.endsWith('.h') || path.startsWith('rust/helpers/'))).toBe(true);
    expect(read.texts.size).toBe(20);
    expect(read.notRead).toBe(66);
  });
});
