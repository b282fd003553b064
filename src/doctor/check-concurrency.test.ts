import { checkConcurrency } from './check-concurrency.js';
import { prWorkflow, stepsOf } from './setup-of.test-helper.js';

const withGroup = (group: string) => prWorkflow((t) => t.replace(/ {2}group: .*\n/, `  group: ${group}\n`));

describe('checkConcurrency', () => {
  it('checkConcurrency passes a group per PR with a fallback for merge_group', () => {
    expect(checkConcurrency(stepsOf(prWorkflow()))).toEqual([]);
  });

  it('checkConcurrency warns when there is no concurrency group', () => {
    const findings = checkConcurrency(stepsOf(prWorkflow((t) => t.replace(/concurrency:\n(?: {2}.+\n)+/, ''))));
    expect(findings).toEqual([expect.objectContaining({ check: 'concurrency', severity: 'warning', line: 20 })]);
  });

  it('checkConcurrency errors on github.ref under pull_request_target: the base branch, one group for every PR', () => {
    const findings = checkConcurrency(stepsOf(withGroup('rpr-${{ github.ref }}')));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 18 })]);
    expect(findings[0].message).toContain('base branch');
  });

  it('checkConcurrency accepts github.ref under pull_request (refs/pull/N/merge)', () => {
    const pr = withGroup('rpr-${{ github.ref }}')
      .replace('pull_request_target:', 'pull_request:')
      .replace(/ {2}merge_group:\n.*\n/, '');
    expect(checkConcurrency(stepsOf(pr))).toEqual([]);
  });

  it('checkConcurrency errors on a constant group', () => {
    expect(checkConcurrency(stepsOf(withGroup('rust-patch-router')))[0].severity).toBe('error');
  });

  it('checkConcurrency warns on a group per head branch name (forks collide)', () => {
    expect(checkConcurrency(stepsOf(withGroup('rpr-${{ github.head_ref }}')))[0].message).toContain('branch name');
  });

  it('checkConcurrency warns when merge_group runs all share one group', () => {
    const findings = checkConcurrency(stepsOf(withGroup('rpr-${{ github.event.pull_request.number }}')));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(findings[0].message).toContain('merge_group');
  });

  it('checkConcurrency leaves sweep and relay workflows alone (not per PR)', () => {
    expect(
      checkConcurrency(
        stepsOf('on: schedule\njobs:\n  s:\n    steps:\n      - uses: rust-for-linux/rust-patch-router@v1\n'),
      ),
    ).toEqual([]);
  });
});
