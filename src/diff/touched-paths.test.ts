import { touchedPaths } from './touched-paths.js';

describe('touchedPaths', () => {
  it('counts both sides of a rename and one path otherwise', () => {
    expect(
      touchedPaths([
        { path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs', status: 'renamed' },
        { path: 'block/blk-mq.c', status: 'modified' },
      ]),
    ).toEqual(['drivers/block/rnull.rs', 'rust/kernel/rnull.rs', 'block/blk-mq.c']);
  });
});
