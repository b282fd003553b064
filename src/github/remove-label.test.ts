import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { removeLabel } from './remove-label.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository({ labelsExist: false });
  emu.addCommit(BASE, {});
  emu.addPullRequest({
    number: 6,
    user: 'alice',
    base: { sha: BASE },
    head: { sha: BASE },
    files: [],
    labels: ['bug', 'rust: needs-ack'],
  });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('removeLabel', () => {
  it('removeLabel removes one label, URL-encoding its name', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await removeLabel(client, repo, 6, 'rust: needs-ack');
    expect(emu.pull(6).labels).toEqual(['bug']);
    expect(emu.requests.at(-1)?.path).toContain('rust%3A%20needs-ack');
  });

  it('removeLabel treats removing an absent label as done (GitHub answers 404)', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await expect(removeLabel(client, repo, 6, 'rust: blocked')).resolves.toBeUndefined();
    expect(emu.requests.at(-1)?.status).toBe(404);
  });
});
