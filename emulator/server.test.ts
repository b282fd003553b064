import type { Emulator } from './index.js';
import { call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';

describe('emulator gates', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
  });

  it('answers 401 "Requires authentication" without an Authorization header', async () => {
    const { status, json } = await call(emu, 'GET', `${REPO}/pulls/1`, undefined, { authorization: '' });
    expect([status, json.message]).toEqual([401, 'Requires authentication']);
  });

  it('puts x-ratelimit-* headers on every response, counting down', async () => {
    const first = await call(emu, 'GET', `${REPO}/pulls/1`);
    const missing = await call(emu, 'GET', `${REPO}/pulls/99`);
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(missing.headers.get('x-ratelimit-remaining')).toBe('998');
    expect(Number(missing.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it.each([
    [
      'an unknown body key',
      'POST',
      `${REPO}/issues/1/comments`,
      { body: 'hi', bodyText: 'hi' },
      422,
      ['unknown-body-key'],
    ],
    [
      'a misspelt nested key',
      'POST',
      `${REPO}/issues/1/labels`,
      { labels: [{ nme: 'rust' }] },
      422,
      ['body', 'unknown-body-key'],
    ],
    [
      'a wrongly typed body value',
      'POST',
      `${REPO}/pulls/1/requested_reviewers`,
      { reviewers: 'ojeda' },
      422,
      ['body'],
    ],
    ['a missing required body', 'POST', `${REPO}/labels`, undefined, 422, ['body']],
    ['a body that is not JSON', 'POST', `${REPO}/labels`, '{name:', 400, ['json']],
    ['a wrongly typed path parameter', 'GET', `${REPO}/pulls/one/files`, undefined, 404, ['path-param']],
    ['a wrongly typed query parameter', 'GET', `${REPO}/pulls/1/files?per_page=ten`, undefined, 422, ['query']],
    ['an unknown query parameter', 'GET', `${REPO}/pulls/1/files?perPage=100`, undefined, 422, ['query']],
    ['an operation the emulator does not serve', 'PATCH', `${REPO}/pulls/1`, { title: 'x' }, 404, ['route']],
    ['an unknown path', 'GET', `${REPO}/pull/1`, undefined, 404, ['route']],
  ])('records a violation for %s and answers as GitHub would', async (_what, method, path, body, status, kinds) => {
    const answer = await call(emu, method, path, body);
    expect(answer.status).toBe(status);
    const recorded = new Set(emu.violations.map((v) => `${v.method} ${v.kind}`));
    expect([...recorded]).toEqual(kinds.map((kind) => `${method} ${kind}`));
  });

  it('records a violation for a body sent as another media type (415)', async () => {
    const answer = await call(
      emu,
      'POST',
      `${REPO}/issues/1/comments`,
      { body: 'hi' },
      { 'content-type': 'text/plain' },
    );
    expect(answer.status).toBe(415);
    expect(emu.violations).toEqual([expect.objectContaining({ kind: 'content-type' })]);
  });

  it('answers 404 without a violation for another repository', async () => {
    const { status } = await call(emu, 'GET', '/repos/torvalds/other/pulls/1');
    expect(status).toBe(404);
    expect(emu.violations).toEqual([]);
  });

  it.each([
    ['POST', `${REPO}/issues/1/labels`, { labels: ['net'] }],
    ['DELETE', `${REPO}/issues/1/labels/rust`, undefined],
    ['POST', `${REPO}/labels`, { name: 'net' }],
    ['POST', `${REPO}/pulls/1/requested_reviewers`, { reviewers: ['ojeda'] }],
    ['POST', `${REPO}/issues/1/comments`, { body: 'hi' }],
  ])('in read-only mode answers %s %s with 403 and changes nothing', async (method, path, body) => {
    emu.setReadOnly(true);
    const write = await call(emu, method, path, body);
    const read = await call(emu, 'GET', `${REPO}/pulls/1`);
    expect([write.status, write.json.message]).toEqual([403, 'Resource not accessible by integration']);
    expect(read.status).toBe(200);
    expect(emu.pull(1)).toMatchObject({ labels: ['rust'], requestedReviewers: [], comments: [] });
    expect(emu.labels()).toHaveLength(1);
  });

  it('fails the next matching requests as injected, then recovers', async () => {
    emu.failNext({ method: 'GET', path: /\/files$/, status: 502, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(emu, 'GET', `${REPO}/pulls/1/files`)).status);
    const other = await call(emu, 'GET', `${REPO}/pulls/1`);
    expect(statuses).toEqual([502, 502, 200]);
    expect(other.status).toBe(200);
  });

  it.each([[403], [429]])('answers a secondary rate limit with %d, retry-after and GitHub message', async (status) => {
    emu.secondaryRateLimitNext({ method: 'POST', status: status as 403 | 429, retryAfter: 1 });
    const limited = await call(emu, 'POST', `${REPO}/issues/1/comments`, { body: 'hi' });
    const retried = await call(emu, 'POST', `${REPO}/issues/1/comments`, { body: 'hi' });
    expect(limited.status).toBe(status);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.json.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(retried.status).toBe(201);
  });

  it('answers 403 with x-ratelimit-remaining 0 once the primary rate limit is spent', async () => {
    emu.exhaustRateLimit({ resetInSeconds: 30 });
    const { status, headers, json } = await call(emu, 'GET', `${REPO}/pulls/1`);
    expect(status).toBe(403);
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(json.message).toMatch(/rate limit exceeded/);
  });

  it.each([
    ['an installation token', {}, 403],
    ['a personal access token', { botLogin: 'ojeda' }, 200],
  ])('answers GET /user for %s as GitHub does', async (_token, options, status) => {
    const other = await startSeeded(options);
    try {
      expect((await call(other, 'GET', '/user')).status).toBe(status);
    } finally {
      await other.close();
    }
  });

  it('reports the budget on GET /rate_limit and the push permission on GET /repos/{owner}/{repo}', async () => {
    const before = await call(emu, 'GET', REPO);
    emu.setReadOnly(true);
    const after = await call(emu, 'GET', REPO);
    const rate = await call(emu, 'GET', '/rate_limit');
    expect([before.json.permissions.push, after.json.permissions.push]).toEqual([true, false]);
    expect(rate.json.resources.core).toMatchObject({ limit: 1000, used: 3, remaining: 997 });
    expect(emu.violations).toEqual([]);
  });

  it('logs every request with its decoded query and parsed body; writes() keeps the non-GET ones', async () => {
    await call(emu, 'GET', `${REPO}/pulls/1/files?per_page=100`);
    await call(emu, 'POST', `${REPO}/issues/1/labels`, { labels: ['net'] });
    expect(emu.requests).toEqual([
      {
        method: 'GET',
        path: `${REPO}/pulls/1/files`,
        query: { per_page: '100' },
        status: 200,
        body: undefined,
        operationId: 'pulls/list-files',
      },
      {
        method: 'POST',
        path: `${REPO}/issues/1/labels`,
        query: {},
        status: 200,
        body: { labels: ['net'] },
        operationId: 'issues/add-labels',
      },
    ]);
    expect(emu.writes()).toEqual([emu.requests[1]]);
    emu.resetLog();
    expect(emu.requests).toEqual([]);
  });

  it('answers the permission of collaborators and of everyone else', async () => {
    emu.addCollaborators(['maint'], 'maintain');
    const maint = await call(emu, 'GET', `${REPO}/collaborators/maint/permission`);
    const stranger = await call(emu, 'GET', `${REPO}/collaborators/stranger/permission`);
    expect([maint.json.permission, maint.json.role_name]).toEqual(['write', 'maintain']);
    expect([stranger.json.permission, stranger.json.role_name]).toEqual(['read', 'read']);
    expect(emu.violations).toEqual([]);
  });
});
