/**
 * planWrites predicts applyDecision: on the same PR, it plans a write exactly when applyDecision makes one.
 * Checked against the emulator on PRs in the states a sweep meets.
 */
import {
  BASE,
  EXAMPLE_POLICY,
  HEAD,
  OWNER,
  REPO,
  openPullRequest,
  startRepository,
  type Emulator,
} from '../../emulator/harness.js';
import { createGitHubClient } from '../github/client.js';
import { isCollaborator } from '../github/is-collaborator.js';
import { isTeamVisible } from '../github/is-team-visible.js';
import { COMMENT_MARKER, renderComment } from '../report/render-comment.js';
import { isTeam } from '../routing/pick-reviewers.js';
import { applyDecision, type ApplyOptions } from './apply-decision.js';
import { planWrites } from './plan-writes.js';
import { routePullRequest } from './route-pull-request.js';

const repo = { owner: OWNER, repo: REPO };
const OPTIONS: ApplyOptions = {
  labels: true,
  syncLabels: true,
  requestReviews: true,
  comment: true,
  status: true,
  statusContext: 'rust-patch-router',
  block: true,
  commentAuthor: 'github-actions[bot]',
  dryRun: false,
};
const quiet = { info: () => undefined, warning: () => undefined };

let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

/** Plans, then applies, PR `number`: what planWrites predicted, and how many writes applyDecision made. */
async function planThenApply(number: number): Promise<{ planned: string[]; written: number }> {
  const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
  const settings = {
    ...OPTIONS,
    config: 'maintainers.yml',
    maxReviewers: 10,
    workspace: undefined,
    statusContext: 'rust-patch-router',
    comments: true,
  };
  const routed = await routePullRequest(client, repo, number, settings, quiet);
  if (routed === null) throw new Error('closed');
  const draft = {
    marker: COMMENT_MARKER,
    render: (notRequested: never) => renderComment(routed.decision, { marker: COMMENT_MARKER, notRequested }),
  };
  const known = new Map<string, boolean>();
  for (const handle of [...routed.decision.reviewers, ...routed.decision.teamReviewers]) {
    known.set(
      handle.toLowerCase(),
      isTeam(handle) ? await isTeamVisible(client, handle) : await isCollaborator(client, repo, handle),
    );
  }
  const plan = planWrites(repo, routed.decision, routed.facts, draft, OPTIONS, (h) => known.get(h.toLowerCase()));
  if (plan.kind !== 'planned') throw new Error(`unknown handles ${plan.handles.join(', ')}`);
  const before = emu.writes().length;
  await applyDecision({ client, repo, facts: routed.facts, log: quiet }, routed.decision, draft, OPTIONS);
  return { planned: plan.writes, written: emu.writes().length - before };
}

describe('planWrites', () => {
  it('plans every write for a PR nothing was written to, and none once it was applied', async () => {
    // Rust under the PHY library (opt-in): labels, reviewers (the team GITHUB_TOKEN cannot see among them), comment, status.
    openPullRequest(emu, { number: 1, files: ['drivers/net/phy/foo.rs'] });

    const first = await planThenApply(1);
    expect(first.planned).toEqual([
      expect.stringMatching(/^add labels /),
      expect.stringMatching(/^request reviews from /),
      'create the comment',
      'set the rust-patch-router status to success',
    ]);
    expect(first.written).toBeGreaterThan(0);

    const again = await planThenApply(1);
    expect(again).toEqual({ planned: [], written: 0 });
  }, 60_000);

  it('plans none for a PR whose only unrequested reviewer GitHub refuses (a team the token cannot see)', async () => {
    // The Rust tree's reviewers are a team: with GITHUB_TOKEN it is refused every time, which is no write.
    openPullRequest(emu, { number: 2, files: ['rust/kernel/str.rs'], policy: EXAMPLE_POLICY });
    await planThenApply(2);
    expect(await planThenApply(2)).toEqual({ planned: [], written: 0 });
  }, 60_000);

  it('plans only the status for a draft: its reviews wait, its comment names nobody with @', async () => {
    openPullRequest(emu, { number: 3, files: ['drivers/net/ethernet/e1000.c'], draft: true, base: BASE, head: HEAD });
    const first = await planThenApply(3);
    expect(first.planned).toEqual([
      expect.stringMatching(/^add labels /),
      'set the rust-patch-router status to success',
    ]);
    expect(first.written).toBeGreaterThan(0);
    expect(await planThenApply(3)).toEqual({ planned: [], written: 0 });
  }, 60_000);
});
