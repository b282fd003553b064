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
    ['push', undefined, 'not on push'],
    ['merge_group', 'destroyed', 'asks for no checks'],
    ['issue_comment', 'created', 'not on issue_comment'],
    ['workflow_dispatch', undefined, 'not on workflow_dispatch'],
  ])('skips %s (%s) with a message saying why', (eventName, action, why) => {
    const plan = planEvent(eventName, { action, pull_request: pr });
    expect(plan.kind).toBe('skip');
    expect(plan.kind === 'skip' && plan.message).toContain(why);
  });

  it('carries the head the event names, for an error status before the PR is read', () => {
    expect(planEvent('pull_request_target', { action: 'opened', pull_request: { number: 7, head: { sha: 'abc' } } })).toEqual({
      kind: 'evaluate',
      number: 7,
      trigger: 'pull_request_target (opened)',
      headSha: 'abc',
    });
  });

  it('evaluates a merge group (checks_requested) as one change from its base to its head', () => {
    const merge_group = { head_sha: 'h1', base_sha: 'b1', base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-b1' };
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
});
