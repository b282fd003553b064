import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
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
