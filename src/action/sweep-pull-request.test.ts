/**
 * What the sweep reads for one PR, and when (sweep-pull-request.ts's header): in-process against the
 * emulator, counting the requests each PR costs beyond its GraphQL page.
 */
import { EXAMPLE_POLICY, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from '../github/client.js';
import { listOpenPullRequests } from '../github/list-open-pull-requests.js';
import type { PullSnapshot } from '../github/pull-snapshot.js';
import { sweepPullRequest, type SweepContext, type SweepSettings } from './sweep-pull-request.js';
import { SweepPolicies } from './sweep-policy.js';
import { SweepReads } from './sweep-reads.js';

const repo = { owner: OWNER, repo: REPO };
const MAIN = '1'.repeat(40);
type Seeded = Emulator & {
  addCommit(sha: string, files: Record<string, string>, parents?: string | readonly string[]): void;
  addStatus(sha: string, status: { state: string; context?: string; description?: string }): void;
  setBranch(name: string, sha: string): void;
};
/** The requests logged so far, with the operation each was matched to. */
const logged = () => emu.requests as unknown as Array<{ method: string; operationId?: string }>;

/** Only the status is written, so seeding a PR costs one unthrottled write. */
const STATUS_ONLY: SweepSettings = {
  config: 'maintainers.yml',
  maxReviewers: 10,
  workspace: undefined,
  labels: false,
  syncLabels: false,
  requestReviews: false,
  comment: false,
  status: true,
  statusContext: 'rust-patch-router',
  block: true,
  commentAuthor: 'github-actions[bot]',
  dryRun: false,
};

let emu: Seeded;
beforeEach(async () => {
  emu = (await startRepository()) as Seeded;
  emu.addCommit(MAIN, { 'maintainers.yml': EXAMPLE_POLICY }, []);
  emu.setBranch('main', MAIN);
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

/** A sweep's shared state, fresh: nothing read yet. */
function context(settings: SweepSettings): SweepContext {
  const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
  const log = { info: () => undefined, warning: () => undefined };
  return {
    client,
    repo,
    settings,
    log,
    policies: new SweepPolicies(client, repo, 'maintainers.yml', log),
    reads: new SweepReads(client, repo),
    changedSubsystems: null,
    runUrl: 'https://github.com/rust-for-linux/linux/actions/runs/1',
    serverUrl: 'https://github.com',
  };
}

function open(
  number: number,
  files: Array<{ filename: string; status?: string; previous_filename?: string; patch?: string }>,
): string {
  const head = String(number).padStart(2, '0').repeat(20);
  emu.addCommit(head, { 'maintainers.yml': EXAMPLE_POLICY }, MAIN);
  emu.addPullRequest({
    number,
    title: `Change ${number}`,
    user: 'contributor',
    base: { sha: MAIN, ref: 'main' },
    head: { sha: head, ref: `topic-${number}`, repoFullName: 'contributor/linux' },
    files,
  });
  return head;
}

async function snapshots(ctx: SweepContext): Promise<Map<number, PullSnapshot>> {
  const page = await listOpenPullRequests(ctx.client, repo, { context: 'rust-patch-router', first: 50 });
  return new Map(page.pulls.map((pull) => [pull.pr.number, pull]));
}

/** Sweeps PR `number` with a fresh context whose shared reads (tips, policy) are already made; returns its own requests. */
async function sweepOne(number: number, settings: SweepSettings, prepare?: (ctx: SweepContext) => Promise<void>) {
  const ctx = context(settings);
  const snapshot = (await snapshots(ctx)).get(number)!;
  await ctx.policies.forBranch('main');
  await prepare?.(ctx);
  const before = emu.requests.length;
  const outcome = await sweepPullRequest(ctx, snapshot);
  return {
    outcome,
    requests: logged()
      .slice(before)
      .map((r) => `${r.method} ${r.operationId}`),
  };
}

describe('sweepPullRequest reads', () => {
  it('nothing of its own for a PR that already shows its decision', async () => {
    open(1, [{ filename: 'rust/kernel/str.rs', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }]);
    await sweepOne(1, STATUS_ONLY); // the first sweep writes its status

    const { outcome, requests } = await sweepOne(1, STATUS_ONLY);

    expect(outcome).toMatchObject({ result: 'unchanged', diffRead: null, verdict: 'routed' });
    expect(requests).toEqual([]);
  });

  it('nothing for a C-only PR whose labels carry its keyword mentions, once a run of ours decided its head', async () => {
    open(2, [{ filename: 'drivers/net/ethernet/e1000.c', patch: '@@ -1 +1 @@\n-a\n+b' }]);
    await sweepOne(2, STATUS_ONLY);

    const { outcome, requests } = await sweepOne(2, STATUS_ONLY);

    expect(outcome).toMatchObject({ result: 'unchanged', diffRead: null });
    expect(requests).toEqual([]);
  });

  it('the files with their patches when keywords could matter and no run of ours decided its head yet', async () => {
    open(3, [{ filename: 'drivers/net/ethernet/e1000.c', patch: '@@ -1 +1 @@\n-a\n+rust bindings' }]);

    const { outcome, requests } = await sweepOne(3, { ...STATUS_ONLY, dryRun: true });

    expect(outcome.diffRead).toContain('no run of ours decided its head yet');
    expect(requests).toEqual(['GET pulls/list-files']);
  });

  it('the files when GraphQL cannot name a renamed file’s old path', async () => {
    open(4, [{ filename: 'rust/kernel/dma.rs', status: 'renamed', previous_filename: 'rust/kernel/dma_old.rs' }]);

    const { outcome, requests } = await sweepOne(4, { ...STATUS_ONLY, dryRun: true });

    expect(outcome.diffRead).toContain('GraphQL does not list all its files');
    // rust/kernel/dma.rs is an interface file: the Rust ↔ C map of the base commit is read too, once a sweep.
    expect(requests).toEqual(['GET pulls/list-files', 'POST graphql']);
  });

  it('the files before writing, then the fence reads, then the write', async () => {
    open(5, [{ filename: 'drivers/net/phy/p.rs', patch: '@@ -1 +1 @@\n-a\n+b' }]);
    emu.addStatus('05'.repeat(20), {
      state: 'failure',
      context: 'rust-patch-router',
      description: 'from an older policy',
    });

    const { outcome, requests } = await sweepOne(5, STATUS_ONLY);

    expect(outcome).toMatchObject({ result: 'updated', diffRead: 'its decision changed (read before writing)' });
    expect(requests).toEqual([
      'GET pulls/list-files',
      expect.stringMatching(/^GET (pulls\/get|repos\/get-combined-status-for-ref)$/),
      expect.stringMatching(/^GET (pulls\/get|repos\/get-combined-status-for-ref)$/),
      'POST repos/create-commit-status',
    ]);
  });

  it('one permission read per approver for the whole sweep, and no comparison for approvals of the head', async () => {
    const heads = [6, 7].map((n) => open(n, [{ filename: 'drivers/net/dummy_rs.rs', patch: '@@ -1 +1 @@\n-a\n+b' }]));
    emu.addReview(6, { user: 'davem', state: 'APPROVED', commit_id: heads[0] });
    emu.addReview(7, { user: 'davem', state: 'APPROVED', commit_id: heads[1] });
    const ctx = context({ ...STATUS_ONLY, dryRun: true });
    const pulls = await snapshots(ctx);
    await ctx.policies.forBranch('main');
    const before = emu.requests.length;

    const outcomes = [await sweepPullRequest(ctx, pulls.get(6)!), await sweepPullRequest(ctx, pulls.get(7)!)];

    expect(outcomes.map((o) => [o.verdict, o.blocked])).toEqual([
      ['routed', false],
      ['routed', false],
    ]);
    const own = logged()
      .slice(before)
      .map((r) => `${r.method} ${r.operationId}`);
    expect(own.filter((r) => r.includes('permission'))).toEqual(['GET repos/get-collaborator-permission-level']);
    expect(own.filter((r) => r.includes('compare'))).toEqual([]);
  });

  it('comparisons for an approval of an earlier commit on a held file', async () => {
    const older = '0a'.repeat(20);
    emu.addCommit(older, { 'maintainers.yml': EXAMPLE_POLICY, 'drivers/net/dummy_rs.rs': 'a\n' }, MAIN);
    const head = '08'.repeat(20);
    emu.addCommit(head, { 'maintainers.yml': EXAMPLE_POLICY, 'drivers/net/dummy_rs.rs': 'a\nb\n' }, older);
    emu.addPullRequest({
      number: 8,
      user: 'contributor',
      base: { sha: MAIN, ref: 'main' },
      head: { sha: head, ref: 'topic-8', repoFullName: 'contributor/linux' },
    });
    emu.addReview(8, { user: 'davem', state: 'APPROVED', commit_id: older });

    const { outcome, requests } = await sweepOne(8, { ...STATUS_ONLY, dryRun: true });

    expect(outcome).toMatchObject({ verdict: 'needs-ack', blocked: true });
    expect(requests.filter((r) => r.includes('compare'))).toHaveLength(2);
    expect(requests.filter((r) => r.includes('permission'))).toEqual([]);
  });
});
