/** Which paths of a tree are interface files, and which are read under the cap. */
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { compileInterfaceFiles, interfaceFilesIn } from './interface-files.js';

const PATTERNS = DEFAULT_RUST_REVIEW.interfaceFiles;

const TREE = [
  'MAINTAINERS',
  'rust/kernel/sync/lock/mutex.rs',
  'rust/helpers/blk.c',
  'rust/bindings/bindings_helper.h',
  'rust/kernel/net/phy.rs',
  'rust/helpers/mutex.c',
  'rust/exports.c',
  'rust/uapi/uapi_helper.h',
  'drivers/net/phy/ax88796b_rust.rs',
  'rust/kernel/.hidden.rs',
  'rust/kernel/net/phy.rs',
];

describe('interfaceFilesIn', () => {
  it("interfaceFilesIn keeps the default patterns' files, sorted, each once, dotted names included", () => {
    expect(interfaceFilesIn(TREE, PATTERNS)).toEqual({
      read: [
        'rust/bindings/bindings_helper.h',
        'rust/helpers/blk.c',
        'rust/helpers/mutex.c',
        'rust/kernel/.hidden.rs',
        'rust/kernel/net/phy.rs',
        'rust/kernel/sync/lock/mutex.rs',
      ],
      notRead: 0,
    });
  });

  it.each<[number, string[]]>([
    [0, []],
    [1, ['rust/bindings/bindings_helper.h']],
    [2, ['rust/bindings/bindings_helper.h', 'rust/helpers/blk.c']],
    [4, ['rust/bindings/bindings_helper.h', 'rust/helpers/blk.c', 'rust/helpers/mutex.c', 'rust/kernel/.hidden.rs']],
  ])('interfaceFilesIn with cap %d reads the bindings header, then helpers, then the rest: %j', (cap, read) => {
    expect(interfaceFilesIn(TREE, PATTERNS, cap)).toEqual({ read, notRead: 6 - read.length });
  });

  it('interfaceFilesIn is the same whatever the order of the listing', () => {
    expect(interfaceFilesIn([...TREE].reverse(), PATTERNS, 3)).toEqual(interfaceFilesIn(TREE, PATTERNS, 3));
  });

  it("interfaceFilesIn takes the policy's own patterns", () => {
    expect(interfaceFilesIn(TREE, ['rust/uapi/*.h', 'drivers/**/*_rust.rs'])).toEqual({
      read: ['drivers/net/phy/ax88796b_rust.rs', 'rust/uapi/uapi_helper.h'],
      notRead: 0,
    });
  });
});

describe('compileInterfaceFiles', () => {
  it.each<[string, boolean]>([
    ['rust/helpers/blk.c', true],
    ['rust/helpers/sub/x.c', false],
    ['rust/bindings/bindings_helper.h', true],
    ['rust/kernel/str.rs', true],
    ['rust/kernel/', false],
    ['include/linux/phy.h', false],
  ])('compileInterfaceFiles(default)(%s) → %s', (path, expected) => {
    expect(compileInterfaceFiles(PATTERNS)(path)).toBe(expected);
  });
});
