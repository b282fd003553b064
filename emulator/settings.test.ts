import type { Emulator } from './index.js';
import { BASE, HEAD, call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';
const WORKFLOW = `name: Route pull requests
on:
  pull_request_target:
  merge_group:
permissions:
  contents: read
  statuses: write
`;

describe('pull request listing for the relay and the sweep', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD, ref: 'fix' } });
    emu.addPullRequest({
      number: 3,
      user: 'carol',
      base: { sha: BASE, ref: 'stable' },
      head: { sha: HEAD, ref: 'net', repoFullName: 'carol/linux' },
    });
    emu.addPullRequest({
      number: 4,
      user: 'dave',
      state: 'closed',
      base: { sha: BASE },
      head: { sha: HEAD, ref: 'old' },
    });
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  const numbers = (json: Array<{ number: number }>) => json.map((p) => p.number);

  it('lists open pull requests, newest first by default', async () => {
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls`)).json)).toEqual([3, 2, 1]);
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls?state=all&sort=created&direction=asc`)).json)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('finds a fork’s pull request by owner:branch, which workflow_run.pull_requests cannot', async () => {
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls?head=alice:net`)).json)).toEqual([1]);
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls?head=carol:net`)).json)).toEqual([3]);
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls?head=torvalds:fix`)).json)).toEqual([2]);
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls?head=mallory:net`)).json)).toEqual([]);
  });

  it('filters by base and paginates', async () => {
    expect(numbers((await call(emu, 'GET', `${REPO}/pulls?base=stable`)).json)).toEqual([3]);
    const first = await call(emu, 'GET', `${REPO}/pulls?per_page=2`);
    expect(numbers(first.json)).toEqual([3, 2]);
    expect(first.headers.get('link')).toContain('rel="next"');
  });
});

describe('repository settings for doctor', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
    emu.addCommit('c'.repeat(40), { '.github/workflows/route.yml': WORKFLOW, README: 'x\n' }, BASE);
    emu.setBranch('main', 'c'.repeat(40));
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('lists rulesets and the rules that apply to a branch, leaving out evaluate-mode ones', async () => {
    const id = emu.addRuleset({
      name: 'gate',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [
        {
          type: 'required_status_checks',
          parameters: { required_status_checks: [{ context: 'rust-patch-router', integration_id: 15368 }] },
        },
        { type: 'merge_queue', parameters: {} },
        { type: 'pull_request', parameters: { require_code_owner_review: true, required_approving_review_count: 1 } },
      ],
    });
    emu.addRuleset({
      name: 'trial',
      enforcement: 'evaluate',
      conditions: { ref_name: { include: ['~ALL'], exclude: [] } },
      rules: [{ type: 'deletion' }],
    });
    const list = await call(emu, 'GET', `${REPO}/rulesets`);
    const one = await call(emu, 'GET', `${REPO}/rulesets/${id}`);
    const rules = await call(emu, 'GET', `${REPO}/rules/branches/main`);
    const other = await call(emu, 'GET', `${REPO}/rules/branches/feature/x`);
    expect(list.json.map((r: { name: string; enforcement: string }) => `${r.name}:${r.enforcement}`)).toEqual([
      'gate:active',
      'trial:evaluate',
    ]);
    expect(one.json).toMatchObject({ id, name: 'gate', conditions: { ref_name: { include: ['~DEFAULT_BRANCH'] } } });
    expect(rules.json.map((r: { type: string }) => r.type)).toEqual([
      'required_status_checks',
      'merge_queue',
      'pull_request',
    ]);
    expect(rules.json[0]).toMatchObject({
      ruleset_id: id,
      ruleset_source_type: 'Repository',
      parameters: {
        required_status_checks: [{ context: 'rust-patch-router', integration_id: 15368 }],
        strict_required_status_checks_policy: false,
      },
    });
    expect(rules.json[2].parameters).toMatchObject({
      require_code_owner_review: true,
      required_approving_review_count: 1,
    });
    expect(other.json).toEqual([]);
  });

  it('answers branch protection, 404 "Branch not protected" without it, and 403 for GITHUB_TOKEN', async () => {
    const none = await call(emu, 'GET', `${REPO}/branches/main/protection`);
    emu.setBranchProtection('main', {
      required_status_checks: { strict: true, checks: [{ context: 'rust-patch-router', app_id: 15368 }] },
      required_pull_request_reviews: { require_code_owner_reviews: true, required_approving_review_count: 1 },
    });
    emu.setBranch('release/6.12', BASE);
    emu.setBranchProtection('release/6.12', { required_pull_request_reviews: { required_approving_review_count: 1 } });
    const full = await call(emu, 'GET', `${REPO}/branches/main/protection`);
    const checks = await call(emu, 'GET', `${REPO}/branches/main/protection/required_status_checks`);
    const slashed = await call(emu, 'GET', `${REPO}/branches/release/6.12/protection/required_status_checks`);
    expect([none.status, none.json.message]).toEqual([404, 'Branch not protected']);
    expect(full.json).toMatchObject({
      required_status_checks: {
        strict: true,
        contexts: ['rust-patch-router'],
        checks: [{ context: 'rust-patch-router', app_id: 15368 }],
      },
      required_pull_request_reviews: { require_code_owner_reviews: true, required_approving_review_count: 1 },
    });
    expect(checks.json.contexts).toEqual(['rust-patch-router']);
    expect([slashed.status, slashed.json.message]).toEqual([404, 'Required status checks not enabled']);
    emu.setTokenPermissions({ contents: 'read', statuses: 'write' });
    const token = await call(emu, 'GET', `${REPO}/branches/main/protection`);
    expect([token.status, token.headers.get('x-accepted-github-permissions')]).toEqual([403, 'administration=read']);
  });

  it('lists workflows from .github/workflows on the default branch, readable through contents', async () => {
    const { json } = await call(emu, 'GET', `${REPO}/actions/workflows`);
    expect(json).toMatchObject({
      total_count: 1,
      workflows: [{ name: 'Route pull requests', path: '.github/workflows/route.yml', state: 'active' }],
    });
    const file = await call(emu, 'GET', `${REPO}/contents/.github/workflows/route.yml`, undefined, {
      accept: 'application/vnd.github.raw+json',
    });
    expect(file.text).toBe(WORKFLOW);
  });

  it('reports the default workflow permissions', async () => {
    const before = await call(emu, 'GET', `${REPO}/actions/permissions/workflow`);
    emu.setWorkflowPermissions({ defaultWorkflowPermissions: 'write' });
    const after = await call(emu, 'GET', `${REPO}/actions/permissions/workflow`);
    expect(before.json).toEqual({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: false });
    expect(after.json.default_workflow_permissions).toBe('write');
  });

  it('lists collaborators with their roles, filtered by permission', async () => {
    emu.addCollaborators(['reader'], 'read');
    emu.addCollaborators(['boss'], 'admin');
    const all = await call(emu, 'GET', `${REPO}/collaborators`);
    const push = await call(emu, 'GET', `${REPO}/collaborators?permission=push`);
    expect(all.json.map((c: { login: string; role_name: string }) => `${c.login}:${c.role_name}`)).toEqual([
      'boss:admin',
      'fujita:write',
      'ojeda:write',
      'reader:read',
    ]);
    expect(all.json[3].permissions).toEqual({ pull: true, triage: false, push: false, maintain: false, admin: false });
    expect(push.json.map((c: { login: string }) => c.login)).toEqual(['boss', 'fujita', 'ojeda']);
  });
});

describe('collaborator permission', () => {
  it.each([
    ['admin', 'admin', 'admin'],
    ['maintain', 'write', 'maintain'],
    ['write', 'write', 'write'],
    ['triage', 'read', 'triage'],
    ['read', 'read', 'read'],
  ])('maps the %s role to permission %s, role_name %s', async (role, permission, roleName) => {
    const emu = await startSeeded();
    try {
      emu.addCollaborators(['someone'], role);
      const { json } = await call(emu, 'GET', `${REPO}/collaborators/someone/permission`);
      expect([json.permission, json.role_name]).toEqual([permission, roleName]);
      expect(emu.violations).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it('answers read for a stranger on a public repository and none on a private one', async () => {
    for (const [isPrivate, expected] of [
      [false, 'read'],
      [true, 'none'],
    ] as const) {
      const emu = await startSeeded({ private: isPrivate });
      try {
        const { json } = await call(emu, 'GET', `${REPO}/collaborators/stranger/permission`);
        expect(json.permission).toBe(expected);
      } finally {
        await emu.close();
      }
    }
  });
});
