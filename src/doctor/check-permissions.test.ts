import { checkPermissions, grantedBy } from './check-permissions.js';
import { prWorkflow, stepsOf } from './setup-of.test-helper.js';

const READ = { value: 'read' as const };
const WRITE = { value: 'write' as const };

/** The PR workflow with its workflow-level permissions replaced. */
const withPermissions = (block: string) => prWorkflow((t) => t.replace(/permissions:\n(?: {2}.+\n)+/, block));

describe('checkPermissions', () => {
  it('checkPermissions passes the recipe', () => {
    expect(checkPermissions(stepsOf(prWorkflow()), READ)).toEqual([]);
  });

  it('checkPermissions errors on a missing statuses: write, naming the job and what it cannot do', () => {
    const findings = checkPermissions(
      stepsOf(withPermissions('permissions:\n  contents: read\n  pull-requests: write\n  issues: write\n')),
      READ,
    );
    expect(findings).toEqual([expect.objectContaining({ check: 'permissions', severity: 'error', line: 22 })]);
    expect(findings[0].message).toBe(
      "Job 'route' lacks statuses: write (from the workflow's permissions): the action cannot write the gate’s commit status.",
    );
  });

  it('checkPermissions warns on missing pull-requests and issues writes', () => {
    const findings = checkPermissions(
      stepsOf(withPermissions('permissions:\n  contents: read\n  statuses: write\n')),
      READ,
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(findings[0].message).toContain('pull-requests: write, issues: write');
  });

  it('checkPermissions only notes a missing issues: write when pull-requests: write covers labels and comments', () => {
    const findings = checkPermissions(
      stepsOf(withPermissions('permissions:\n  contents: read\n  pull-requests: write\n  statuses: write\n')),
      READ,
    );
    expect(findings.map((f) => f.severity)).toEqual(['note']);
  });

  it('checkPermissions uses the job’s permissions over the workflow’s', () => {
    const text = prWorkflow((t) =>
      t.replace('    runs-on: ubuntu-latest', '    runs-on: ubuntu-latest\n    permissions: { contents: read }'),
    );
    expect(checkPermissions(stepsOf(text), READ)[0].message).toContain("(from the job's permissions)");
  });

  it('checkPermissions falls back to the repository default: read lacks every write, write has them all', () => {
    const none = withPermissions('');
    expect(checkPermissions(stepsOf(none), READ)[0].message).toContain(
      'pull-requests: write, issues: write, statuses: write',
    );
    expect(checkPermissions(stepsOf(none), WRITE)).toEqual([]);
  });

  it('checkPermissions says "not checked" when the job relies on a default it cannot read', () => {
    const findings = checkPermissions(stepsOf(withPermissions('')), {
      unreadable: { reason: 'HTTP 403', needs: 'admin on the repository' },
    });
    expect(findings).toEqual([expect.objectContaining({ severity: 'not-checked' })]);
    expect(findings[0].fix).toContain('statuses: write');
  });

  it('checkPermissions does not ask for statuses: write when the step sets status: false', () => {
    const text = withPermissions('permissions:\n  contents: read\n  pull-requests: write\n  issues: write\n').replace(
      'config: maintainers.yml',
      'config: maintainers.yml\n          status: false',
    );
    expect(checkPermissions(stepsOf(text), READ)).toEqual([]);
  });

  it.each([
    ['read-all', 'statuses', 'read'],
    ['write-all', 'statuses', 'write'],
    [{}, 'contents', 'none'],
    [{ statuses: 'write' }, 'issues', 'none'],
    [{ contents: 'none' }, 'contents', 'none'],
  ] as const)('grantedBy(%j, %s) → %s', (spec, scope, access) => {
    expect(grantedBy(spec, scope)).toBe(access);
  });
});
