import type { Emulator } from './index.js';
import { BASE, HEAD, call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';

describe('commit statuses', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it("creates a status as the token's identity and reads it back as the latest per context", async () => {
    const created = await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, {
      state: 'failure',
      context: 'rust-patch-router',
      description: 'Blocked: RUST (opt-out)',
      target_url: 'https://github.com/torvalds/linux/pull/1#issuecomment-1',
    });
    await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'success', context: 'Rust-Patch-Router' });
    await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'pending', context: 'ci/build' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      state: 'failure',
      context: 'rust-patch-router',
      creator: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const combined = await call(emu, 'GET', `${REPO}/commits/${HEAD}/status`);
    expect(combined.json).toMatchObject({ state: 'pending', sha: HEAD, total_count: 2 });
    // Contexts compare case-insensitively: the later success replaced the failure.
    expect(combined.json.statuses.map((s: { context: string; state: string }) => `${s.context}=${s.state}`)).toEqual([
      'ci/build=pending',
      'Rust-Patch-Router=success',
    ]);
    const list = await call(emu, 'GET', `${REPO}/commits/${HEAD}/statuses`);
    expect(list.json.map((s: { state: string }) => s.state)).toEqual(['pending', 'success', 'failure']);
    expect(emu.statuses(HEAD)).toHaveLength(3);
  });

  it.each([
    [[], 'pending'],
    [['success', 'success'], 'success'],
    [['success', 'error'], 'failure'],
    [['pending', 'failure'], 'failure'],
  ])('combines %j into %s', async (states, combined) => {
    for (const [i, state] of (states as string[]).entries()) {
      await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state, context: `c${i}` });
    }
    expect((await call(emu, 'GET', `${REPO}/commits/${HEAD}/status`)).json.state).toBe(combined);
  });

  it('reads the combined status of a branch', async () => {
    emu.setBranch('net', HEAD);
    await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'success', context: 'rust-patch-router' });
    const { json } = await call(emu, 'GET', `${REPO}/commits/net/status`);
    expect([json.sha, json.state]).toEqual([HEAD, 'success']);
  });

  it('refuses a description over 140 characters, and an unknown commit, as GitHub does', async () => {
    const fits = await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, {
      state: 'success',
      description: 'é'.repeat(140),
    });
    const long = await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, {
      state: 'success',
      description: 'x'.repeat(141),
    });
    const unknown = await call(emu, 'POST', `${REPO}/statuses/${'f'.repeat(40)}`, { state: 'success' });
    expect(fits.status).toBe(201);
    expect([long.status, long.json.errors]).toEqual([
      422,
      [
        {
          resource: 'Status',
          code: 'custom',
          field: 'description',
          message: 'description is too long (maximum is 140 characters)',
        },
      ],
    ]);
    expect([unknown.status, unknown.json.message]).toEqual([422, `No commit found for SHA: ${'f'.repeat(40)}`]);
    expect(emu.statuses(HEAD)).toHaveLength(1);
  });

  it('stops at 1,000 statuses per commit and context', async () => {
    for (let i = 0; i < 1000; i++) emu.addStatus(BASE, { state: 'pending', context: 'busy' });
    const over = await call(emu, 'POST', `${REPO}/statuses/${BASE}`, { state: 'success', context: 'busy' });
    const other = await call(emu, 'POST', `${REPO}/statuses/${BASE}`, { state: 'success', context: 'calm' });
    expect([over.status, over.json.errors[0].message]).toEqual([
      422,
      'This SHA and context has reached the maximum number of statuses.',
    ]);
    expect(other.status).toBe(201);
  });

  it('paginates the list, newest first', async () => {
    for (let i = 0; i < 5; i++) emu.addStatus(HEAD, { state: 'pending', context: 'c', description: String(i) });
    const first = await call(emu, 'GET', `${REPO}/commits/${HEAD}/statuses?per_page=2`);
    expect(first.json.map((s: { description: string }) => s.description)).toEqual(['4', '3']);
    expect(first.headers.get('link')).toContain('rel="last"');
  });

  it('refuses a token without statuses: write', async () => {
    emu.setTokenPermissions({ contents: 'read', pull_requests: 'write', issues: 'write' });
    const refused = await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'success' });
    const read = await call(emu, 'GET', `${REPO}/commits/${HEAD}/status`);
    expect([refused.status, refused.json.message]).toEqual([403, 'Resource not accessible by integration']);
    expect(refused.headers.get('x-accepted-github-permissions')).toBe('statuses=write');
    expect(read.status).toBe(403);
    emu.setTokenPermissions({ statuses: 'write' });
    expect((await call(emu, 'POST', `${REPO}/statuses/${HEAD}`, { state: 'success' })).status).toBe(201);
  });
});
