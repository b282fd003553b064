import { checkSweep } from './check-sweep.js';
import { fixture, prWorkflow, stepsOf } from './setup-of.test-helper.js';

const POLICY = ['maintainers.yml', 'MAINTAINERS'];
const sweep = (replace: (t: string) => string = (t) => t) => replace(fixture('workflows/sweep.yml'));

describe('checkSweep', () => {
  it('checkSweep passes the README sweep (push of the policy, schedule, dispatch)', () => {
    expect(checkSweep(stepsOf(prWorkflow(), sweep()), POLICY, 'main')).toEqual([]);
  });

  it('checkSweep warns when no workflow sweeps', () => {
    const findings = checkSweep(stepsOf(prWorkflow()), POLICY, 'main');
    expect(findings).toEqual([expect.objectContaining({ check: 'sweep', severity: 'warning' })]);
    expect(findings[0].message).toContain('open PRs keep their old labels');
  });

  it('checkSweep warns when the push filters leave out the policy files', () => {
    const findings = checkSweep(
      stepsOf(sweep((t) => t.replace('paths: [maintainers.yml, MAINTAINERS]', "paths: ['rust/**']"))),
      POLICY,
      'main',
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', file: '.github/workflows/w0.yml', line: 2 }),
    ]);
  });

  it('checkSweep warns when the push filters leave out the branch', () => {
    expect(
      checkSweep(stepsOf(sweep((t) => t.replace('branches: [main]', 'branches: [release/*]'))), POLICY, 'main'),
    ).toHaveLength(1);
    expect(
      checkSweep(stepsOf(sweep((t) => t.replace('branches: [main]', "branches: ['**', '!main']"))), POLICY, 'main'),
    ).toHaveLength(1);
    expect(
      checkSweep(stepsOf(sweep((t) => t.replace('branches: [main]', 'branches-ignore: [main]'))), POLICY, 'main'),
    ).toHaveLength(1);
  });

  it('checkSweep accepts a push without filters, and globs that cover the policy', () => {
    expect(checkSweep(stepsOf(sweep((t) => t.replace(/ {4}branches.*\n {4}paths.*\n/, ''))), POLICY, 'main')).toEqual(
      [],
    );
    expect(
      checkSweep(
        stepsOf(sweep((t) => t.replace('paths: [maintainers.yml, MAINTAINERS]', "paths: ['*.yml']"))),
        POLICY,
        'main',
      ),
    ).toEqual([]);
  });

  it('checkSweep notes a missing schedule (not a problem)', () => {
    const findings = checkSweep(stepsOf(sweep((t) => t.replace(/ {2}schedule:\n.*\n/, ''))), POLICY, 'main');
    expect(findings.map((f) => f.severity)).toEqual(['note']);
  });
});
