import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { addLabels } from './add-labels.js';
import { createGitHubClient } from './client.js';

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
    labels: ['bug'],
  });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('addLabels', () => {
  it('addLabels adds to the PR, keeping its other labels', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await addLabels(client, repo, 6, ['rust: needs-ack']);
    expect(emu.pull(6).labels).toEqual(['bug', 'rust: needs-ack']);
  });
});
