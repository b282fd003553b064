/**
 * Merge queues (docs/GATE.md, "Merge queues"): a required status must be reported on `merge_group`, or the
 * queue waits until it times out; the group is routed as one change, and a hold in it is lifted only by an
 * ack on the queued pull request that carries the held file. Asserted with the emulator's queue: would the
 * group merge?
 */
import { EXAMPLE_POLICY } from '../../emulator/harness.js';
import {
  BASE,
  CONTEXT,
  gateStatusOn,
  inGatedRepository,
  payloads,
  runEvent,
  statusWrites,
  type GateEmulator,
} from './gate-harness.js';

const NET_A = 'drivers/net/ethernet/acme/a_rust.rs';
const NET_B = 'drivers/net/ethernet/acme/b_rust.rs';

/** Opens PR `number` adding `files` on top of the base commit, its files computed from the snapshots. */
function openPullRequest(emu: GateEmulator, number: number, files: Record<string, string>): string {
  const head = String(number).padStart(2, '0').repeat(20);
  emu.addCommit(head, { 'maintainers.yml': EXAMPLE_POLICY, ...files }, BASE);
  emu.addPullRequest({
    number,
    title: `change ${number}`,
    user: 'contributor',
    base: { sha: BASE, ref: 'main' },
    head: { sha: head, ref: `topic-${number}`, repoFullName: 'contributor/linux' },
  });
  return head;
}

const checksRequested = (emu: GateEmulator, number: number) =>
  runEvent(emu, 'merge_group', payloads.mergeGroupEvent(emu, emu.mergeGroup(number)));

describe('a merge group', () => {
  it.concurrent('of PRs that each pass, passes: its status is written on the group head and it merges', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      const head = openPullRequest(emu, 12, { [NET_A]: 'fn a() {}\n' });
      emu.addReview(12, { user: 'davem', state: 'APPROVED', commit_id: head });
      const group = emu.enqueue(12);
      const run = await checksRequested(emu, 12);

      expect(run.code).toBe(0);
      expect(gateStatusOn(emu, group.headSha)).toMatchObject({
        state: 'success',
        description: 'Routed: every hold lifted by a maintainer’s approval',
      });
      expect(emu.canMergeGroup(12).mergeable).toBe(true);
      expect(emu.completeMergeGroup(12).mergeable).toBe(true);
      // The PRs of the group came from the queue GitHub keeps (GraphQL), not from the group's branch name.
      expect(run.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
    }),
  );

  it.concurrent('of PRs without Rust passes at once, without asking about the queue', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      openPullRequest(emu, 12, { 'drivers/net/ethernet/acme/acme.c': 'int a;\n' });
      const group = emu.enqueue(12);
      const run = await checksRequested(emu, 12);

      expect(run.code).toBe(0);
      expect(gateStatusOn(emu, group.headSha)?.state).toBe('success');
      expect(run.requests.filter((r) => r.path === '/graphql')).toEqual([]);
      expect(statusWrites(run)).toHaveLength(1);
    }),
  );

  it.concurrent('with an un-acked held file fails: the step, its status, and the queue does not merge it', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      openPullRequest(emu, 12, { 'kernel/dma/pool.rs': 'fn p() {}\n' });
      // Queued by someone who could bypass the PR's own required status: the queue still holds the line.
      const group = emu.enqueue(12);
      const run = await checksRequested(emu, 12);

      expect(run.code).toBe(1);
      expect(gateStatusOn(emu, group.headSha)).toMatchObject({
        state: 'failure',
        description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet',
      });
      expect(emu.canMergeGroup(12)).toEqual({
        mergeable: false,
        reasons: [expect.stringContaining(`required status check "${CONTEXT}"`)],
      });
      expect(emu.completeMergeGroup(12).mergeable).toBe(false);
    }),
  );

  it.concurrent('is not lifted by an ack on another PR of the queue that does not carry the held file', () =>
    inGatedRepository({}, async (emu) => {
      emu.addCommit(BASE, { 'maintainers.yml': EXAMPLE_POLICY }, []);
      const first = openPullRequest(emu, 12, { [NET_A]: 'fn a() {}\n' });
      openPullRequest(emu, 13, { [NET_B]: 'fn b() {}\n' });
      emu.addReview(12, { user: 'davem', state: 'APPROVED', commit_id: first });
      emu.enqueue(12);
      const group = emu.enqueue(13);
      const run = await checksRequested(emu, 13);

      expect(run.code).toBe(1);
      expect(JSON.parse(run.outputs.report).holds).toEqual([
        expect.objectContaining({ subsystem: 'NETWORKING DRIVERS', files: [NET_B], liftedBy: [] }),
      ]);
      expect(gateStatusOn(emu, group.headSha)?.state).toBe('failure');
      expect(emu.canMergeGroup(13).mergeable).toBe(false);
    }),
  );

  it.concurrent(
    'writes an error status when it cannot decide, so the queue never waits on a status nobody writes',
    () =>
      inGatedRepository({}, async (emu) => {
        emu.addCommit(BASE, { 'maintainers.yml': 'version: 1\nsubsystems: [\n' }, []);
        openPullRequest(emu, 12, { [NET_A]: 'fn a() {}\n' });
        const group = emu.enqueue(12);
        const run = await checksRequested(emu, 12);

        expect(run.code).toBe(1);
        expect(gateStatusOn(emu, group.headSha)?.state).toBe('error');
        expect(emu.canMergeGroup(12).mergeable).toBe(false);
      }),
  );
});
