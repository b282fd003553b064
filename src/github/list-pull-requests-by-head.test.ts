import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { listPullRequestsByHead } from './list-pull-requests-by-head.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = '1'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, {});
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listPullRequestsByHead', () => {
  it('finds a fork’s open PR by the fork owner and branch, and not another fork’s branch of that name', async () => {
    emu.addPullRequest({
      number: 4,
      user: 'alice',
      base: { sha: BASE },
      head: { sha: 'a'.repeat(40), ref: 'rust-phy', repoFullName: 'alice/linux' },
    });
    emu.addPullRequest({
      number: 5,
      user: 'bob',
      base: { sha: BASE },
      head: { sha: 'b'.repeat(40), ref: 'rust-phy', repoFullName: 'bob/linux' },
    });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });

    expect(await listPullRequestsByHead(client, repo, 'alice', 'rust-phy')).toEqual([
      { number: 4, headSha: 'a'.repeat(40), baseRef: 'main' },
    ]);
    expect(await listPullRequestsByHead(client, repo, 'mallory', 'rust-phy')).toEqual([]);
  });
});
