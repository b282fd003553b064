/**
 * The Rust review end to end (docs/RUST-REVIEW.md): the bundled action against the emulator, with PRs whose
 * diffs the emulator computes from real base and head snapshots — findings as annotations on their lines and
 * as the comment's "Rust review" section, a blocking check lifted only by the Rust tree, and interface routing
 * from the map read at the base commit.
 */
import { EXAMPLE_POLICY, listOutput, runAction, type Run } from '../../emulator/harness.js';
import { BASE, HEAD, gateStatusOn, inGatedRepository, payloads, runEvent, type GateEmulator } from './gate-harness.js';
import * as sweep from './sweep-harness.js';

const PR = 12;
/** An opted-in Rust driver under drivers/: ASIX PHY DRIVER [RUST] decides it (fujita). */
const DRIVER = 'drivers/net/phy/ax88796b_rust.rs';

const DRIVER_BASE = [
  '// SPDX-License-Identifier: GPL-2.0',
  '//! Rust Asix PHYs driver',
  '',
  'use kernel::prelude::*;',
  '',
  'fn read(p: *const u32) -> u32 {',
  '    0',
  '}',
  '',
].join('\n');

/** The example policy with `rust.checks` set. */
function policyWithChecks(checks: string): string {
  const rust = "rust:\n  files: ['**/*.rs']";
  expect(EXAMPLE_POLICY).toContain(rust);
  return EXAMPLE_POLICY.replace(rust, `${rust}\n  checks: { ${checks} }`);
}

/** PR #12 from HEAD onto BASE, its files and patches computed by the emulator from the two snapshots. */
function openPull(
  emu: GateEmulator,
  base: Record<string, string>,
  head: Record<string, string>,
  policy = EXAMPLE_POLICY,
): number {
  emu.addCommit(BASE, { 'maintainers.yml': policy, ...base }, []);
  emu.addCommit(HEAD, { 'maintainers.yml': policy, ...base, ...head }, BASE);
  emu.addPullRequest({
    number: PR,
    title: 'net: phy: ax88796b: read a register',
    body: 'Signed-off-by: A Contributor <contributor@example.org>',
    user: 'contributor',
    base: { sha: BASE, ref: 'main' },
    head: { sha: HEAD, ref: 'topic', repoFullName: 'contributor/linux' },
  });
  return PR;
}

const report = (run: Run) =>
  JSON.parse(run.outputs.report) as {
    findings: unknown[];
    interfaces: unknown[];
    holds: Array<{ subsystem: string; liftedBy: string[]; checks?: string[] }>;
  };

const approve = async (emu: GateEmulator, reviewer: string) => {
  emu.addReview(PR, { user: reviewer, state: 'APPROVED', commit_id: HEAD });
  return runEvent(emu, 'pull_request_review', payloads.pullRequestReviewEvent(emu, PR, reviewer, 'approved'));
};

/** The requests of a run that read the interface files: GraphQL queries of their trees and blobs, or REST trees. */
const mapReads = (run: Run) =>
  run.requests.filter(
    (r) =>
      (r.path === '/graphql' && /query Interface/.test((r.body as { query?: string }).query ?? '')) ||
      r.path.includes('/git/trees/') ||
      r.path.includes('/git/blobs/'),
  );

describe('Rust review checks on the diff', () => {
  it.concurrent(
    'an unsafe block without a SAFETY comment: a warning on its line, a linked row in the comment, findings[], the step passes',
    () =>
      inGatedRepository({}, async (emu) => {
        openPull(
          emu,
          { [DRIVER]: DRIVER_BASE },
          {
            [DRIVER]: DRIVER_BASE.replace('    0\n', '    unsafe { p.read_volatile() }\n'),
          },
        );
        const run = await runAction(emu, PR);

        expect(run.code).toBe(0);
        expect(run.errors).toEqual([]);
        const warnings = run.warnings.filter((w) => w.properties.title === 'rust: safety-comment');
        expect(warnings).toEqual([
          {
            level: 'warning',
            properties: expect.objectContaining({ file: DRIVER, line: '7' }),
            message: expect.stringContaining('unsafe'),
          },
        ]);
        expect(report(run).findings).toEqual([
          {
            check: 'safety-comment',
            path: DRIVER,
            line: 7,
            severity: 'warn',
            message: expect.any(String),
            subsystem: 'RUST',
          },
        ]);
        const [comment] = emu.pull(PR).comments;
        expect(comment.body).toContain('#### Rust review');
        expect(comment.body).toContain(`(https://github.com/rust-for-linux/linux/blob/${HEAD}/${DRIVER}#L7)`);
        expect(run.summary).toContain('#### Rust review');
        expect(gateStatusOn(emu)?.state).toBe('success');
        // A safety comment is not the Rust tree's business: only the driver's owner is asked.
        expect(emu.pull(PR).requestedReviewers).toEqual(['fujita']);
      }),
  );

  it.concurrent('the same unsafe block with its SAFETY comment: no finding, no section', () =>
    inGatedRepository({}, async (emu) => {
      openPull(
        emu,
        { [DRIVER]: DRIVER_BASE },
        {
          [DRIVER]: DRIVER_BASE.replace(
            '    0\n',
            '    // SAFETY: the caller passes a valid, aligned register address.\n    unsafe { p.read_volatile() }\n',
          ),
        },
      );
      const run = await runAction(emu, PR);

      expect(run.code).toBe(0);
      expect(run.warnings).toEqual([]);
      expect(report(run).findings).toEqual([]);
      expect(emu.pull(PR).comments[0].body).not.toContain('Rust review');
    }),
  );

  const FEATURE_HEAD = { [DRIVER]: DRIVER_BASE.replace('use kernel', '#![feature(allocator_api)]\n\nuse kernel') };

  it.concurrent(
    'an unstable feature under drivers/: labelled `rust: unstable-feature`, the Rust tree asked after the driver’s owner',
    () =>
      inGatedRepository({}, async (emu) => {
        openPull(emu, { [DRIVER]: DRIVER_BASE }, FEATURE_HEAD);
        const run = await runAction(emu, PR);

        expect(run.code).toBe(0);
        expect(emu.pull(PR).labels).toEqual(expect.arrayContaining(['rust', 'rust: unstable-feature']));
        expect(emu.pull(PR).labels).not.toContain('rust: blocked');
        expect(listOutput(run, 'reviewers')).toEqual(['fujita', 'ojeda', 'alex-gaynor']);
        expect(emu.pull(PR).requestedReviewers).toEqual(['fujita', 'ojeda', 'alex-gaynor']);
        expect(report(run).findings).toEqual([
          expect.objectContaining({ check: 'unstable-feature', path: DRIVER, line: 4, severity: 'warn' }),
        ]);
        expect(run.warnings.filter((w) => w.properties.title === 'rust: unstable-feature')).toEqual([
          expect.objectContaining({ properties: expect.objectContaining({ file: DRIVER, line: '4' }) }),
        ]);
        expect(gateStatusOn(emu)?.state).toBe('success');
      }),
  );

  it.concurrent(
    'set to block: the status fails with an error on the line; another maintainer’s approval does not lift it, the Rust tree’s does',
    () =>
      inGatedRepository({}, async (emu) => {
        openPull(emu, { [DRIVER]: DRIVER_BASE }, FEATURE_HEAD, policyWithChecks('unstable-feature: block'));
        const run = await runAction(emu, PR);

        expect(run.code).toBe(0); // the status carries the block under pull_request_target
        expect(run.outputs.blocked).toBe('true');
        expect(gateStatusOn(emu)).toMatchObject({
          state: 'failure',
          description: 'Blocked: Rust unstable-feature check; RUST has not approved',
        });
        expect(emu.canMerge(PR).mergeable).toBe(false);
        expect(emu.pull(PR).labels).toEqual(expect.arrayContaining(['rust: blocked', 'rust: unstable-feature']));
        const errors = run.errors.filter((e) => e.properties.title === 'rust: unstable-feature');
        expect(errors).toEqual([
          {
            level: 'error',
            properties: expect.objectContaining({ file: DRIVER, line: '4' }),
            message: expect.stringContaining("Blocks until one of RUST's maintainers approves."),
          },
        ]);
        expect(report(run).holds).toEqual([
          expect.objectContaining({ subsystem: 'RUST', liftedBy: [], checks: ['unstable-feature'] }),
        ]);

        // The driver's own maintainer approves: the Rust tree's hold stands.
        const byOwner = await approve(emu, 'fujita');
        expect(byOwner.outputs.blocked).toBe('true');
        expect(gateStatusOn(emu)?.state).toBe('failure');
        expect(emu.pull(PR).labels).toContain('rust: blocked');

        const byRustTree = await approve(emu, 'ojeda');
        expect(byRustTree.code).toBe(0);
        expect(byRustTree.outputs.blocked).toBe('false');
        expect(report(byRustTree).holds).toEqual([expect.objectContaining({ subsystem: 'RUST', liftedBy: ['ojeda'] })]);
        expect(gateStatusOn(emu)?.state).toBe('success');
        expect(emu.canMerge(PR).mergeable).toBe(true);
        expect(emu.pull(PR).labels).toContain('rust: unstable-feature');
        expect(emu.pull(PR).labels).not.toContain('rust: blocked');
        expect(byRustTree.errors.filter((e) => e.properties.title === 'rust: unstable-feature')).toEqual([]);
      }),
  );
});

describe('interface routing (the Rust ↔ C map of the base commit)', () => {
  const INTERFACE_FILES = {
    'rust/kernel/net/phy.rs': [
      '// SPDX-License-Identifier: GPL-2.0',
      '',
      '//! Network PHY device.',
      '//!',
      '//! C header: [`include/linux/phy.h`](srctree/include/linux/phy.h).',
      '',
      'use crate::bindings;',
      '',
    ].join('\n'),
    'rust/helpers/blk.c': [
      '// SPDX-License-Identifier: GPL-2.0',
      '',
      '#include <linux/blkdev.h>',
      '',
      'void *rust_helper_blk_mq_rq_to_pdu(struct request *rq)',
      '{',
      '\treturn blk_mq_rq_to_pdu(rq);',
      '}',
      '',
    ].join('\n'),
    'include/linux/phy.h': '#ifndef __PHY_H\n#define __PHY_H\n\nstruct phy_device;\n\n#endif\n',
  };

  it.concurrent(
    'a changed C header: `rust: bindings-affected`, the Rust file’s deciding owner asked, interfaces[] c-to-rust, at most 2 reads',
    () =>
      inGatedRepository({}, async (emu) => {
        openPull(emu, INTERFACE_FILES, {
          'include/linux/phy.h': INTERFACE_FILES['include/linux/phy.h'].replace(
            'struct phy_device;\n',
            'struct phy_device;\nstruct phy_driver;\n',
          ),
        });
        const run = await runAction(emu, PR);

        expect(run.code).toBe(0);
        expect(emu.pull(PR).labels).toEqual(expect.arrayContaining(['rust: bindings-affected', 'subsystem: phy']));
        expect(listOutput(run, 'reviewers')).toEqual(['andrew-lunn', 'hkallweit', 'rmk-armlinux', 'fujita', 'tmgross']);
        expect(emu.pull(PR).requestedReviewers).toEqual(expect.arrayContaining(['fujita', 'tmgross']));
        expect(report(run).interfaces).toEqual([
          {
            direction: 'c-to-rust',
            rust: 'rust/kernel/net/phy.rs',
            header: 'include/linux/phy.h',
            owners: ['ETHERNET PHY LIBRARY [RUST]'],
            reviewers: ['fujita', 'tmgross'],
          },
        ]);
        expect(emu.pull(PR).comments[0].body).toContain('#### Interfaces');
        expect(gateStatusOn(emu)?.state).toBe('success');
        // GraphQL reads the tree and the blobs: a couple of requests, not one per file.
        expect(mapReads(run).length).toBeGreaterThan(0);
        expect(mapReads(run).length).toBeLessThanOrEqual(2);
      }),
  );

  it.concurrent('a changed helper: the block layer’s people asked after the deciding owners (the Rust tree)', () =>
    inGatedRepository({}, async (emu) => {
      openPull(emu, INTERFACE_FILES, {
        'rust/helpers/blk.c': `${INTERFACE_FILES['rust/helpers/blk.c']}\nint rust_helper_blk_x(void) { return 0; }\n`,
      });
      const run = await runAction(emu, PR);

      expect(run.code).toBe(0);
      expect(listOutput(run, 'reviewers')).toEqual(['ojeda', 'alex-gaynor', 'axboe']);
      expect(listOutput(run, 'team-reviewers')).toEqual(['rust-for-linux/reviewers']);
      expect(report(run).interfaces).toEqual([
        {
          direction: 'rust-to-c',
          rust: 'rust/helpers/blk.c',
          header: 'include/linux/blkdev.h',
          owners: ['BLOCK LAYER'],
          reviewers: ['axboe'],
        },
      ]);
      expect(emu.pull(PR).labels).toContain('subsystem: block');
      expect(emu.pull(PR).labels).not.toContain('rust: bindings-affected');
      expect(mapReads(run).length).toBeLessThanOrEqual(2);
    }),
  );

  it.concurrent('a PR touching no interface file and no header reads no map at all', () =>
    inGatedRepository({}, async (emu) => {
      openPull(
        emu,
        { ...INTERFACE_FILES, [DRIVER]: DRIVER_BASE },
        {
          [DRIVER]: DRIVER_BASE.replace('    0\n', '    1\n'),
        },
      );
      const run = await runAction(emu, PR);

      expect(run.code).toBe(0);
      expect(mapReads(run)).toEqual([]);
      expect(report(run).interfaces).toEqual([]);
    }),
  );
});

describe('the sweep after a push that changes the policy’s rust settings', () => {
  // Under rust/, which the Rust tree owns: no keyword could mention a subsystem the paths leave out, so only
  // the checks can make the sweep read the diff.
  const CORE_FILE = 'rust/kernel/io.rs';
  const UNSAFE_LINE = 'fn read(p: *const u32) -> u32 { unsafe { p.read_volatile() } }';

  it.concurrent(
    're-decides with its diff a PR whose head our run decided with the checks off: safety-comment set to block holds it',
    () =>
      inSweepRepository(policyWithChecks('safety-comment: off'), async (emu) => {
        const spec: sweep.PullSpec = { number: 7, files: { [CORE_FILE]: UNSAFE_LINE } };
        sweep.openPull(emu, spec);
        const opened = await sweep.runEvent(emu, 'pull_request_target', sweep.pullRequestEvent(emu, 7, 'opened'));
        expect(opened.code).toBe(0);
        // Nothing found, so nothing on the PR tells a later sweep that the diff matters.
        expect(JSON.parse(opened.outputs.report).findings).toEqual([]);
        expect(sweep.gateOf(emu, 7)?.state).toBe('success');

        const after = sweep.sha('main-2');
        emu.addCommit(after, { 'maintainers.yml': policyWithChecks('safety-comment: block') }, sweep.MAIN);
        emu.setBranch('main', after);
        const push = sweep.pushEvent(emu, { ref: 'refs/heads/main', before: sweep.MAIN, after });
        const run = await sweep.runEvent(emu, 'push', push);

        expect(run.code).toBe(0);
        expect(sweep.gateOf(emu, 7)).toEqual(
          expect.objectContaining({
            state: 'failure',
            description: 'Blocked: Rust safety-comment check; RUST has not approved',
          }),
        );
        expect(emu.pull(7).labels).toContain('rust: blocked');
        expect(emu.pull(7).comments[0].body).toContain('**blocks** until RUST approves');
        expect(run.requests.filter((r) => r.path.endsWith('/pulls/7/files')).length).toBeGreaterThan(0);
      }),
  );

  it.concurrent('a push that leaves the rust settings and the PR’s owners alone reads no diff and writes nothing', () =>
    inSweepRepository(policyWithChecks('safety-comment: off'), async (emu) => {
      sweep.openPull(emu, { number: 8, files: { [CORE_FILE]: UNSAFE_LINE } });
      await sweep.runEvent(emu, 'pull_request_target', sweep.pullRequestEvent(emu, 8, 'opened'));

      const after = sweep.sha('main-3');
      const policy = `${policyWithChecks('safety-comment: off')}\n  - name: SOMETHING ELSE\n    maintainers: [torvalds]\n    files: [tools/]\n`;
      emu.addCommit(after, { 'maintainers.yml': policy }, sweep.MAIN);
      emu.setBranch('main', after);
      const run = await sweep.runEvent(
        emu,
        'push',
        sweep.pushEvent(emu, { ref: 'refs/heads/main', before: sweep.MAIN, after }),
      );

      expect(run.code).toBe(0);
      expect(run.requests.filter((r) => r.path.endsWith('/pulls/8/files'))).toEqual([]);
      expect(sweep.writesTo(emu, run.requests, 8)).toEqual([]);
      expect(sweep.gateOf(emu, 8)?.state).toBe('success');
    }),
  );
});

async function inSweepRepository(policy: string, test: (emu: sweep.SweepEmulator) => Promise<void>): Promise<void> {
  const emu = await sweep.startSweepRepository({ policy });
  try {
    await test(emu);
    expect(emu.violations).toEqual([]);
  } finally {
    await emu.close();
  }
}
