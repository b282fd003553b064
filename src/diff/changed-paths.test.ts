import { changedPaths } from './changed-paths.js';

describe('changedPaths', () => {
  it('changedPaths lists both sides of a rename, the new one carrying the old, and one path otherwise', () => {
    expect(
      changedPaths([
        { path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs', status: 'renamed' },
        { path: 'block/blk-mq.c', status: 'modified' },
      ]),
    ).toEqual([
      { path: 'drivers/block/rnull.rs', previousPath: 'rust/kernel/rnull.rs' },
      { path: 'rust/kernel/rnull.rs' },
      { path: 'block/blk-mq.c' },
    ]);
  });

  it('changedPaths lists a path once, keeping the previousPath of its rename side', () => {
    expect(
      changedPaths([
        { path: 'a.rs', status: 'added' },
        { path: 'a.rs', previousPath: 'b.rs', status: 'renamed' },
        { path: 'c.rs', previousPath: 'c.rs', status: 'modified' },
      ]),
    ).toEqual([{ path: 'a.rs', previousPath: 'b.rs' }, { path: 'b.rs' }, { path: 'c.rs' }]);
  });
});
