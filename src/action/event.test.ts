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
    ['issue_comment', 'created', 'not on issue_comment'],
    ['workflow_dispatch', undefined, 'not on workflow_dispatch'],
  ])('skips %s (%s) with a message saying why', (eventName, action, why) => {
    const plan = planEvent(eventName, { action, pull_request: pr });
    expect(plan.kind).toBe('skip');
    expect(plan.kind === 'skip' && plan.message).toContain(why);
  });

  it('skips a pull_request payload without a pull request', () => {
    expect(planEvent('pull_request', { action: 'opened' })).toEqual({
      kind: 'skip',
      message: 'The pull_request (opened) payload names no pull request. Nothing to do.',
    });
  });
});
