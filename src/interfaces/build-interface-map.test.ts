/** The Rust ↔ C map built from real files of 6.12's rust/ tree (fixtures/linux-6.12/tree). */
import { buildInterfaceMap } from './build-interface-map.js';
import { fixtureTexts } from './interface-map.test-helper.js';

const BINDINGS_INCLUDES = [
  'include/kunit/test.h',
  'include/linux/blk-mq.h',
  'include/linux/blk_types.h',
  'include/linux/blkdev.h',
  'include/linux/errname.h',
  'include/linux/ethtool.h',
  'include/linux/firmware.h',
  'include/linux/jiffies.h',
  'include/linux/mdio.h',
  'include/linux/phy.h',
  'include/linux/refcount.h',
  'include/linux/sched.h',
  'include/linux/slab.h',
  'include/linux/wait.h',
  'include/linux/workqueue.h',
];

describe('buildInterfaceMap', () => {
  const map = buildInterfaceMap(fixtureTexts(), 3);

  it('buildInterfaceMap reads each real file the way it names its headers', () => {
    expect(Object.fromEntries(map.headersOf)).toEqual({
      'rust/bindings/bindings_helper.h': BINDINGS_INCLUDES,
      'rust/helpers/blk.c': ['include/linux/blk-mq.h', 'include/linux/blkdev.h'],
      'rust/helpers/mutex.c': ['include/linux/export.h', 'include/linux/mutex.h'],
      // two `//! C header:` lines
      'rust/kernel/block/mq/gen_disk.rs': ['include/linux/blk-mq.h', 'include/linux/blkdev.h'],
      // `//! C headers: [...](srctree/...).` and three link definitions to the same header
      'rust/kernel/net/phy.rs': ['include/linux/phy.h'],
      // 6.12 links `_printk.h`, which does not exist: the map records what the file names
      'rust/kernel/print.rs': ['include/linux/_printk.h', 'include/linux/printk.h'],
      // a link definition only
      'rust/kernel/sync/lock/mutex.rs': ['include/linux/mutex.h'],
    });
    // helpers.c only gathers the others with `#include "blk.c"`: it names no header.
    expect(map.headersOf.has('rust/helpers/helpers.c')).toBe(false);
  });

  it('buildInterfaceMap inverts the map: each header to the sorted Rust sides naming it', () => {
    expect(map.rustOf.get('include/linux/phy.h')).toEqual([
      'rust/bindings/bindings_helper.h',
      'rust/kernel/net/phy.rs',
    ]);
    expect(map.rustOf.get('include/linux/blk-mq.h')).toEqual([
      'rust/bindings/bindings_helper.h',
      'rust/helpers/blk.c',
      'rust/kernel/block/mq/gen_disk.rs',
    ]);
    expect(map.rustOf.get('include/linux/mutex.h')).toEqual(['rust/helpers/mutex.c', 'rust/kernel/sync/lock/mutex.rs']);
    expect([...map.rustOf.keys()]).toEqual([...map.rustOf.keys()].sort());
  });

  it('buildInterfaceMap is the same whatever the order of the texts, and passes notRead through', () => {
    const reversed = buildInterfaceMap(new Map([...fixtureTexts()].reverse()), 3);
    expect([...reversed.headersOf]).toEqual([...map.headersOf]);
    expect([...reversed.rustOf]).toEqual([...map.rustOf]);
    expect(map.notRead).toBe(3);
    expect(buildInterfaceMap(new Map()).notRead).toBe(0);
  });
});
