import { checkRelay } from './check-relay.js';
import { fixture, prWorkflow, stepsOf } from './setup-of.test-helper.js';

const relay = (replace: (t: string) => string = (t) => t) => replace(fixture('workflows/relay.yml'));

describe('checkRelay', () => {
  it('checkRelay passes a relay on workflow_run of the workflow that handles reviews', () => {
    expect(checkRelay(stepsOf(prWorkflow(), relay()))).toEqual([]);
  });

  it('checkRelay warns when nothing relays the review workflow', () => {
    const findings = checkRelay(stepsOf(prWorkflow()));
    expect(findings).toEqual([
      expect.objectContaining({ check: 'relay', severity: 'warning', file: '.github/workflows/w0.yml' }),
    ]);
    expect(findings[0].fix).toContain("workflows: ['rust-patch-router']");
  });

  it('checkRelay warns when the relay names another workflow', () => {
    const findings = checkRelay(
      stepsOf(
        prWorkflow(),
        relay((t) => t.replace('workflows: [rust-patch-router]', 'workflows: [Route PRs]')),
      ),
    );
    expect(findings[0].message).toContain("of 'Route PRs', not of 'rust-patch-router'");
    expect(findings[0]).toMatchObject({ file: '.github/workflows/w1.yml', line: 4 });
  });

  it('checkRelay warns when the relay does not run on completed', () => {
    expect(
      checkRelay(
        stepsOf(
          prWorkflow(),
          relay((t) => t.replace('types: [completed]', 'types: [requested]')),
        ),
      ),
    ).toHaveLength(1);
  });

  it('checkRelay matches a workflow without a name by its path', () => {
    const unnamed = prWorkflow((t) => t.replace('name: rust-patch-router\n', ''));
    const named = relay((t) => t.replace('workflows: [rust-patch-router]', 'workflows: [.github/workflows/gate.yml]'));
    expect(
      checkRelay(stepsOf(['.github/workflows/gate.yml', unnamed], ['.github/workflows/relay.yml', named])),
    ).toEqual([]);
  });

  it('checkRelay warns when no workflow runs the action on pull_request_review', () => {
    const findings = checkRelay(
      stepsOf(
        prWorkflow((t) => t.replace(/ {2}pull_request_review:\n.*\n/, '')),
        relay(),
      ),
    );
    expect(findings[0].message).toContain('on pull_request_review');
  });
});
