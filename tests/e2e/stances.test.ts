/**
 * docs/ROUTING.md, "Stances", end to end: each stance, applied to a real pull request by the bundled action against the
 * emulator, with the example policy (maintainers.yml) at the base commit.
 */
import { listOutput, openPullRequest, runAction, inRepository } from '../../emulator/harness.js';
import { gateStatusOn, requireGate } from './gate-harness.js';

describe('the action on the example policy', () => {
  it.concurrent(
    'blocks Rust in an opted-out subsystem: status failure, rust: blocked, nobody from it asked, the file annotated',
    () =>
      inRepository({ labelsExist: false }, async (repository) => {
        const emu = requireGate(repository);
        const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
        const run = await runAction(emu, pr);

        // Under pull_request_target the status is the gate; the job's check (on the base branch) stays green.
        expect(run.code).toBe(0);
        expect(emu.canMerge(pr).mergeable).toBe(false);
        expect(gateStatusOn(emu)).toMatchObject({
          state: 'failure',
          description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet',
        });
        expect(run.outputs.blocked).toBe('true');
        const state = emu.pull(pr);
        expect(state.labels).toEqual(['rust: blocked', 'subsystem: dma']);
        expect(state.requestedReviewers).toEqual([]);
        expect(run.errors).toContainEqual({
          level: 'error',
          properties: { title: 'rust: blocked', file: 'kernel/dma/pool.rs' },
          message: expect.stringContaining('DMA MAPPING HELPERS, which opted out of Rust'),
        });
        expect(state.comments).toHaveLength(1);
        expect(state.comments[0].user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
        expect(state.comments[0].body).toMatch(/^<!-- rust-patch-router -->\n/);
        expect(state.comments[0].body).toContain('Blocked');
        expect(run.summary).toContain('DMA MAPPING HELPERS');
        expect(emu.labels()).toEqual([
          {
            name: 'rust: blocked',
            color: 'b60205',
            description: 'Rust in a subsystem that opted out: blocked until an exception',
          },
          { name: 'subsystem: dma', color: 'c5def5', description: 'Touches DMA MAPPING HELPERS' },
        ]);
      }),
  );

  it.concurrent('routes Rust in an opted-in subsystem to its maintainers and passes', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs'] });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      expect(run.outputs.blocked).toBe('false');
      expect(listOutput(run, 'reviewers')).toEqual(['fujita']);
      expect(listOutput(run, 'rust-files')).toEqual(['drivers/net/phy/ax88796b_rust.rs']);
      expect(listOutput(run, 'subsystems')[0]).toBe('ASIX PHY DRIVER [RUST]');
      const state = emu.pull(pr);
      expect(state.labels).toEqual(expect.arrayContaining(['rust', 'subsystem: phy']));
      expect(state.labels).not.toContain('rust: needs-ack');
      expect(state.requestedReviewers).toEqual(['fujita']);
      expect(run.errors).toEqual([]);
      expect(JSON.parse(run.outputs.report)).toMatchObject({
        files: [{ path: 'drivers/net/phy/ax88796b_rust.rs', decision: 'opt-in', owner: 'ASIX PHY DRIVER [RUST]' }],
        blocked: false,
        holds: [],
      });
    }),
  );

  it.concurrent('routes core Rust to the Rust tree', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['rust/kernel/str.rs'] });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      expect(listOutput(run, 'reviewers')).toEqual(['ojeda', 'alex-gaynor']);
      expect(listOutput(run, 'team-reviewers')).toEqual(['rust-for-linux/reviewers']);
      const state = emu.pull(pr);
      expect(state.labels).toEqual(['rust: core', 'subsystem: rust']);
      expect(state.requestedReviewers).toEqual(['ojeda', 'alex-gaynor']);
    }),
  );

  it.concurrent(
    "routes bindings under rust/kernel/block/ to the block subsystem's Rust maintainers, not the Rust tree",
    () =>
      inRepository({}, async (emu) => {
        const pr = openPullRequest(emu, { files: ['rust/kernel/block/mq/request.rs'] });
        const run = await runAction(emu, pr);

        expect(run.code).toBe(0);
        expect(listOutput(run, 'reviewers')).toEqual(['a-hindborg', 'boqunfeng']);
        const state = emu.pull(pr);
        expect(state.requestedReviewers).toEqual(['a-hindborg', 'boqunfeng']);
        expect(state.labels).toEqual(expect.arrayContaining(['rust', 'subsystem: block']));
        expect(state.labels).not.toContain('rust: core');
        expect(JSON.parse(run.outputs.report).files[0]).toMatchObject({
          owner: 'BLOCK LAYER DEVICE DRIVER API [RUST]',
          decision: 'opt-in',
        });
      }),
  );

  it.concurrent(
    "holds Rust in an undecided subsystem until a maintainer's approval, which the review event applies",
    () =>
      inRepository({}, async (repository) => {
        const emu = requireGate(repository);
        const pr = openPullRequest(emu, { files: ['drivers/net/ethernet/acme/acme_main.rs'] });
        const first = await runAction(emu, pr);

        expect(first.code).toBe(0);
        expect(emu.canMerge(pr).mergeable).toBe(false);
        expect(first.outputs.blocked).toBe('true');
        expect(emu.pull(pr).labels).toEqual(['rust: needs-ack', 'subsystem: net']);
        expect(emu.pull(pr).requestedReviewers).toEqual(['kuba-netdev', 'davem', 'edumazet', 'pabeni']);
        expect(emu.pull(pr).comments[0].body).toContain('Needs ack');

        emu.addReview(pr, { user: 'davem', state: 'APPROVED' });
        const acked = await runAction(emu, pr, { event: 'pull_request_review', reviewer: 'davem' });

        expect(acked.code).toBe(0);
        expect(emu.canMerge(pr).mergeable).toBe(true);
        expect(acked.outputs.blocked).toBe('false');
        const state = emu.pull(pr);
        expect(state.labels).not.toContain('rust: needs-ack');
        expect(state.labels).toContain('subsystem: net');
        expect(state.comments).toHaveLength(1);
        expect(state.comments[0].body).not.toContain('Needs ack');
        expect(JSON.parse(acked.outputs.report).holds).toEqual([
          expect.objectContaining({ subsystem: 'NETWORKING DRIVERS', liftedBy: ['davem'] }),
        ]);
      }),
  );

  it.concurrent("does not lift a hold on a non-maintainer's approval, nor on a maintainer's later change request", () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/ethernet/acme/acme_main.rs'] });
      emu.addReview(pr, { user: 'tmgross', state: 'APPROVED' });
      emu.addReview(pr, { user: 'pabeni', state: 'APPROVED' });
      emu.addReview(pr, { user: 'pabeni', state: 'CHANGES_REQUESTED' });
      const run = await runAction(emu, pr, { event: 'pull_request_review', reviewer: 'tmgross' });

      expect(run.code).toBe(1);
      expect(run.outputs.blocked).toBe('true');
      expect(emu.pull(pr).labels).toContain('rust: needs-ack');
    }),
  );

  it.concurrent('requests nobody again who already reviewed or is already requested, nor the author', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['rust/kernel/str.rs'], user: 'alex-gaynor' });
      emu.addReview(pr, { user: 'ojeda', state: 'COMMENTED' });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      expect(emu.pull(pr).requestedReviewers).toEqual([]);
      const reviewRequests = run.writes.filter((w) => w.path.endsWith('/requested_reviewers'));
      for (const request of reviewRequests) {
        expect((request.body as { reviewers: string[] }).reviewers).toEqual([]);
      }
    }),
  );
});
