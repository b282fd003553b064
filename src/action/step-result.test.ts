import { stepResult, type StepFacts } from './step-result.js';

const facts = (event: string, changes: Partial<StepFacts> = {}): StepFacts => ({
  event,
  blocked: true,
  block: true,
  status: true,
  statusCarried: true,
  ...changes,
});

describe('stepResult', () => {
  it.each(['pull_request', 'pull_request_review', 'merge_group'])(
    'fails a blocked run under %s, where the job check belongs to the head',
    (event) => {
      expect(stepResult(facts(event))).toEqual({ fail: true, why: 'blocked' });
    },
  );

  it.each(['pull_request_target', 'workflow_run', 'push', 'schedule'])(
    'passes a blocked run under %s: the status carries the block, the base branch stays green',
    (event) => {
      const result = stepResult(facts(event));
      expect(result.fail).toBe(false);
      expect(result.fail === false && result.note).toContain('The commit status carries the block');
    },
  );

  it.each(['pull_request_target', 'pull_request', 'merge_group', 'schedule'])(
    'fails a blocked run under %s when status is false: nothing else carries the block',
    (event) => {
      expect(stepResult(facts(event, { status: false }))).toEqual({ fail: true, why: 'blocked' });
    },
  );

  it('fails a blocked pull_request_target run whose status could not be written', () => {
    expect(stepResult(facts('pull_request_target', { statusCarried: false }))).toEqual({
      fail: true,
      why: 'status-missing',
    });
  });

  it.each(['pull_request', 'pull_request_target', 'merge_group'])('passes an unblocked run under %s', (event) => {
    expect(stepResult(facts(event, { blocked: false }))).toEqual({ fail: false });
  });

  it('passes a blocked run with block off, on every event', () => {
    expect(stepResult(facts('pull_request', { block: false, status: false }))).toEqual({ fail: false });
  });
});
