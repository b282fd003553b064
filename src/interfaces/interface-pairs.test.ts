/**
 * The pairs a change touches, on the map of real files of 6.12's rust/ tree (fixtures/linux-6.12/tree), with
 * hunks written by hand as the diff parsers fill them.
 */
import type { ChangedFile, Hunk } from '../diff/types.js';
import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { buildInterfaceMap } from './build-interface-map.js';
import { compileInterfaceFiles } from './interface-files.js';
import { fixtureTexts } from './interface-map.test-helper.js';
import { interfacePairs } from './interface-pairs.js';
import type { InterfacePair } from './types.js';

const map = buildInterfaceMap(fixtureTexts());
const isInterfaceFile = compileInterfaceFiles(DEFAULT_RUST_REVIEW.interfaceFiles);
const pairs = (files: ChangedFile[]) => interfacePairs(files, map, isInterfaceFile);

const modified = (path: string, hunks?: Hunk[]): ChangedFile =>
  hunks === undefined ? { path, status: 'modified' } : { path, status: 'modified', hunks };
const rustToC = (rust: string, header: string): InterfacePair => ({ direction: 'rust-to-c', rust, header });
const cToRust = (rust: string, header: string): InterfacePair => ({ direction: 'c-to-rust', rust, header });

/** bindings_helper.h, lines 17–19 of 6.12, with `<linux/foo.h>` added after phy.h. */
const ADD_FOO: Hunk = {
  oldStart: 17,
  newStart: 17,
  lines: [
    ' #include <linux/mdio.h>',
    ' #include <linux/phy.h>',
    '+#include <linux/foo.h>',
    ' #include <linux/refcount.h>',
  ],
};

describe('interfacePairs', () => {
  it('interfacePairs: a change to include/linux/phy.h notifies rust/kernel/net/phy.rs and the bindings header', () => {
    expect(pairs([modified('include/linux/phy.h')])).toEqual([
      cToRust('rust/bindings/bindings_helper.h', 'include/linux/phy.h'),
      cToRust('rust/kernel/net/phy.rs', 'include/linux/phy.h'),
    ]);
  });

  it('interfacePairs: a change to rust/helpers/blk.c asks the owners of what it includes', () => {
    const hunk: Hunk = {
      oldStart: 8,
      newStart: 8,
      lines: [' {', '-\tblk_mq_rq_to_pdu(rq);', '+\treturn blk_mq_rq_to_pdu(rq);'],
    };
    expect(pairs([modified('rust/helpers/blk.c', [hunk])])).toEqual([
      rustToC('rust/helpers/blk.c', 'include/linux/blk-mq.h'),
      rustToC('rust/helpers/blk.c', 'include/linux/blkdev.h'),
    ]);
  });

  it('interfacePairs: a hunk adding #include <linux/foo.h> to bindings_helper.h gives exactly that pair', () => {
    expect(pairs([modified('rust/bindings/bindings_helper.h', [ADD_FOO])])).toEqual([
      rustToC('rust/bindings/bindings_helper.h', 'include/linux/foo.h'),
    ]);
  });

  it('interfacePairs: the bindings header names the includes its hunks remove, and nothing for other lines', () => {
    const hunks: Hunk[] = [
      {
        oldStart: 17,
        newStart: 17,
        lines: [' #include <linux/mdio.h>', '-#include <linux/phy.h>', ' #include <linux/refcount.h>'],
      },
      { oldStart: 26, newStart: 25, lines: ['+/* a comment */', '+const size_t RUST_CONST_HELPER_X = X;'] },
    ];
    expect(pairs([modified('rust/bindings/bindings_helper.h', hunks)])).toEqual([
      rustToC('rust/bindings/bindings_helper.h', 'include/linux/phy.h'),
    ]);
    expect(pairs([modified('rust/bindings/bindings_helper.h', [hunks[1]])])).toEqual([]);
    // A path list has no hunks: what changed in the header is unknown, so it names nothing.
    expect(pairs([modified('rust/bindings/bindings_helper.h')])).toEqual([]);
  });

  it('interfacePairs: a Rust file names its base links plus those its added lines add', () => {
    const hunk: Hunk = {
      oldStart: 84,
      newStart: 84,
      lines: [
        '-/// [`struct mutex`]: srctree/include/linux/mutex.h',
        '+/// [`struct mutex`]: srctree/include/linux/mutex_types.h',
      ],
    };
    expect(pairs([modified('rust/kernel/sync/lock/mutex.rs', [hunk])])).toEqual([
      rustToC('rust/kernel/sync/lock/mutex.rs', 'include/linux/mutex.h'),
      rustToC('rust/kernel/sync/lock/mutex.rs', 'include/linux/mutex_types.h'),
    ]);
    expect(pairs([modified('rust/kernel/sync/lock/mutex.rs')])).toEqual([
      rustToC('rust/kernel/sync/lock/mutex.rs', 'include/linux/mutex.h'),
    ]);
  });

  it('interfacePairs: a new Rust file, not in the map, names the headers of its added lines', () => {
    const file: ChangedFile = {
      path: 'rust/kernel/dma.rs',
      status: 'added',
      hunks: [
        {
          oldStart: 0,
          newStart: 1,
          lines: [
            '+// SPDX-License-Identifier: GPL-2.0',
            '+',
            '+//! Direct memory access (DMA).',
            '+//!',
            '+//! C header: [`include/linux/dma-mapping.h`](srctree/include/linux/dma-mapping.h)',
          ],
        },
      ],
    };
    expect(pairs([file])).toEqual([rustToC('rust/kernel/dma.rs', 'include/linux/dma-mapping.h')]);
  });

  it('interfacePairs: a renamed Rust file keeps its base headers under the new path; a renamed header notifies under the old', () => {
    expect(
      pairs([
        { path: 'rust/kernel/sync/lock/mutex2.rs', previousPath: 'rust/kernel/sync/lock/mutex.rs', status: 'renamed' },
        { path: 'include/linux/phy2.h', previousPath: 'include/linux/phy.h', status: 'renamed' },
      ]),
    ).toEqual([
      rustToC('rust/kernel/sync/lock/mutex2.rs', 'include/linux/mutex.h'),
      cToRust('rust/bindings/bindings_helper.h', 'include/linux/phy.h'),
      cToRust('rust/kernel/net/phy.rs', 'include/linux/phy.h'),
    ]);
  });

  it('interfacePairs: a Rust file moved out of the interface files counts under its old path', () => {
    expect(
      pairs([{ path: 'drivers/x/mutex.rs', previousPath: 'rust/kernel/sync/lock/mutex.rs', status: 'renamed' }]),
    ).toEqual([rustToC('rust/kernel/sync/lock/mutex.rs', 'include/linux/mutex.h')]);
  });

  it('interfacePairs: a removed helper still names its base includes', () => {
    expect(pairs([{ path: 'rust/helpers/mutex.c', status: 'removed' }])).toEqual([
      rustToC('rust/helpers/mutex.c', 'include/linux/export.h'),
      rustToC('rust/helpers/mutex.c', 'include/linux/mutex.h'),
    ]);
  });

  it('interfacePairs: both directions at once, rust-to-c first, sorted, no duplicate pairs', () => {
    const change = [
      modified('include/linux/blk-mq.h'),
      modified('rust/helpers/blk.c'),
      modified('rust/kernel/block/mq/gen_disk.rs'),
      modified('include/linux/blk-mq.h'),
      modified('include/linux/blkdev.h'),
      modified('drivers/block/rnull.rs'),
    ];
    const expected = [
      rustToC('rust/helpers/blk.c', 'include/linux/blk-mq.h'),
      rustToC('rust/helpers/blk.c', 'include/linux/blkdev.h'),
      rustToC('rust/kernel/block/mq/gen_disk.rs', 'include/linux/blk-mq.h'),
      rustToC('rust/kernel/block/mq/gen_disk.rs', 'include/linux/blkdev.h'),
      cToRust('rust/bindings/bindings_helper.h', 'include/linux/blk-mq.h'),
      cToRust('rust/helpers/blk.c', 'include/linux/blk-mq.h'),
      cToRust('rust/kernel/block/mq/gen_disk.rs', 'include/linux/blk-mq.h'),
      cToRust('rust/bindings/bindings_helper.h', 'include/linux/blkdev.h'),
      cToRust('rust/helpers/blk.c', 'include/linux/blkdev.h'),
      cToRust('rust/kernel/block/mq/gen_disk.rs', 'include/linux/blkdev.h'),
    ];
    expect(pairs(change)).toEqual(expected);
    expect(pairs([...change].reverse())).toEqual(expected);
  });

  it('interfacePairs: a path that is neither an interface file nor a named header touches nothing', () => {
    expect(pairs([modified('drivers/net/phy/phy.c'), modified('include/linux/phy_fixed.h')])).toEqual([]);
  });
});
