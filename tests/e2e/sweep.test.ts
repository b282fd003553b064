/**
 * The sweep and the relay through the bundled action (dist/index.js) against the emulator (docs/GATE.md,
 * "The sweep", "The relay"): what a policy push, a schedule and a fork's review do to the open PRs, what
 * they cost, and that they stop cleanly and resume.
 */
import {
  CONTEXT,
  EXAMPLE_POLICY,
  MAIN,
  gateOf,
  openPull,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  runEvent,
  scheduleEvent,
  seedDecided,
  sha,
  startSweepRepository,
  workflowDispatchEvent,
  workflowRunEvent,
  writesTo,
  type PullSpec,
  type SweepEmulator,
} from './sweep-harness.js';
import { REST_RESERVE } from '../../src/action/sweep-budget.js';

/** The example policy with the PHY library opted out of Rust. */
const PHY_OPTED_OUT = EXAMPLE_POLICY.replace(/(- name: ETHERNET PHY LIBRARY\n\s+rust: )opt-in/, '$1opt-out');

/** Branch protection that requires our status on `main`: what makes the gate hold. */
const REQUIRE_STATUS = { required_status_checks: { strict: false, contexts: [CONTEXT] }, enforce_admins: true };

/**
 * Runs `test` on a fresh repository and checks, whatever it asserted, that no request broke GitHub's OpenAPI
 * description. Each test owns its emulator, so the tests run concurrently: most of a run is Octokit pacing
 * the writes, not CPU.
 */
async function inSweepRepository(test: (emu: SweepEmulator) => Promise<void>): Promise<void> {
  const emu = await startSweepRepository();
  try {
    await test(emu);
    expect(emu.violations).toEqual([]);
  } finally {
    await emu.close();
  }
}

/** Opens `spec` and runs the action on it as `pull_request_target` (opened) would. */
async function openAndRoute(emu: SweepEmulator, spec: PullSpec): Promise<void> {
  openPull(emu, spec);
  const run = await runEvent(emu, 'pull_request_target', pullRequestEvent(emu, spec.number, 'opened'));
  expect(run.code).toBe(0);
}

describe('sweep on a policy push', () => {
  it.concurrent('turns the open Rust PRs of a subsystem that opts out red, and writes nothing to the others', () =>
    inSweepRepository(async (emu) => {
      expect(PHY_OPTED_OUT).not.toBe(EXAMPLE_POLICY);
      emu.setBranchProtection('main', REQUIRE_STATUS);
      const phyRust: PullSpec = { number: 1, files: { 'drivers/net/phy/foo.rs': 'fn probe() {}' } };
      const others: PullSpec[] = [
        { number: 2, files: { 'drivers/net/ethernet/x.c': 'int x;' } },
        { number: 3, files: { 'rust/kernel/str.rs': 'fn len() {}' } },
      ];
      // The ASIX driver has its own, more specific entry (opt-in): the PHY library's stance does not hold it,
      // though its comment's table shows that stance.
      const asix: PullSpec = { number: 4, files: { 'drivers/net/phy/ax88796b_rust.rs': 'fn asix() {}' } };
      // Open PRs routed by runs that overlap, as they do on GitHub.
      await Promise.all([phyRust, ...others, asix].map((spec) => openAndRoute(emu, spec)));
      expect(gateOf(emu, 1)?.state).toBe('success');
      expect(emu.canMerge(1).mergeable).toBe(true);

      const after = sha('main-2');
      emu.addCommit(after, { 'maintainers.yml': PHY_OPTED_OUT }, MAIN);
      const run = await runEvent(emu, 'push', pushEvent(emu, { ref: 'refs/heads/main', before: MAIN, after }));

      expect(run.code).toBe(0);
      expect(gateOf(emu, 1)).toEqual(
        expect.objectContaining({
          state: 'failure',
          description: 'Blocked: ETHERNET PHY LIBRARY opted out of Rust; no exception yet',
        }),
      );
      expect(emu.canMerge(1).mergeable).toBe(false);
      expect(emu.pull(1).labels).toEqual(expect.arrayContaining(['rust: blocked', 'subsystem: phy']));
      expect(emu.pull(1).labels).not.toContain('rust');
      expect(emu.pull(1).comments[0].body).toContain('ETHERNET PHY LIBRARY');
      for (const spec of others) expect(writesTo(emu, run.requests, spec.number)).toEqual([]);
      expect(writesTo(emu, run.requests, 4).map((r) => `${r.method} ${r.path}`)).toEqual([
        expect.stringMatching(/^PATCH .*\/issues\/comments\/\d+$/),
      ]);
      expect(gateOf(emu, 4)?.state).toBe('success');
      expect(JSON.parse(run.outputs.swept)).toMatchObject({ open: 4, decided: 4, updated: [4, 1], blocked: [1] });

      // A sweep right after writes nothing at all: every PR already shows its decision.
      const again = await runEvent(emu, 'workflow_dispatch', workflowDispatchEvent(emu));
      expect(again.writes).toEqual([]);
    }),
  );

  it.concurrent('reads a few requests’ worth and writes nothing when the push leaves the policy alone', () =>
    inSweepRepository(async (emu) => {
      openPull(emu, { number: 1, files: { 'drivers/net/phy/foo.rs': 'fn probe() {}' } });
      const after = sha('main-2');
      emu.addCommit(after, { 'maintainers.yml': EXAMPLE_POLICY, 'drivers/net/ethernet/x.c': 'int x;\n' }, MAIN);

      const run = await runEvent(emu, 'push', pushEvent(emu, { ref: 'refs/heads/main', before: MAIN, after }));

      expect(run.code).toBe(0);
      expect(run.writes).toEqual([]);
      expect(run.requests.length).toBeLessThanOrEqual(3);
      expect(run.stdout).toContain('The push left the policy alone');
    }),
  );
});

describe('the relay', () => {
  it.concurrent('turns a fork PR green after its maintainer approves, though the review run could not write', () =>
    inSweepRepository(async (emu) => {
      emu.setBranchProtection('main', REQUIRE_STATUS);
      // NETWORKING DRIVERS has not decided on Rust: a Rust driver under drivers/net/ waits for its ack.
      const spec: PullSpec = { number: 5, user: 'contributor', files: { 'drivers/net/dummy_rs.rs': 'fn xmit() {}' } };
      await openAndRoute(emu, spec);
      expect(gateOf(emu, 5)?.state).toBe('failure');
      const head = emu.pull(5).headSha;

      emu.addReview(5, { user: 'davem', state: 'APPROVED', commit_id: head });
      // The review's own run, from a fork, gets a read-only token: it can write neither status nor labels.
      emu.setReadOnly(true);
      await runEvent(emu, 'pull_request_review', pullRequestReviewEvent(emu, 5, 'davem', 'approved'));
      emu.setReadOnly(false);
      expect(gateOf(emu, 5)?.state).toBe('failure');
      expect(emu.canMerge(5).mergeable).toBe(false);

      const relay = await runEvent(
        emu,
        'workflow_run',
        workflowRunEvent(emu, {
          headSha: head,
          headBranch: 'topic-5',
          headRepository: 'contributor/linux',
          conclusion: 'failure',
        }),
      );

      expect(relay.code).toBe(0);
      expect(gateOf(emu, 5)).toEqual(
        expect.objectContaining({
          state: 'success',
          description: 'Routed: every hold lifted by a maintainer’s approval',
        }),
      );
      expect(emu.canMerge(5).mergeable).toBe(true);
      expect(emu.pull(5).labels).not.toContain('rust: needs-ack');
      // Found through the fork owner's head, never through a number the fork supplied.
      expect(relay.requests.some((r) => r.path.endsWith('/pulls') && r.query.head === 'contributor:topic-5')).toBe(
        true,
      );
    }),
  );

  it.concurrent('does nothing for a head the PR has moved past, or a branch name another fork also uses', () =>
    inSweepRepository(async (emu) => {
      const spec: PullSpec = { number: 6, user: 'contributor', files: { 'drivers/net/dummy_rs.rs': 'fn xmit() {}' } };
      await openAndRoute(emu, spec);

      const stale = await runEvent(
        emu,
        'workflow_run',
        workflowRunEvent(emu, {
          headSha: sha('an older head'),
          headBranch: 'topic-6',
          headRepository: 'contributor/linux',
        }),
      );
      const elsewhere = await runEvent(
        emu,
        'workflow_run',
        workflowRunEvent(emu, { headSha: emu.pull(6).headSha, headBranch: 'topic-6', headRepository: 'mallory/linux' }),
      );

      for (const run of [stale, elsewhere]) {
        expect(run.code).toBe(0);
        expect(run.writes).toEqual([]);
        expect(run.stdout).toContain('any more');
      }
    }),
  );
});

describe('scheduled sweep', () => {
  it.concurrent(
    're-decides 500 open PRs whose decisions did not change in at most 30 requests and no write',
    () =>
      inSweepRepository(async (emu) => {
        const kinds: Array<(n: number) => Record<string, string>> = [
          (n) => ({
            [`drivers/net/ethernet/e${n}.c`]: `int e${n};`,
            [`include/linux/netdevice_${n}.h`]: '#define X 1',
          }),
          (n) => ({ [`block/b${n}.c`]: 'int b;' }),
          (n) => ({ [`kernel/dma/d${n}.c`]: 'int d; // see the rust side' }),
          (n) => ({ [`drivers/net/phy/p${n}.rs`]: 'fn probe() {}' }),
          (n) => ({ [`rust/kernel/k${n}.rs`]: 'fn k() {}' }),
          (n) => ({ [`rust/kernel/dma.rs`]: `fn map${n}() {}` }),
          (n) =>
            Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`drivers/misc/m${n}/f${i}.c`, `int f${i};`])),
          // Held by NETWORKING DRIVERS (undecided), acked by davem on its head: one permission read for all of them.
          (n) => ({ [`drivers/net/n${n}_rs.rs`]: 'fn xmit() {}' }),
        ];
        for (let number = 1; number <= 500; number++) {
          const kind = number % kinds.length;
          const spec: PullSpec = {
            number,
            files: kinds[kind](number),
            ...(kind === kinds.length - 1 ? { approvedBy: 'davem' } : {}),
          };
          openPull(emu, spec);
          seedDecided(emu, spec);
        }
        emu.resetLog();

        const run = await runEvent(emu, 'schedule', scheduleEvent('17 * * * *'));

        expect(run.code).toBe(0);
        expect(run.writes).toEqual([]);
        expect(JSON.parse(run.outputs.swept)).toMatchObject({ open: 500, decided: 500, updated: [], errors: [] });
        expect(run.requests.length).toBeLessThanOrEqual(30);
        console.log(
          `500-PR sweep: ${run.requests.length} requests (${run.requests.filter((r) => r.path === '/graphql').length} GraphQL), ${run.writes.length} writes`,
        );
      }),
    120_000,
  );
});

describe('a sweep stopped by the rate limit', () => {
  it.concurrent(
    'stops before GitHub refuses a request, says where, and the next sweep finishes without rewriting',
    () =>
      inSweepRepository(async (emu) => {
        const specs: PullSpec[] = Array.from({ length: 8 }, (_, i) => ({
          number: i + 1,
          files: { [`drivers/net/phy/p${i + 1}.rs`]: 'fn probe() {}' },
        }));
        for (const spec of specs) {
          openPull(emu, spec);
          seedDecided(emu, spec);
        }
        const after = sha('main-2');
        emu.addCommit(after, { 'maintainers.yml': PHY_OPTED_OUT }, MAIN);
        const push = pushEvent(emu, { ref: 'refs/heads/main', before: MAIN, after });
        // Only the status is written here, to keep the test fast: every PR costs its files, two fence reads and one write.
        const inputs = { labels: 'false', 'sync-labels': 'false', comment: 'false', 'request-reviews': 'false' };
        // The push costs two policy reads and the rate-limit probe one; then three PRs, and what is left is under the reserve.
        emu.faults.remaining = REST_RESERVE + 3 + 3 * 4 - 1;

        const first = await runEvent(emu, 'push', push, inputs);

        expect(first.code).toBe(0);
        expect(first.requests.every((r) => r.status !== 403 && r.status !== 429)).toBe(true);
        const stopped = JSON.parse(first.outputs.swept);
        expect(stopped).toMatchObject({ stopped: true, updated: [8, 7, 6] });
        expect(first.stdout).toContain(`Stopped before #${stopped.stoppedBefore}`);

        emu.faults.remaining = 1000;
        const second = await runEvent(emu, 'workflow_dispatch', workflowDispatchEvent(emu), inputs);

        expect(second.code).toBe(0);
        expect(JSON.parse(second.outputs.swept)).toMatchObject({ stopped: false, updated: [5, 4, 3, 2, 1] });
        for (const number of [8, 7, 6]) expect(writesTo(emu, second.requests, number)).toEqual([]);
        for (const spec of specs) expect(gateOf(emu, spec.number)?.state).toBe('failure');
      }),
    120_000,
  );

  it.concurrent('stops before a page when the GraphQL budget is low, and exits 0', () =>
    inSweepRepository(async (emu) => {
      openPull(emu, { number: 1, files: { 'drivers/net/phy/p.rs': 'fn probe() {}' } });
      emu.faults.graphql.remaining = 3;

      const run = await runEvent(emu, 'schedule', scheduleEvent('17 * * * *'));

      expect(run.code).toBe(0);
      expect(run.requests.filter((r) => r.path === '/graphql')).toEqual([]);
      expect(run.stdout).toContain('Stopped before the next page');
    }),
  );
});

describe('a PR that edits the policy', () => {
  it.concurrent(
    'asks the maintainers of the entries it changes, removed ones included, and lists the PRs it re-routes',
    () =>
      inSweepRepository(async (emu) => {
        const open: PullSpec[] = [
          { number: 1, files: { 'drivers/net/phy/foo.rs': 'fn probe() {}' } },
          { number: 2, files: { 'drivers/net/ethernet/x.c': 'int x;' } },
        ];
        for (const spec of open) {
          openPull(emu, spec);
          seedDecided(emu, spec);
        }
        // Opts the PHY library out and drops one of its maintainers.
        const proposed = PHY_OPTED_OUT.replace('maintainers: [andrew-lunn, hkallweit]', 'maintainers: [andrew-lunn]');
        expect(proposed).not.toBe(PHY_OPTED_OUT);
        const head = sha('policy-edit');
        emu.addCommit(head, { 'maintainers.yml': proposed }, MAIN);
        emu.addPullRequest({
          number: 10,
          title: 'PHY: opt out of Rust',
          user: 'torvalds',
          base: { sha: MAIN, ref: 'main' },
          head: { sha: head, ref: 'phy-opt-out', repoFullName: 'rust-for-linux/linux' },
        });

        const run = await runEvent(emu, 'pull_request_target', pullRequestEvent(emu, 10, 'opened'));

        expect(run.code).toBe(0);
        expect(emu.pull(10).requestedReviewers).toEqual(expect.arrayContaining(['andrew-lunn', 'hkallweit']));
        const body = emu
          .pull(10)
          .comments.map((c) => c.body)
          .join('\n');
        expect(body).toContain('This PR changes 1 policy entry:');
        expect(body).toContain('ETHERNET PHY LIBRARY (stance, maintainers)');
        expect(body).toContain('This change re-routes 1 open PR');
        expect(body).toMatch(/`#1` Change 1: routed → blocked; labels \+`rust: blocked` −`rust`/);
        expect(body).not.toContain('`#2`');
        // The base policy still decides the PR itself: it changes no Rust, so nothing holds it.
        expect(gateOf(emu, 10)?.state).toBe('success');
      }),
  );
});
