import { checkRequiredStatus, GITHUB_ACTIONS_APP_ID } from './check-required-status.js';
import { prWorkflow, protectionFixture, rulesFixture, stepsOf } from './setup-of.test-helper.js';
import type { BranchProtection, BranchRule, Readable } from './types.js';

const NONE: Readable<BranchProtection | null> = { value: null };
const NO_RULES: Readable<BranchRule[]> = { value: [] };
const ADMIN_ONLY = {
  unreadable: {
    reason: 'GitHub answered HTTP 403 Must have admin rights to Repository.',
    needs: 'admin on the repository',
  },
};

/** A required_status_checks rule as GET rules/branches lists it. */
function rule(checks: { context: string; integration_id?: number }[]): BranchRule {
  return {
    type: 'required_status_checks',
    parameters: { strict_required_status_checks_policy: true, required_status_checks: checks },
    ruleset_source_type: 'Repository',
    ruleset_source: 'rust-for-linux/linux',
    ruleset_id: 77,
  };
}

describe('checkRequiredStatus', () => {
  const steps = stepsOf(prWorkflow());

  it('checkRequiredStatus passes when a ruleset requires the context from GitHub Actions', () => {
    expect(checkRequiredStatus(steps, { value: rulesFixture() }, NONE, 'main')).toEqual([]);
  });

  it('checkRequiredStatus errors when neither rulesets nor branch protection require the context', () => {
    const findings = checkRequiredStatus(steps, NO_RULES, NONE, 'main');
    expect(findings).toEqual([expect.objectContaining({ check: 'required-status', severity: 'error' })]);
    expect(findings[0].message).toBe(
      "The status 'rust-patch-router' is not required on main: a held PR can be merged anyway.",
    );
    expect(findings[0].fix).toContain('Require status checks to pass');
  });

  it('checkRequiredStatus follows the workflow’s status-context', () => {
    const custom = stepsOf(
      prWorkflow((t) =>
        t.replace('config: maintainers.yml', "config: maintainers.yml\n          status-context: 'rust gate'"),
      ),
    );
    expect(checkRequiredStatus(custom, { value: rulesFixture() }, NONE, 'main')[0].message).toContain(
      "'rust gate' is not required",
    );
    expect(
      checkRequiredStatus(
        custom,
        { value: [rule([{ context: 'rust gate', integration_id: GITHUB_ACTIONS_APP_ID }])] },
        NONE,
        'main',
      ),
    ).toEqual([]);
  });

  it('checkRequiredStatus accepts classic branch protection (contexts or checks)', () => {
    const protection = {
      value: {
        required_status_checks: {
          contexts: ['rust-patch-router'],
          checks: [{ context: 'rust-patch-router', app_id: GITHUB_ACTIONS_APP_ID }],
        },
      },
    };
    expect(checkRequiredStatus(steps, NO_RULES, protection, 'main')).toEqual([]);
  });

  it('checkRequiredStatus errors when the requirement is pinned to another app: the GITHUB_TOKEN status never satisfies it', () => {
    const findings = checkRequiredStatus(
      steps,
      { value: [rule([{ context: 'rust-patch-router', integration_id: 57789 }])] },
      NONE,
      'main',
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', file: '.github/workflows/w0.yml', line: 27 }),
    ]);
    expect(findings[0].message).toContain('from app 57789');
  });

  it('checkRequiredStatus errors when pinned to GitHub Actions but the step passes its own token', () => {
    const app = stepsOf(
      prWorkflow((t) =>
        t.replace(
          'config: maintainers.yml',
          'config: maintainers.yml\n          token: ${{ steps.app.outputs.token }}',
        ),
      ),
    );
    const findings = checkRequiredStatus(app, { value: rulesFixture() }, NONE, 'main');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(findings[0].message).toContain('passes its own `token`');
  });

  it('checkRequiredStatus notes a requirement from any source (not a problem)', () => {
    const findings = checkRequiredStatus(steps, { value: [rule([{ context: 'rust-patch-router' }])] }, NONE, 'main');
    expect(findings).toEqual([expect.objectContaining({ severity: 'note' })]);
  });

  it('checkRequiredStatus treats branch protection app_id -1 or null as any source', () => {
    const protection = {
      value: { required_status_checks: { checks: [{ context: 'rust-patch-router', app_id: -1 }] } },
    };
    expect(checkRequiredStatus(steps, NO_RULES, protection, 'main').map((f) => f.severity)).toEqual(['note']);
  });

  it('checkRequiredStatus says "not checked" when the context is not in the rulesets and branch protection is unreadable', () => {
    const findings = checkRequiredStatus(steps, NO_RULES, ADMIN_ONLY, 'main');
    expect(findings).toEqual([expect.objectContaining({ severity: 'not-checked' })]);
    expect(findings[0].message).toContain('Must have admin rights');
    expect(findings[0].fix).toBe('Run doctor with a token that has admin on the repository.');
  });

  it('checkRequiredStatus warns that a required job check under pull_request_target never reports on the PR (the old README)', () => {
    const findings = checkRequiredStatus(steps, { value: rulesFixture() }, { value: protectionFixture() }, 'main');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(findings[0].message).toContain("'route'");
  });

  it('checkRequiredStatus errors on `status: false` under pull_request_target', () => {
    const off = stepsOf(
      prWorkflow((t) => t.replace('config: maintainers.yml', 'config: maintainers.yml\n          status: false')),
    );
    const findings = checkRequiredStatus(off, { value: rulesFixture() }, NONE, 'main');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 27 })]);
    expect(findings[0].message).toContain('`status: false` under pull_request_target');
  });

  it('checkRequiredStatus still checks the default context when no workflow runs the action on PRs', () => {
    expect(checkRequiredStatus([], NO_RULES, NONE, 'main')[0].message).toContain("'rust-patch-router' is not required");
    expect(checkRequiredStatus([], { value: rulesFixture() }, NONE, 'main')).toEqual([]);
  });
});
