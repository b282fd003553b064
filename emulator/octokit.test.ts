// The emulator seen through Octokit with the plugins the action's client has (src/github/client.ts): REST methods,
// pagination, retry and throttling, so pagination links, media types, retries and rate-limit replies are checked
// end to end.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Emulator } from './index.js';
import { BASE, HEAD, startSeeded } from './test-client.js';

const repo = { owner: 'torvalds', repo: 'linux' };

describe('the emulator under Octokit', () => {
  let emu: Emulator;
  let secondaryWaits: number[];
  let octokit: ReturnType<typeof getOctokit>;

  beforeEach(async () => {
    emu = await startSeeded();
    secondaryWaits = [];
    const options = {
      baseUrl: emu.url,
      // Waits are scaled to milliseconds so retries do not slow the suite.
      retry: { retryAfterBaseValue: 1 },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => false,
        onSecondaryRateLimit: (after: number) => {
          secondaryWaits.push(after);
          return true;
        },
      },
    };
    octokit = getOctokit('ghs_test', options, retry, throttling);
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('paginates a 3,500-file pull request to the first 3,000 files through /repositories/{id} links', async () => {
    const files = Array.from({ length: 3500 }, (_, i) => ({ filename: `drivers/f${String(i).padStart(4, '0')}.c` }));
    emu.addPullRequest({ number: 2, user: 'bob', base: { sha: BASE }, head: { sha: HEAD }, files });
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: 2, per_page: 100 });
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: 2 });
    expect(listed).toHaveLength(3000);
    expect(pull.changed_files).toBe(3500);
    expect(emu.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(30);
  });

  it('reads a file raw with mediaType format raw', async () => {
    const { data } = await octokit.rest.repos.getContent({
      ...repo,
      path: 'rust/kernel/net.rs',
      ref: HEAD,
      mediaType: { format: 'raw' },
    });
    expect(data).toBe('//! Networking.\n');
  });

  it('retries through injected 502s', async () => {
    emu.failNext({ method: 'GET', path: /\/pulls\/1$/, status: 502, times: 2 });
    const { status } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(status).toBe(200);
    expect(emu.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('waits out a secondary rate limit for retry-after seconds, then succeeds', async () => {
    emu.secondaryRateLimitNext({ method: 'POST', path: /\/labels$/, retryAfter: 7 });
    const { data } = await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['net'] });
    expect(secondaryWaits).toEqual([7]);
    expect(data.map((label) => label.name)).toEqual(['net', 'rust']);
  });

  it('surfaces GitHub errors as RequestError with status and message', async () => {
    const removing = octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'rust/net hold' });
    await expect(removing).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/^Label does not exist/),
    });
    expect(emu.requests[0].path).toBe('/repos/torvalds/linux/issues/1/labels/rust%2Fnet%20hold');
  });

  it('answers octokit.graphql, and the throttling plugin sees GraphQL rate limits', async () => {
    const data = await octokit.graphql<{ repository: { pullRequest: { headRefOid: string } } }>(
      'query($n: Int!) { repository(owner: "torvalds", name: "linux") { pullRequest(number: $n) { headRefOid } } }',
      { n: 1 },
    );
    expect(data.repository.pullRequest.headRefOid).toBe(HEAD);
    emu.exhaustRateLimit({ resource: 'graphql', resetInSeconds: 60 });
    await expect(octokit.graphql('query { rateLimit { remaining } }')).rejects.toThrow(/Rate Limit|rate limit/i);
  });
});
