import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient, fetchFor, withOrchestrationId } from './client.js';
import { getPullRequest } from './get-pull-request.js';
import { classifyRequestError } from './request-failure.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, {});
  emu.addPullRequest({ number: 9, user: 'alice', base: { sha: BASE }, head: { sha: BASE }, files: [] });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('createGitHubClient', () => {
  it('retries a 5xx answer', async () => {
    emu.failNext({ method: 'GET', path: /\/pulls\/9$/, status: 502 });
    const pr = await getPullRequest(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 9);
    expect(pr.author).toBe('alice');
    expect(emu.requests.map((r) => r.status)).toEqual([502, 200]);
  });

  it('waits out a secondary rate limit as retry-after says, telling the log', async () => {
    const log: string[] = [];
    emu.secondaryRateLimitNext({ method: 'GET', path: /\/pulls\/9$/ });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url, log: (m) => log.push(m) });
    await getPullRequest(client, repo, 9);
    expect(emu.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(log).toEqual([expect.stringMatching(/^Secondary rate limit on GET .*: retrying in 1 s\.$/)]);
  });

  it('waits once for a primary rate limit that resets within a minute', async () => {
    emu.exhaustRateLimit({ resetInSeconds: 1 });
    const pr = await getPullRequest(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 9);
    expect(pr.number).toBe(9);
  });

  it('gives up at once on a primary rate limit that resets in an hour, and says so', async () => {
    const log: string[] = [];
    emu.exhaustRateLimit({ resetInSeconds: 3600 });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url, log: (m) => log.push(m) });
    const failure = await getPullRequest(client, repo, 9).catch((error: unknown) => error);
    expect(classifyRequestError(failure).kind).toBe('rate-limited');
    expect(log).toEqual([expect.stringMatching(/^Rate limit exhausted on GET .*; it resets in 36\d\d s\.$/)]);
  });
});

describe('fetchFor: Node’s fetch unless a proxy applies, as @actions/http-client decides', () => {
  const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];
  const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  beforeEach(() => {
    for (const name of PROXY_VARIABLES) delete process.env[name];
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  });

  it('without a proxy variable: Node’s own fetch', () => {
    expect(fetchFor('https://api.github.com')).toBe(globalThis.fetch);
  });

  it('with HTTPS_PROXY for an https API: the proxy-aware fetch, not Node’s', () => {
    process.env.HTTPS_PROXY = 'http://proxy.example:3128';
    expect(fetchFor('https://api.github.com')).not.toBe(globalThis.fetch);
  });

  it('NO_PROXY naming the API, or a loopback API, goes straight there', () => {
    process.env.HTTPS_PROXY = 'http://proxy.example:3128';
    process.env.HTTP_PROXY = 'http://proxy.example:3128';
    process.env.NO_PROXY = 'github.com';
    expect(fetchFor('https://api.github.com')).toBe(globalThis.fetch);
    expect(fetchFor('http://127.0.0.1:8080')).toBe(globalThis.fetch);
  });
});

describe('withOrchestrationId', () => {
  it('appends the run’s orchestration id, with characters outside [a-z0-9_.-] replaced, as @actions/github does', () => {
    expect(withOrchestrationId('rust-patch-router', ' a1/b2 ')).toBe(
      'rust-patch-router actions_orchestration_id/a1_b2',
    );
    expect(withOrchestrationId('rust-patch-router', undefined)).toBe('rust-patch-router');
    expect(withOrchestrationId('rust-patch-router', '  ')).toBe('rust-patch-router');
  });
});
