import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { createCommitStatus } from './create-commit-status.js';

const repo = { owner: OWNER, repo: REPO };
const SHA = 'a'.repeat(40);
let emu: Emulator & { statuses(sha: string): unknown[] };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(SHA, {});
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('createCommitStatus', () => {
  it('writes the status on the commit, as the token’s identity, with its link', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await createCommitStatus(client, repo, SHA, {
      state: 'failure',
      context: 'rust-patch-router',
      description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet',
      targetUrl: 'https://github.com/o/r/pull/1#issuecomment-1',
    });
    expect(emu.statuses(SHA)).toEqual([
      {
        state: 'failure',
        context: 'rust-patch-router',
        description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet',
        target_url: 'https://github.com/o/r/pull/1#issuecomment-1',
        creator: 'github-actions[bot]',
      },
    ]);
  });
});
