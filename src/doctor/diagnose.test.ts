import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_ORDER, diagnose, exitCodeOf } from './diagnose.js';
import { goodSetup, policyOf, prWorkflow, workflowFile } from './setup-of.test-helper.js';
import type { RepositorySetup } from './types.js';

const ADMIN_ONLY = {
  reason: 'GitHub answered HTTP 403 Resource not accessible by integration',
  needs: 'admin on the repository',
};

describe('diagnose', () => {
  it('diagnose passes the correctly set-up repository: no finding, every check ok, exit 0', () => {
    const report = diagnose(goodSetup());
    expect(report.findings).toEqual([]);
    expect(report.checks.map((c) => c.outcome)).toEqual(CHECK_ORDER.map(() => 'pass'));
    expect(exitCodeOf(report)).toBe(0);
  });

  it('diagnose never passes a check it could not run: branch protection unreadable with the context only there → not checked, exit 2', () => {
    const setup: RepositorySetup = { ...goodSetup(), rules: { value: [] }, protection: { unreadable: ADMIN_ONLY } };
    const report = diagnose(setup);
    expect(report.findings.map((f) => [f.check, f.severity])).toEqual([
      ['required-status', 'not-checked'],
      ['code-owner-review', 'not-checked'],
    ]);
    expect(report.findings[0].fix).toContain('admin on the repository');
    expect(exitCodeOf(report)).toBe(2);
  });

  it('diagnose reads a required context from rulesets even when branch protection is unreadable (the usual non-admin token)', () => {
    const report = diagnose({ ...goodSetup(), protection: { unreadable: ADMIN_ONLY } });
    expect(report.findings.map((f) => [f.check, f.severity])).toEqual([['code-owner-review', 'not-checked']]);
  });

  it('diagnose turns every workflow check into "not checked" when the workflows cannot be read', () => {
    const report = diagnose({
      ...goodSetup(),
      workflows: { unreadable: { reason: 'HTTP 500', needs: 'contents read' } },
    });
    const notChecked = report.checks.filter((c) => c.outcome === 'not-checked').map((c) => c.check);
    expect(notChecked).toEqual([
      'workflow',
      'required-status',
      'merge-queue',
      'pull-request-target-checkout',
      'permissions',
      'concurrency',
      'sweep',
      'relay',
    ]);
    expect(exitCodeOf(report)).toBe(2);
  });

  it('diagnose reports an unusable policy as an error, and the people checks as not checked', () => {
    const setup = goodSetup();
    setup.policy = {
      value: { path: 'maintainers.yml', policy: null, problems: ['maintainers.yml does not exist at commit main'] },
    };
    const report = diagnose(setup);
    expect(report.findings[0]).toMatchObject({ check: 'policy', severity: 'error' });
    expect(report.findings[0].message).toContain('maintainers.yml does not exist at commit main');
    expect(report.checks.filter((c) => c.outcome === 'not-checked').map((c) => c.check)).toEqual([
      'collaborators',
      'acks',
      'teams',
      'unmapped-emails',
    ]);
    expect(exitCodeOf(report)).toBe(1);
  });

  it('diagnose puts errors first and exits 1 when any problem is found, even with checks that could not run', () => {
    const setup = goodSetup();
    setup.protection = { unreadable: ADMIN_ONLY };
    setup.workflows = {
      value: [
        workflowFile(
          'rust-patch-router.yml',
          prWorkflow((t) => t.replace(/\n {2}statuses: write/, '')),
        ),
      ],
    };
    const report = diagnose(setup);
    expect(report.findings[0]).toMatchObject({ check: 'permissions', severity: 'error' });
    expect(report.findings.map((f) => f.severity)).toEqual(
      [...report.findings.map((f) => f.severity)].sort((a, b) => order(a) - order(b)),
    );
    expect(exitCodeOf(report)).toBe(1);
  });

  it('diagnose reports a workflow that does not parse, with its line', () => {
    const setup = goodSetup();
    setup.workflows = {
      value: [...(setup.workflows as { value: [] }).value, workflowFile('broken.yml', 'on: push\njobs:\n  a: [\n')],
    };
    const report = diagnose(setup);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'workflow',
        severity: 'warning',
        file: '.github/workflows/broken.yml',
        line: 4,
      }),
    ]);
  });

  it('diagnose follows a local reusable workflow and checks its jobs under the caller’s triggers', () => {
    const caller = prWorkflow((t) =>
      t.replace(/jobs:[\s\S]*$/, 'jobs:\n  route:\n    uses: ./.github/workflows/route.yml\n'),
    );
    const callee =
      'on: workflow_call\njobs:\n  decide:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: rust-for-linux/rust-patch-router@v1\n';
    const setup = goodSetup();
    setup.workflows = {
      value: [
        workflowFile('rust-patch-router.yml', caller),
        workflowFile('route.yml', callee),
        workflowFile('relay.yml'),
        workflowFile('sweep.yml'),
      ],
    };
    expect(diagnose(setup).findings).toEqual([]);
  });
});

function order(severity: string): number {
  return ['error', 'warning', 'not-checked', 'note'].indexOf(severity);
}

describe('diagnose on this repository’s own set-up', () => {
  it('diagnose finds the self-use workflows in .github/ set up right: only the policy’s deliberate team-only maintainers are reported', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const dir = join(root, '.github', 'workflows');
    const workflows = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({
        path: `.github/workflows/${name}`,
        state: 'active',
        text: readFileSync(join(dir, name), 'utf8'),
      }));
    const policy = policyOf(readFileSync(join(root, '.github', 'maintainers.yml'), 'utf8'));
    const setup: RepositorySetup = {
      ...goodSetup(),
      repository: 'rust-for-linux/rust-patch-router',
      workflows: { value: workflows },
      policy: { value: { path: '.github/maintainers.yml', policy, problems: [] } },
    };
    const report = diagnose(setup);
    expect(report.findings.filter((f) => f.severity !== 'note').map((f) => [f.check, f.severity])).toEqual([
      ['acks', 'warning'],
      ['teams', 'warning'],
    ]);
  });
});
