import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { getCommitStatus } from './get-commit-status.js';

const repo = { owner: OWNER, repo: REPO };
const SHA = 'a'.repeat(40);
let emu: Emulator & { addStatus(sha: string, status: object): void };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(SHA, {});
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getCommitStatus', () => {
  it('answers the latest status with the context, among other tools’ statuses', async () => {
    emu.addStatus(SHA, { state: 'failure', context: 'rust-patch-router', description: 'old' });
    for (let i = 0; i < 120; i++) emu.addStatus(SHA, { state: 'success', context: `ci/${i}` });
    emu.addStatus(SHA, { state: 'success', context: 'rust-patch-router', description: 'Routed' });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });

    expect(await getCommitStatus(client, repo, SHA, 'rust-patch-router')).toEqual({
      state: 'success',
      description: 'Routed',
      targetUrl: null,
    });
    expect(await getCommitStatus(client, repo, SHA, 'nobody-writes-this')).toBeNull();
  });
});
