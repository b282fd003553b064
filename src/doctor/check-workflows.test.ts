import { checkWorkflows } from './check-workflows.js';
import { findRouterSteps } from './router-steps.js';
import { prWorkflow, REPOSITORY, stepsOf, workflowOf } from './setup-of.test-helper.js';

describe('checkWorkflows', () => {
  it('checkWorkflows passes an enabled pull-request workflow', () => {
    expect(checkWorkflows(stepsOf(prWorkflow()))).toEqual([]);
  });

  it('checkWorkflows errors when no workflow runs the action', () => {
    expect(checkWorkflows([])[0]).toMatchObject({ check: 'workflow', severity: 'error' });
  });

  it('checkWorkflows errors when only sweeps run the action', () => {
    const findings = checkWorkflows(
      stepsOf('on: schedule\njobs:\n  s:\n    steps: [{ uses: rust-for-linux/rust-patch-router@v1 }]\n'),
    );
    expect(findings[0].message).toContain('on pull_request_target or pull_request');
  });

  it('checkWorkflows errors on a disabled pull-request workflow', () => {
    const steps = findRouterSteps(
      [workflowOf(prWorkflow(), '.github/workflows/rpr.yml', 'disabled_manually')],
      REPOSITORY,
    );
    const findings = checkWorkflows(steps);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0].message).toContain('disabled manually');
  });
});
