import { planEvent } from './event.js';

const pr = { number: 7 };

describe('planEvent', () => {
  it.each([
    ['pull_request', 'opened'],
    ['pull_request', 'synchronize'],
    ['pull_request', 'reopened'],
    ['pull_request', 'ready_for_review'],
    ['pull_request', 'edited'],
    ['pull_request_target', 'opened'],
    ['pull_request_target', 'synchronize'],
    ['pull_request_review', 'submitted'],
    ['pull_request_review', 'dismissed'],
  ])('evaluates %s (%s)', (eventName, action) => {
    expect(planEvent(eventName, { action, pull_request: pr })).toEqual({
      kind: 'evaluate',
      number: 7,
      trigger: `${eventName} (${action})`,
    });
  });

  it.each([
    ['pull_request', 'closed', 'was closed'],
    ['pull_request_target', 'closed', 'was closed'],
    ['pull_request_review', 'edited', 'cannot change an ack'],
    ['push', undefined, 'moved no branch'],
    ['merge_group', 'destroyed', 'asks for no checks'],
    ['issue_comment', 'created', 'not on issue_comment'],
    ['workflow_run', 'requested', 'once the run has completed'],
  ])('skips %s (%s) with a message saying why', (eventName, action, why) => {
    const plan = planEvent(eventName, { action, pull_request: pr });
    expect(plan.kind).toBe('skip');
    expect(plan.kind === 'skip' && plan.message).toContain(why);
  });

  it('carries the head the event names, for an error status before the PR is read', () => {
    expect(
      planEvent('pull_request_target', { action: 'opened', pull_request: { number: 7, head: { sha: 'abc' } } }),
    ).toEqual({
      kind: 'evaluate',
      number: 7,
      trigger: 'pull_request_target (opened)',
      headSha: 'abc',
    });
  });

  it('evaluates a merge group (checks_requested) as one change from its base to its head', () => {
    const merge_group = {
      head_sha: 'h1',
      base_sha: 'b1',
      base_ref: 'refs/heads/main',
      head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-b1',
    };
    expect(planEvent('merge_group', { action: 'checks_requested', merge_group })).toEqual({
      kind: 'merge-group',
      trigger: 'merge_group (checks_requested)',
      headSha: 'h1',
      baseSha: 'b1',
      baseRef: 'main',
    });
  });

  it('skips a pull_request payload without a pull request', () => {
    expect(planEvent('pull_request', { action: 'opened' })).toEqual({
      kind: 'skip',
      message: 'The pull_request (opened) payload names no pull request. Nothing to do.',
    });
  });

  it.each(['schedule', 'workflow_dispatch'])('sweeps every open PR on %s', (eventName) => {
    expect(planEvent(eventName, {})).toEqual({ kind: 'sweep', trigger: eventName });
  });

  it('sweeps the PRs into the branch a push moved (sweep.ts checks that the push changed the policy)', () => {
    const push = { ref: 'refs/heads/main', before: 'a'.repeat(40), after: 'b'.repeat(40) };
    expect(planEvent('push', push)).toEqual({
      kind: 'sweep',
      trigger: 'push to main',
      push: { branch: 'main', before: 'a'.repeat(40), after: 'b'.repeat(40) },
    });
  });

  it.each([
    [{ ref: 'refs/tags/v1.0', before: 'a'.repeat(40), after: 'b'.repeat(40) }, 'moved no branch'],
    [{ ref: 'refs/heads/topic', before: 'a'.repeat(40), after: '0'.repeat(40), deleted: true }, 'deleted topic'],
  ])('skips a push that moves no branch PRs target: %j', (push, why) => {
    const plan = planEvent('push', push);
    expect(plan.kind === 'skip' && plan.message).toContain(why);
  });

  it('relays a completed workflow run by the head commit, branch and owner its payload names', () => {
    const workflow_run = {
      name: 'rust-patch-router',
      head_sha: 'c'.repeat(40),
      head_branch: 'rust-phy',
      head_repository: { owner: { login: 'alice' } },
    };
    expect(planEvent('workflow_run', { action: 'completed', workflow_run })).toEqual({
      kind: 'relay',
      trigger: 'workflow_run (completed) of rust-patch-router',
      headSha: 'c'.repeat(40),
      headOwner: 'alice',
      headBranch: 'rust-phy',
    });
  });

  it('skips a workflow run whose head repository is gone (a deleted fork): nothing names its PR', () => {
    const workflow_run = { head_sha: 'c'.repeat(40), head_branch: 'rust-phy', head_repository: null };
    const plan = planEvent('workflow_run', { action: 'completed', workflow_run });
    expect(plan.kind === 'skip' && plan.message).toContain('names no head commit, head repository and branch');
  });
});
