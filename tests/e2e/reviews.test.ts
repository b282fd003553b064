/**
 * Review requests and the action's switches (docs/GATE.md, "Labels and review requests"): drafts, refused logins and teams, the reviewer cap,
 * dry-run, and the events the action does not evaluate.
 */
import { listOutput, openPullRequest, runAction, inRepository, EXAMPLE_PEOPLE } from '../../emulator/harness.js';
import { gateStatusOn, statusWrites } from './gate-harness.js';

describe('review requests', () => {
  it.concurrent('wait on a draft (labels only), then go out on ready_for_review', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs'], draft: true });
      const draft = await runAction(emu, pr);

      expect(draft.code).toBe(0);
      expect(emu.pull(pr).labels).toEqual(expect.arrayContaining(['rust', 'subsystem: phy']));
      expect(emu.pull(pr).requestedReviewers).toEqual([]);
      expect(draft.summary).toContain('reviews are requested when it is marked ready for review');

      emu.updatePullRequest(pr, { draft: false });
      const ready = await runAction(emu, pr, { action: 'ready_for_review' });

      expect(ready.code).toBe(0);
      expect(emu.pull(pr).requestedReviewers).toEqual(['fujita']);
    }),
  );

  it.concurrent('still go to everyone else when GitHub refuses a non-collaborator, who is reported', () =>
    inRepository({ collaborators: EXAMPLE_PEOPLE.filter((login) => login !== 'davem') }, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/ethernet/acme/acme_main.c'] });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(0);
      expect(listOutput(run, 'reviewers')).toEqual(['kuba-netdev', 'davem', 'edumazet', 'pabeni']);
      expect(emu.pull(pr).requestedReviewers).toEqual(['kuba-netdev', 'edumazet', 'pabeni']);
      const refusal = run.warnings.find((w) => w.message.startsWith('Review request refused for davem'));
      expect(refusal?.message).toContain('collaborators');
      expect(run.summary).toContain('Review request refused for davem');
    }),
  );

  it.concurrent('never @-mention a refused login, and a re-run neither re-requests nor rewrites anything', () =>
    inRepository({ collaborators: EXAMPLE_PEOPLE.filter((login) => login !== 'davem') }, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/ethernet/acme/acme_rust.rs'] });
      const first = await runAction(emu, pr);

      expect(gateStatusOn(emu)?.state).toBe('failure'); // NETWORKING DRIVERS has not decided on Rust: it needs an ack
      expect(emu.pull(pr).requestedReviewers).toEqual(['kuba-netdev', 'edumazet', 'pabeni']);
      const [comment] = emu.pull(pr).comments;
      expect(comment.body).toContain('@kuba-netdev');
      expect(comment.body).not.toContain('@davem');
      expect(comment.body).toContain('`davem`');

      emu.resetLog();
      const again = await runAction(emu, pr);

      expect(again.code).toBe(first.code);
      expect(emu.writes()).toEqual([]);
      expect(emu.pull(pr).comments).toEqual([comment]);
      expect(again.summary).toContain('Review request refused for davem');
    }),
  );

  it.concurrent('mention nobody in the comment of a draft, whose reviews wait', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/ax88796b_rust.rs'], draft: true });
      await runAction(emu, pr);

      const [comment] = emu.pull(pr).comments;
      expect(comment.body).toContain('`fujita`');
      expect(comment.body).not.toMatch(/@fujita/);
    }),
  );

  it.concurrent(
    'report a team the default token cannot see, without failing or ever sending it, and write nothing on a re-run',
    () =>
      inRepository({ tokenCanSeeTeams: false }, async (emu) => {
        const pr = openPullRequest(emu, { files: ['rust/kernel/str.rs'] });
        const first = await runAction(emu, pr);

        expect(first.code).toBe(0);
        expect(listOutput(first, 'team-reviewers')).toEqual(['rust-for-linux/reviewers']);
        expect(emu.pull(pr).requestedReviewers).toEqual(['ojeda', 'alex-gaynor']);
        expect(emu.pull(pr).requestedTeams).toEqual([]);
        const notVisible = first.warnings.find((w) =>
          w.message.startsWith('Review request refused for rust-for-linux/reviewers: not visible to this token'),
        );
        expect(notVisible?.message).toContain('a PAT with read:org');
        expect(first.summary).toContain('rust-for-linux/reviewers: not visible to this token');
        // One read tells the team is hidden; the one review request names the users only, and succeeds.
        expect(first.requests.filter((r) => r.path.startsWith('/orgs/'))).toEqual([
          expect.objectContaining({ method: 'GET', path: '/orgs/rust-for-linux/teams/reviewers', status: 404 }),
        ]);
        const reviewRequests = first.writes.filter((r) => r.path.endsWith('/requested_reviewers'));
        expect(reviewRequests).toEqual([
          expect.objectContaining({ status: 201, body: { reviewers: ['ojeda', 'alex-gaynor'], team_reviewers: [] } }),
        ]);
        expect(first.writes.filter((r) => r.status >= 400)).toEqual([]);
        const after = emu.pull(pr);

        expect(emu.violations).toEqual([]);
        emu.resetLog();
        const second = await runAction(emu, pr);

        expect(second.code).toBe(0);
        expect(emu.writes()).toEqual([]);
        // Still not requested, so still asked about: one read a run instead of a refused write.
        expect(second.requests.filter((r) => r.path.startsWith('/orgs/'))).toHaveLength(1);
        expect(emu.pull(pr)).toEqual(after);
        expect(second.warnings.map((w) => w.message)).toEqual(first.warnings.map((w) => w.message));
      }),
  );

  it.concurrent('go to a team when the token can see teams (a GitHub App or a PAT with read:org), once', () =>
    inRepository({ tokenCanSeeTeams: true }, async (emu) => {
      const pr = openPullRequest(emu, { files: ['rust/kernel/str.rs'] });
      const first = await runAction(emu, pr);

      expect(first.code).toBe(0);
      expect(emu.pull(pr).requestedTeams).toEqual(['reviewers']);
      expect(emu.pull(pr).requestedReviewers).toEqual(['ojeda', 'alex-gaynor']);
      expect(first.warnings).toEqual([]);
      expect(first.requests.filter((r) => r.path.startsWith('/orgs/'))).toEqual([
        expect.objectContaining({ method: 'GET', path: '/orgs/rust-for-linux/teams/reviewers', status: 200 }),
      ]);
      expect(first.writes.filter((r) => r.path.endsWith('/requested_reviewers'))).toEqual([
        expect.objectContaining({
          status: 201,
          body: { reviewers: ['ojeda', 'alex-gaynor'], team_reviewers: ['reviewers'] },
        }),
      ]);

      expect(emu.violations).toEqual([]);
      emu.resetLog();
      const second = await runAction(emu, pr);

      expect(second.code).toBe(0);
      expect(emu.writes()).toEqual([]);
      // The team is pending now: not asked about again.
      expect(second.requests.filter((r) => r.path.startsWith('/orgs/'))).toEqual([]);
    }),
  );

  it.concurrent('are cut at max-reviewers, most specific owners first', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['drivers/net/phy/phy.c'] });
      const run = await runAction(emu, pr, { inputs: { 'max-reviewers': '2' } });

      expect(run.code).toBe(0);
      expect(listOutput(run, 'reviewers')).toEqual(['andrew-lunn', 'hkallweit']);
      expect(emu.pull(pr).requestedReviewers).toEqual(['andrew-lunn', 'hkallweit']);
    }),
  );

  it.concurrent('are not made, nor anything but the status, with request-reviews, labels and comment off', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs', 'drivers/net/phy/phy.c'] });
      const inputs = { 'request-reviews': 'false', labels: 'false', comment: 'false' };
      const run = await runAction(emu, pr, { inputs });

      expect(run.writes).toEqual(statusWrites(run));
      expect(statusWrites(run)).toHaveLength(1);
      expect(gateStatusOn(emu)?.state).toBe('failure');
    }),
  );
});

describe('dry-run', () => {
  it.concurrent.each([
    ['pull_request_target', 0],
    ['pull_request', 1],
  ] as const)('writes nothing (not even the status) and exits as a real run would under %s', (event, code) =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs', 'drivers/net/phy/phy.c'] });
      const run = await runAction(emu, pr, { event, inputs: { 'dry-run': 'true' } });

      expect(run.code).toBe(code);
      expect(run.writes).toEqual([]);
      expect(run.outputs.blocked).toBe('true');
      expect(listOutput(run, 'labels')).toContain('rust: blocked');
      expect(run.summary).toContain('Dry run: did not');
      expect(emu.pull(pr).labels).toEqual([]);
    }),
  );

  it.concurrent('passes when block is off, though blocked', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
      const run = await runAction(emu, pr, { inputs: { 'dry-run': 'true', block: 'false' } });

      expect(run.code).toBe(0);
      expect(run.outputs.blocked).toBe('true');
      expect(run.writes).toEqual([]);
    }),
  );
});

describe('events', () => {
  // A push runs the sweep when it changes the policy (tests/e2e/sweep.test.ts).
  it.concurrent.each([
    ['pull_request', 'closed', 'closed'],
    ['pull_request_target', 'closed', 'closed'],
  ] as const)('%s (%s) is a neutral exit with a message and no API call', (event, action, message) =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
      const run = await runAction(emu, pr, { event, ...(action ? { action } : {}) });

      expect(run.code).toBe(0);
      expect(run.annotations).toEqual([
        expect.objectContaining({ level: 'notice', message: expect.stringContaining(message) }),
      ]);
      expect(run.requests).toEqual([]);
    }),
  );

  it.concurrent('rejects an invalid max-reviewers, naming the input', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
      const run = await runAction(emu, pr, { inputs: { 'max-reviewers': 'ten' } });

      expect(run.code).toBe(1);
      expect(run.errors.at(-1)?.message).toBe('Input max-reviewers must be a whole number of 0 or more, got "ten".');
    }),
  );
});
