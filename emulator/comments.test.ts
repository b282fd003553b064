import type { Emulator } from './index.js';
import { call, startSeeded } from './test-client.js';

const COMMENTS = '/repos/torvalds/linux/issues/1/comments';

describe('issue comments', () => {
  let emu: Emulator;
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it.each([
    ['GITHUB_TOKEN', {}, { login: 'github-actions[bot]', type: 'Bot' }],
    ['a GitHub App token', { botLogin: 'patch-router[bot]' }, { login: 'patch-router[bot]', type: 'Bot' }],
    ['a personal access token', { botLogin: 'ojeda' }, { login: 'ojeda', type: 'User' }],
  ])("authors new comments as the token's identity (%s)", async (_token, options, user) => {
    emu = await startSeeded(options);
    const { status, json } = await call(emu, 'POST', COMMENTS, { body: '<!-- rust-patch-router -->\nRouted.' });
    expect(status).toBe(201);
    expect(json.user).toMatchObject(user);
  });

  it('lists comments oldest first across pages, with who wrote them', async () => {
    emu = await startSeeded();
    emu.addComment(1, { user: 'mallory', body: '<!-- rust-patch-router -->\nplanted' });
    for (let i = 0; i < 3; i++) await call(emu, 'POST', COMMENTS, { body: `run ${i}` });
    const first = await call(emu, 'GET', `${COMMENTS}?per_page=2`);
    const second = await call(emu, 'GET', `${COMMENTS}?per_page=2&page=2`);
    expect(
      [...first.json, ...second.json].map(
        (c: { user: { login: string; type: string }; body: string }) =>
          `${c.user.login}/${c.user.type}: ${c.body.split('\n').at(-1)}`,
      ),
    ).toEqual([
      'mallory/User: planted',
      'github-actions[bot]/Bot: run 0',
      'github-actions[bot]/Bot: run 1',
      'github-actions[bot]/Bot: run 2',
    ]);
    expect(first.headers.get('link')).toContain('rel="next"');
  });

  it('updates and deletes a comment by id', async () => {
    emu = await startSeeded();
    const id = emu.addComment(1, { user: 'github-actions[bot]', body: 'old' });
    const patched = await call(emu, 'PATCH', `/repos/torvalds/linux/issues/comments/${id}`, { body: 'new' });
    const deleted = await call(emu, 'DELETE', `/repos/torvalds/linux/issues/comments/${id}`);
    const gone = await call(emu, 'GET', `/repos/torvalds/linux/issues/comments/${id}`);
    expect([patched.status, patched.json.body]).toEqual([200, 'new']);
    expect([deleted.status, deleted.text]).toEqual([204, '']);
    expect(gone.status).toBe(404);
    expect(emu.pull(1).comments).toEqual([]);
  });

  it('accepts a body of exactly 65,536 characters and refuses one more', async () => {
    emu = await startSeeded();
    const fits = await call(emu, 'POST', COMMENTS, { body: '€'.repeat(65536) });
    const over = await call(emu, 'POST', COMMENTS, { body: 'x'.repeat(65537) });
    expect(fits.status).toBe(201);
    expect(over.status).toBe(422);
    expect(over.json.errors[0].message).toBe('Body is too long (maximum is 65536 characters)');
    expect(emu.pull(1).comments).toHaveLength(1);
  });
});
