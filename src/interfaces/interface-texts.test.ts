import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { chooseInterfaceFiles, compileInterfaceGlobs, isBinaryContent } from './interface-texts.js';

describe('compileInterfaceGlobs', () => {
  it('compileInterfaceGlobs reads the default patterns as one walk of rust/ and the bindings header', () => {
    const globs = compileInterfaceGlobs(DEFAULT_RUST_REVIEW.interfaceFiles);
    expect(globs.paths).toEqual(['rust/bindings/bindings_helper.h']);
    expect(globs.walks).toEqual([{ dir: 'rust', depth: Infinity }]);
  });

  it.each([
    [['rust/helpers/*.c'], [], [{ dir: 'rust/helpers', depth: 1 }]],
    [['rust/*/*.c'], [], [{ dir: 'rust', depth: 2 }]],
    [
      ['rust/{helpers,uapi}/*.[ch]'],
      [],
      [
        { dir: 'rust/helpers', depth: 1 },
        { dir: 'rust/uapi', depth: 1 },
      ],
    ],
    [['**/*.rs'], [], [{ dir: '', depth: Infinity }]],
    [
      ['*.h', 'rust/helpers/*.c'],
      [],
      [
        { dir: '', depth: 1 },
        { dir: 'rust/helpers', depth: 1 },
      ],
    ],
    [['rust/*/*.c', 'rust/helpers/*.c'], [], [{ dir: 'rust', depth: 2 }]],
    [['rust/helpers/*.c', 'rust/helpers/**/*.h'], [], [{ dir: 'rust/helpers', depth: Infinity }]],
    [['include/linux/phy.h', '!rust/**'], ['include/linux/phy.h'], []],
  ])('compileInterfaceGlobs(%j) lists only below the static prefixes', (patterns, paths, walks) => {
    const globs = compileInterfaceGlobs(patterns);
    expect(globs.paths).toEqual(paths);
    expect(globs.walks).toEqual(walks);
  });

  it.each([
    ['rust/ffi.rs', true],
    ['rust/kernel/sync/arc/std_vendor.rs', true],
    ['rust/helpers/mutex.c', true],
    ['rust/helpers/sub/mutex.c', false],
    ['rust/exports.c', false],
    ['rust/bindings/bindings_helper.h', true],
    ['rust/uapi/uapi_helper.h', false],
    ['rust/.hidden/x.rs', true],
    ['drivers/net/phy/ax88796b_rust.rs', false],
  ])('compileInterfaceGlobs matches %s with the defaults: %s', (path, expected) => {
    expect(compileInterfaceGlobs(DEFAULT_RUST_REVIEW.interfaceFiles).matches(path)).toBe(expected);
  });

  it('compileInterfaceGlobs prunes directories no pattern can reach', () => {
    const globs = compileInterfaceGlobs(['rust/helpers/*.c']);
    expect(globs.mayContain('rust/helpers')).toBe(true);
    expect(globs.mayContain('rust/kernel')).toBe(false);
  });
});

describe('chooseInterfaceFiles', () => {
  const paths = ['rust/kernel/sync.rs', 'rust/helpers/mutex.c', 'rust/bindings/bindings_helper.h', 'rust/ffi.rs'];

  it.each([
    [0, [], 4],
    [1, ['rust/bindings/bindings_helper.h'], 3],
    [3, ['rust/bindings/bindings_helper.h', 'rust/helpers/mutex.c', 'rust/ffi.rs'], 1],
    [500, ['rust/bindings/bindings_helper.h', 'rust/helpers/mutex.c', 'rust/ffi.rs', 'rust/kernel/sync.rs'], 0],
  ])('chooseInterfaceFiles keeps headers, then C files, then the rest, in path order (cap %i)', (cap, chosen, over) => {
    expect(chooseInterfaceFiles(paths, cap)).toEqual({ chosen, over });
  });

  it('chooseInterfaceFiles counts a path given twice once', () => {
    expect(chooseInterfaceFiles(['a.rs', 'a.rs'], 5)).toEqual({ chosen: ['a.rs'], over: 0 });
  });
});

describe('isBinaryContent', () => {
  it.each([
    ['a C source', Buffer.from('// SPDX-License-Identifier: GPL-2.0\n'), false],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), true],
    ['a NUL past 8,000 bytes', Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0])]), false],
  ])('isBinaryContent of %s is %s, as git decides', (_what, bytes, expected) => {
    expect(isBinaryContent(bytes)).toBe(expected);
  });
});
