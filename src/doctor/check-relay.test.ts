import { checkRelay } from './check-relay.js';
import { findRouterSteps } from './router-steps.js';
import { fixture, prWorkflow, REPOSITORY, workflowOf } from './setup-of.test-helper.js';

const relay = (replace: (t: string) => string = (t) => t) => replace(fixture('workflows/relay.yml'));

/** checkRelay over workflow texts (each `.github/workflows/w<i>.yml` unless given as [path, text]). */
function check(...texts: (string | [string, string])[]) {
  const workflows = texts.map((t, i) =>
    typeof t === 'string' ? workflowOf(t, `.github/workflows/w${i}.yml`) : workflowOf(t[1], t[0]),
  );
  return checkRelay(workflows, findRouterSteps(workflows, REPOSITORY));
}

/** A review workflow that does not run the action: its completion only triggers the relay. */
const HAND_OVER =
  'name: rust-patch-router review\non:\n  pull_request_review:\n    types: [submitted, dismissed]\npermissions: {}\n' +
  'jobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "the relay re-decides the PR"\n';

describe('checkRelay', () => {
  it('checkRelay passes a relay on workflow_run of the workflow that handles reviews', () => {
    expect(check(prWorkflow(), relay())).toEqual([]);
  });

  it('checkRelay passes a relay of a review workflow that does not run the action itself', () => {
    const pr = prWorkflow((t) => t.replace(/ {2}pull_request_review:\n.*\n/, ''));
    expect(
      check(
        pr,
        HAND_OVER,
        relay((t) => t.replace('workflows: [rust-patch-router]', 'workflows: [rust-patch-router review]')),
      ),
    ).toEqual([]);
  });

  it('checkRelay warns when nothing relays the review workflow', () => {
    const findings = check(prWorkflow());
    expect(findings).toEqual([
      expect.objectContaining({ check: 'relay', severity: 'warning', file: '.github/workflows/w0.yml' }),
    ]);
    expect(findings[0].fix).toContain("workflows: ['rust-patch-router']");
  });

  it('checkRelay warns when the relay names another workflow', () => {
    const findings = check(
      prWorkflow(),
      relay((t) => t.replace('workflows: [rust-patch-router]', 'workflows: [Route PRs]')),
    );
    expect(findings[0].message).toContain("of 'Route PRs', not of 'rust-patch-router'");
    expect(findings[0]).toMatchObject({ file: '.github/workflows/w1.yml', line: 4 });
  });

  it('checkRelay warns when the relay does not run on completed', () => {
    expect(
      check(
        prWorkflow(),
        relay((t) => t.replace('types: [completed]', 'types: [requested]')),
      ),
    ).toHaveLength(1);
  });

  it('checkRelay matches a workflow without a name by its path', () => {
    const unnamed = prWorkflow((t) => t.replace('name: rust-patch-router\n', ''));
    const named = relay((t) => t.replace('workflows: [rust-patch-router]', 'workflows: [.github/workflows/gate.yml]'));
    expect(check(['.github/workflows/gate.yml', unnamed], ['.github/workflows/relay.yml', named])).toEqual([]);
  });

  it('checkRelay warns when no workflow runs on pull_request_review', () => {
    const findings = check(
      prWorkflow((t) => t.replace(/ {2}pull_request_review:\n.*\n/, '')),
      relay(),
    );
    expect(findings[0].message).toContain('No workflow runs on pull_request_review');
  });
});
