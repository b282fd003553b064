import type { Emulator } from './index.js';
import { BASE, HEAD, call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';
const CONTEXT = 'rust-patch-router';
const GITHUB_ACTIONS = 15368;

describe('merge gate: can this pull request be merged?', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  const requireByRuleset = (integrationId?: number) =>
    emu.addRuleset({
      name: 'gate',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: [{ context: CONTEXT, ...(integrationId ? { integration_id: integrationId } : {}) }],
          },
        },
      ],
    });

  it('is mergeable with nothing required', () => {
    expect(emu.canMerge(1)).toEqual({ mergeable: true, reasons: [] });
  });

  it('waits for the required context, fails on failure, passes on the latest success on the head', async () => {
    requireByRuleset();
    expect(emu.canMerge(1)).toEqual({
      mergeable: false,
      reasons: [`required status check "${CONTEXT}" is expected on bbbbbbb (ruleset "gate")`],
    });
    await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'failure', context: CONTEXT });
    expect(emu.canMerge(1).reasons[0]).toMatch(/is failing/);
    await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'success', context: CONTEXT });
    expect(emu.canMerge(1)).toEqual({ mergeable: true, reasons: [] });
  });

  it('ignores a success on another commit (the base branch’s, where pull_request_target jobs report)', () => {
    requireByRuleset();
    emu.addStatus(BASE, { state: 'success', context: CONTEXT });
    emu.addCheckRun(BASE, { name: CONTEXT, conclusion: 'success' });
    expect(emu.canMerge(1).mergeable).toBe(false);
  });

  it('counts only the expected source when the ruleset names one', () => {
    requireByRuleset(GITHUB_ACTIONS);
    emu.addStatus(HEAD, { state: 'success', context: CONTEXT, creator: 'mallory' });
    expect(emu.canMerge(1).reasons).toEqual([
      `required status check "${CONTEXT}" from app ${GITHUB_ACTIONS} is expected on bbbbbbb (ruleset "gate")`,
    ]);
    emu.addStatus(HEAD, { state: 'success', context: CONTEXT });
    expect(emu.canMerge(1).mergeable).toBe(true);
  });

  it('honours classic branch protection alike, with strict (up to date) and required reviews', () => {
    emu.setBranchProtection('main', {
      required_status_checks: { strict: true, contexts: [CONTEXT] },
      required_pull_request_reviews: { required_approving_review_count: 1 },
    });
    emu.addStatus(HEAD, { state: 'success', context: CONTEXT });
    emu.addCommit('d'.repeat(40), {}, BASE);
    emu.setBranch('main', 'd'.repeat(40));
    expect(emu.canMerge(1).reasons).toEqual([
      'head branch is not up to date with main',
      '1 approving review(s) required, 0 given',
    ]);
  });

  it('refuses the merge API with GitHub’s messages, then merges', async () => {
    emu.setBranchProtection('main', { required_status_checks: { strict: false, contexts: [CONTEXT] } });
    const refused = await call(emu, 'PUT', `${REPO}/pulls/1/merge`, {});
    emu.addStatus(HEAD, { state: 'success', context: CONTEXT });
    const merged = await call(emu, 'PUT', `${REPO}/pulls/1/merge`, { merge_method: 'merge' });
    expect([refused.status, refused.json.message]).toEqual([405, `Required status check "${CONTEXT}" is expected.`]);
    expect(merged.json).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect(emu.state.branches.get('main')).toBe(merged.json.sha);
    expect((await call(emu, 'GET', `${REPO}/pulls/1`)).json).toMatchObject({ merged: true, state: 'closed' });
  });

  it('decides a merge group on merge_group.head_sha, not on the pull request’s head', () => {
    requireByRuleset();
    emu.addStatus(HEAD, { state: 'success', context: CONTEXT });
    const group = emu.enqueue(1);
    expect(emu.canMerge(1).mergeable).toBe(true);
    expect(emu.canMergeGroup(1).mergeable).toBe(false);
    emu.addStatus(group.headSha, { state: 'success', context: CONTEXT });
    expect(emu.canMergeGroup(1)).toEqual({ mergeable: true, reasons: [] });
    expect(emu.completeMergeGroup(1).mergeable).toBe(true);
    expect(emu.state.branches.get('main')).toBe(group.headSha);
    expect(emu.mergeQueue()).toEqual([]);
  });

  it('drops a failing group from the queue and rebuilds the next one', () => {
    requireByRuleset();
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD, ref: 'two' } });
    const first = emu.enqueue(1);
    const second = emu.enqueue(2);
    expect(second.baseSha).toBe(first.headSha);
    emu.addStatus(first.headSha, { state: 'failure', context: CONTEXT });
    expect(emu.completeMergeGroup(1).mergeable).toBe(false);
    expect(emu.mergeQueue().map((e) => [e.number, e.baseSha])).toEqual([[2, BASE]]);
    expect(emu.pull(1)).toBeDefined();
  });
});

describe('locked conversations and lost responses', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('refuses comments on a locked pull request but still applies labels and review requests', async () => {
    emu.lock(1, 'too heated');
    const pull = await call(emu, 'GET', `${REPO}/pulls/1`);
    const comment = await call(emu, 'POST', `${REPO}/issues/1/comments`, { body: 'hi' });
    const labels = await call(emu, 'POST', `${REPO}/issues/1/labels`, { labels: ['net'] });
    const review = await call(emu, 'POST', `${REPO}/pulls/1/requested_reviewers`, { reviewers: ['ojeda'] });
    expect(pull.json).toMatchObject({ locked: true, active_lock_reason: 'too heated' });
    expect([comment.status, comment.json.message]).toEqual([403, 'Unable to create comment because issue is locked.']);
    expect([labels.status, review.status]).toEqual([200, 201]);
    emu.unlock(1);
    expect((await call(emu, 'POST', `${REPO}/issues/1/comments`, { body: 'hi' })).status).toBe(201);
  });

  it('performs a write whose response is lost, answering 502', async () => {
    emu.failNext({ method: 'POST', path: /\/comments$/, status: 502, afterWrite: true });
    const lost = await call(emu, 'POST', `${REPO}/issues/1/comments`, { body: 'once' });
    expect(lost.status).toBe(502);
    expect(emu.pull(1).comments.map((c) => c.body)).toEqual(['once']);
  });
});
