/**
 * Review requests and the action's switches (SPEC §5): drafts, refused logins and teams, the reviewer cap,
 * dry-run, and the events the action does not evaluate.
 */
import { listOutput, openPullRequest, runAction, startRepository, EXAMPLE_PEOPLE, type Emulator } from './harness.js';

let emu: Emulator | undefined;
afterEach(async () => {
  expect(emu?.violations).toEqual([]);
  await emu?.close();
  emu = undefined;
});

describe('review requests', () => {
  it('wait on a draft (labels only), then go out on ready_for_review', async () => {
    emu = await startRepository();
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
  });

  it('still go to everyone else when GitHub refuses a non-collaborator, who is reported', async () => {
    emu = await startRepository({ collaborators: EXAMPLE_PEOPLE.filter((login) => login !== 'davem') });
    const pr = openPullRequest(emu, { files: ['drivers/net/ethernet/acme/acme_main.c'] });
    const run = await runAction(emu, pr);

    expect(run.code).toBe(0);
    expect(listOutput(run, 'reviewers')).toEqual(['kuba-netdev', 'davem', 'edumazet', 'pabeni']);
    expect(emu.pull(pr).requestedReviewers).toEqual(['kuba-netdev', 'edumazet', 'pabeni']);
    const refusal = run.warnings.find((w) => w.message.startsWith('Review request refused for davem'));
    expect(refusal?.message).toContain('collaborators');
    expect(run.summary).toContain('Review request refused for davem');
  });

  it('report a team the default token cannot see, without failing', async () => {
    emu = await startRepository({ tokenCanSeeTeams: false });
    const pr = openPullRequest(emu, { files: ['rust/kernel/str.rs'] });
    const run = await runAction(emu, pr);

    expect(run.code).toBe(0);
    expect(listOutput(run, 'team-reviewers')).toEqual(['rust-for-linux/reviewers']);
    expect(emu.pull(pr).requestedReviewers).toEqual(['ojeda', 'alex-gaynor']);
    expect(emu.pull(pr).requestedTeams).toEqual([]);
    const refusal = run.warnings.find((w) =>
      w.message.startsWith('Review request refused for rust-for-linux/reviewers'),
    );
    expect(refusal?.message).toContain('read:org');
  });

  it('go to a team when the token can see teams (a GitHub App or a PAT with read:org)', async () => {
    emu = await startRepository({ tokenCanSeeTeams: true });
    const pr = openPullRequest(emu, { files: ['rust/kernel/str.rs'] });
    const run = await runAction(emu, pr);
    const again = await runAction(emu, pr);

    expect(run.code).toBe(0);
    expect(emu.pull(pr).requestedTeams).toEqual(['reviewers']);
    expect(again.writes).toEqual([]);
  });

  it('are cut at max-reviewers, most specific owners first', async () => {
    emu = await startRepository();
    const pr = openPullRequest(emu, { files: ['drivers/net/phy/phy.c'] });
    const run = await runAction(emu, pr, { inputs: { 'max-reviewers': '2' } });

    expect(run.code).toBe(0);
    expect(listOutput(run, 'reviewers')).toEqual(['andrew-lunn', 'hkallweit']);
    expect(emu.pull(pr).requestedReviewers).toEqual(['andrew-lunn', 'hkallweit']);
  });

  it('are not made, nor anything else, with request-reviews, labels and comment off', async () => {
    emu = await startRepository();
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs', 'drivers/net/phy/phy.c'] });
    const inputs = { 'request-reviews': 'false', labels: 'false', comment: 'false' };
    const run = await runAction(emu, pr, { inputs });

    expect(run.code).toBe(1);
    expect(run.writes).toEqual([]);
  });
});

describe('dry-run', () => {
  it('writes nothing and exits as a real run would', async () => {
    emu = await startRepository();
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs', 'drivers/net/phy/phy.c'] });
    const run = await runAction(emu, pr, { inputs: { 'dry-run': 'true' } });

    expect(run.code).toBe(1);
    expect(run.writes).toEqual([]);
    expect(run.outputs.blocked).toBe('true');
    expect(listOutput(run, 'labels')).toContain('rust: blocked');
    expect(run.summary).toContain('Dry run: did not');
    expect(emu.pull(pr).labels).toEqual([]);
  });

  it('passes when block is off, though blocked', async () => {
    emu = await startRepository();
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
    const run = await runAction(emu, pr, { inputs: { 'dry-run': 'true', block: 'false' } });

    expect(run.code).toBe(0);
    expect(run.outputs.blocked).toBe('true');
    expect(run.writes).toEqual([]);
  });
});

describe('events', () => {
  it.each([
    ['push', undefined, 'not on push'],
    ['pull_request', 'closed', 'closed'],
    ['pull_request_target', 'closed', 'closed'],
  ] as const)('%s (%s) is a neutral exit with a message and no API call', async (event, action, message) => {
    emu = await startRepository();
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
    const run = await runAction(emu, pr, { event, ...(action ? { action } : {}) });

    expect(run.code).toBe(0);
    expect(run.annotations).toEqual([
      expect.objectContaining({ level: 'notice', message: expect.stringContaining(message) }),
    ]);
    expect(run.requests).toEqual([]);
  });

  it('rejects an invalid max-reviewers, naming the input', async () => {
    emu = await startRepository();
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
    const run = await runAction(emu, pr, { inputs: { 'max-reviewers': 'ten' } });

    expect(run.code).toBe(1);
    expect(run.errors.at(-1)?.message).toBe('Input max-reviewers must be a whole number of 0 or more, got "ten".');
  });
});
