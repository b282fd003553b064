import type { ChangedFile, ChangeSet, Hunk } from '../diff/types.js';
import { buildInterfaceMap } from '../interfaces/build-interface-map.js';
import { compilePolicy, type CompiledPolicy } from './compile-policy.js';
import { ackCandidates, judgeAcks, liftHolds } from './lift-holds.js';
import { policyOf } from './policy-of.test-helper.js';
import { latestVerdicts } from './review-verdicts.js';
import { routeChanges } from './route.js';
import type { RouteOptions } from './types.js';

/** A kernel-like policy: the Rust tree, an opted-in driver, the PHY library and its Rust side, the block layer. */
const SUBSYSTEMS = `subsystems:
  - name: RUST
    rust: core
    maintainers: [ojeda, alex]
    reviewers: [rust-for-linux/reviewers]
    files: [rust/]
    labels: ["subsystem: rust"]
  - name: NOVA
    rust: opt-in
    maintainers: [dakr]
    reviewers: [acourbot]
    files: [drivers/gpu/nova/]
  - name: ETHERNET PHY LIBRARY
    maintainers: [andrew]
    files: [include/linux/phy.h, drivers/net/phy/]
    labels: ["subsystem: phy"]
  - name: ETHERNET PHY LIBRARY [RUST]
    rust: opt-in
    maintainers: [fujita]
    reviewers: [tmgross]
    files: [rust/kernel/net/phy.rs]
  - name: BLOCK LAYER
    maintainers: [axboe]
    files: [block/, include/linux/blkdev.h]
    labels: ["subsystem: block"]
`;

function compiledOf(rust: string, subsystems = SUBSYSTEMS): CompiledPolicy {
  const compiled = compilePolicy(policyOf(`version: 1\n${rust}${subsystems}`));
  expect(compiled.errors).toEqual([]);
  return compiled.value;
}

const WARN = compiledOf('');
const BLOCK_FEATURES = compiledOf('rust:\n  checks: { unstable-feature: block }\n');

/** A modified file with one hunk at the top of the file. */
function changed(path: string, lines: string[], hunk: Partial<Hunk> = {}): ChangedFile {
  return { path, status: 'modified', hunks: [{ oldStart: 1, newStart: 1, lines, ...hunk }] };
}

function route(files: ChangedFile[], compiled: CompiledPolicy, options: RouteOptions = {}) {
  const changes: ChangeSet = { files, title: '', body: '', diffLines: [] };
  return routeChanges(changes, compiled, options);
}

const FEATURE = changed('drivers/gpu/nova/lib.rs', ['+#![feature(allocator_api)]', ' ', ' use kernel::prelude::*;']);
const UNSAFE = changed('drivers/gpu/nova/regs.rs', [
  ' fn read(p: *const u32) -> u32 {',
  '+    unsafe { p.read_volatile() }',
  ' }',
]);

/** The map of a base commit where phy.rs links its C header and a helper includes the block layer's. */
const MAP = buildInterfaceMap(
  new Map([
    [
      'rust/kernel/net/phy.rs',
      '//! C header: [`include/linux/phy.h`](srctree/include/linux/phy.h)\n\nuse crate::bindings;\n',
    ],
    [
      'rust/helpers/blk.c',
      '// SPDX-License-Identifier: GPL-2.0\n\n#include <linux/blk-mq.h>\n#include <linux/blkdev.h>\n',
    ],
  ]),
);

describe('reviewRoutes through routeChanges: findings (docs/RUST-REVIEW.md, "Findings")', () => {
  it('a finding takes its severity from rust.checks and names the Rust tree', () => {
    expect(route([FEATURE, UNSAFE], WARN).findings).toEqual([
      expect.objectContaining({
        check: 'unstable-feature',
        path: 'drivers/gpu/nova/lib.rs',
        line: 1,
        severity: 'warn',
        subsystem: 'RUST',
      }),
      expect.objectContaining({
        check: 'safety-comment',
        path: 'drivers/gpu/nova/regs.rs',
        line: 2,
        severity: 'warn',
        subsystem: 'RUST',
      }),
    ]);
    expect(route([FEATURE, UNSAFE], BLOCK_FEATURES).findings?.map((f) => [f.check, f.severity])).toEqual([
      ['unstable-feature', 'block'],
      ['safety-comment', 'warn'],
    ]);
  });

  it('an unstable feature under drivers/ asks the Rust tree after the path’s owners and is labelled', () => {
    const decision = route([FEATURE], WARN);
    expect(decision.reviewers).toEqual(['dakr', 'acourbot', 'ojeda', 'alex']);
    expect(decision.teamReviewers).toEqual(['rust-for-linux/reviewers']);
    expect(decision.labels).toEqual(['rust', 'rust: unstable-feature', 'subsystem: rust']);
    expect(decision).toMatchObject({ blocked: false, verdict: 'routed', holds: [] });
    // The Rust tree owns none of the paths, yet has its row: it was asked.
    expect(decision.subsystems.map((s) => [s.name, s.files])).toEqual([
      ['NOVA', ['drivers/gpu/nova/lib.rs']],
      ['RUST', ['drivers/gpu/nova/lib.rs']],
    ]);
  });

  it('a safety-comment finding does not route the PR to the Rust tree', () => {
    const decision = route([UNSAFE], WARN);
    expect(decision.reviewers).toEqual(['dakr', 'acourbot']);
    expect(decision.labels).toEqual(['rust']);
  });

  it('a check set to block is a hold of the Rust tree: blocked, `rust: blocked`, lifted by a Rust tree maintainer’s approval', () => {
    const decision = route([FEATURE], BLOCK_FEATURES, { author: 'dev' });
    expect(decision.holds).toEqual([
      {
        subsystem: 'RUST',
        stance: 'opt-out',
        files: ['drivers/gpu/nova/lib.rs'],
        canLift: ['ojeda', 'alex'],
        liftedBy: [],
        droppedAcks: [],
        cannotAck: [],
        checks: ['unstable-feature'],
      },
    ]);
    expect(decision).toMatchObject({ blocked: true, verdict: 'blocked' });
    expect(decision.labels).toEqual(['rust', 'rust: blocked', 'rust: unstable-feature', 'subsystem: rust']);

    const judge = (login: string) => {
      const verdicts = latestVerdicts([{ login, state: 'APPROVED', commitId: 'head' }]);
      const candidates = ackCandidates(decision.holds, verdicts, 'dev');
      return judgeAcks(decision.holds, candidates, {
        headSha: 'head',
        patches: new Map(),
        permissions: new Map([[login, 'write']]),
      });
    };
    const lifted = liftHolds(decision, judge('ojeda'), BLOCK_FEATURES.policy.labels);
    expect(lifted).toMatchObject({ blocked: false, verdict: 'routed' });
    expect(lifted.holds[0].liftedBy).toEqual(['ojeda']);
    expect(lifted.labels).toEqual(['rust', 'rust: unstable-feature', 'subsystem: rust']);

    // The driver's own maintainer cannot lift the Rust tree's hold.
    const notLifted = liftHolds(decision, judge('dakr'), BLOCK_FEATURES.policy.labels);
    expect(notLifted).toMatchObject({ blocked: true, verdict: 'blocked' });
    expect(notLifted.labels).toContain('rust: blocked');
  });

  it('routing’s own approvedBy lifts the hold too, and the author’s approval does not', () => {
    expect(route([FEATURE], BLOCK_FEATURES, { approvedBy: ['alex'] })).toMatchObject({ blocked: false });
    expect(route([FEATURE], BLOCK_FEATURES, { approvedBy: ['alex'], author: 'alex' })).toMatchObject({
      blocked: true,
    });
  });

  it('with no core subsystem a blocking finding is reported but makes no hold', () => {
    const noCore = compiledOf(
      'rust:\n  checks: { unstable-feature: block }\n',
      SUBSYSTEMS.replace('    rust: core\n', '    rust: opt-in\n'),
    );
    const decision = route([FEATURE], noCore);
    expect(decision.findings).toEqual([
      expect.objectContaining({ check: 'unstable-feature', severity: 'block', subsystem: null }),
    ]);
    expect(decision).toMatchObject({ holds: [], blocked: false, verdict: 'routed' });
    expect(decision.labels).not.toContain('rust: blocked');
    expect(decision.labels).toContain('rust: unstable-feature');
  });

  it('checks set to off find nothing', () => {
    const off = compiledOf('rust:\n  checks: { safety-comment: off, unstable-feature: off, toolchain: off }\n');
    const decision = route([FEATURE, UNSAFE], off);
    expect(decision.findings).toEqual([]);
    expect(decision.labels).toEqual(['rust']);
    expect(decision.reviewers).toEqual(['dakr', 'acourbot']);
  });

  it('a toolchain change goes to the Rust tree with its label', () => {
    const toolchain = changed('rust-toolchain.toml', ['-channel = "1.78.0"', '+channel = "1.80.0"']);
    const decision = route([toolchain], WARN);
    expect(decision.findings?.map((f) => f.check)).toEqual(['toolchain']);
    expect(decision.labels).toContain('rust: toolchain');
    expect(decision.reviewers).toEqual(expect.arrayContaining(['ojeda', 'alex']));
  });
});

describe('reviewRoutes through routeChanges: interfaces (docs/RUST-REVIEW.md, "Interface routing")', () => {
  it('c-to-rust: a changed header labels `rust: bindings-affected` and asks the Rust file’s deciding owner', () => {
    const header = changed('include/linux/phy.h', [' #define PHY_H', '+#define PHY_NEW 1']);
    const decision = route([header], WARN, { interfaceMap: MAP });
    expect(decision.interfaces).toEqual([
      {
        direction: 'c-to-rust',
        rust: 'rust/kernel/net/phy.rs',
        header: 'include/linux/phy.h',
        owners: ['ETHERNET PHY LIBRARY [RUST]'],
        reviewers: ['fujita', 'tmgross'],
      },
    ]);
    expect(decision.reviewers).toEqual(['andrew', 'fujita', 'tmgross']);
    expect(decision.labels).toEqual(['rust: bindings-affected', 'subsystem: phy']);
    expect(decision).toMatchObject({ blocked: false, holds: [] });
  });

  it('rust-to-c: interface owners come after the deciding owners and are the first cut by max-reviewers', () => {
    const helper = changed('rust/helpers/blk.c', [' #include <linux/blkdev.h>', '+', '+void rust_helper_x(void) {}']);
    const all = route([helper], WARN, { interfaceMap: MAP });
    // blk-mq.h is owned by nobody in this policy: the pair is listed, nobody is asked because of it.
    expect(all.interfaces).toEqual([
      {
        direction: 'rust-to-c',
        rust: 'rust/helpers/blk.c',
        header: 'include/linux/blk-mq.h',
        owners: [],
        reviewers: [],
      },
      expect.objectContaining({
        direction: 'rust-to-c',
        rust: 'rust/helpers/blk.c',
        header: 'include/linux/blkdev.h',
        owners: ['BLOCK LAYER'],
        reviewers: ['axboe'],
      }),
    ]);
    expect(all.reviewers).toEqual(['ojeda', 'alex', 'axboe']);
    expect(all.labels).toContain('subsystem: block');

    const capped = route([helper], WARN, { interfaceMap: MAP, maxReviewers: 3 });
    expect(capped.reviewers).toEqual(['ojeda', 'alex']);
    expect(capped.teamReviewers).toEqual(['rust-for-linux/reviewers']);
    expect(capped.reviewersCapped).toEqual(['axboe']);
    expect(capped.interfaces?.[1]).toMatchObject({ owners: ['BLOCK LAYER'], reviewers: [] });
  });

  it('without a map, a changed header says interfaces were not routed; a map read makes it false', () => {
    const header = changed('include/linux/phy.h', ['+#define PHY_NEW 1']);
    expect(route([header], WARN).review).toMatchObject({ interfacesNotRouted: true, interfaceFilesNotRead: 0 });
    expect(route([header], WARN).interfaces).toEqual([]);
    expect(route([header], WARN, { interfaceMap: MAP }).review?.interfacesNotRouted).toBe(false);
    expect(route([changed('block/blk-core.c', ['+int x;'])], WARN).review?.interfacesNotRouted).toBe(false);
  });

  it('the files a map could not read are counted for the note', () => {
    const header = changed('include/linux/phy.h', ['+#define PHY_NEW 1']);
    const partial = buildInterfaceMap(new Map(), 3);
    expect(route([header], WARN, { interfaceMap: partial }).review?.interfaceFilesNotRead).toBe(3);
  });
});

describe('a Rust file whose diff was too large to be shown (docs/RUST-REVIEW.md, "What the checks can see")', () => {
  const huge: ChangedFile = { path: 'drivers/gpu/nova/regs.rs', status: 'modified', diffOmitted: true };

  it('holds under a blocking check: what cannot be read is not passed', () => {
    const decision = route([huge], BLOCK_FEATURES);
    expect(decision.findings).toEqual([
      expect.objectContaining({ check: 'unstable-feature', path: huge.path, line: null, severity: 'block' }),
    ]);
    expect(decision.blocked).toBe(true);
    expect(decision.holds).toContainEqual(expect.objectContaining({ subsystem: 'RUST', checks: ['unstable-feature'] }));
  });

  it('is a note, not a finding, under warn', () => {
    const decision = route([huge], WARN);
    expect(decision.findings).toEqual([]);
    expect(decision.blocked).toBe(false);
    expect(decision.review?.unchecked.map((place) => [place.check, place.path, place.line])).toEqual([
      ['safety-comment', huge.path, null],
      ['unstable-feature', huge.path, null],
    ]);
  });

  it('is nothing for a removed file or a file that is not Rust', () => {
    const removed: ChangedFile = { ...huge, status: 'removed' };
    const c: ChangedFile = { ...huge, path: 'drivers/gpu/nova/regs.c' };
    expect(route([removed, c], BLOCK_FEATURES).findings).toEqual([]);
  });
});
