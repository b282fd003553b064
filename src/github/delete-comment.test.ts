import { BOT, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { deleteComment } from './delete-comment.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, {});
  emu.addPullRequest({ number: 8, user: 'alice', base: { sha: BASE }, head: { sha: BASE }, files: [] });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('deleteComment', () => {
  it('deletes it, and counts one another run deleted first (404) as done', async () => {
    const id = emu.addComment(8, { user: BOT, body: 'copy' });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await deleteComment(client, repo, id);
    await deleteComment(client, repo, id);
    expect(emu.pull(8).comments).toEqual([]);
    expect(emu.requests.map((r) => r.status)).toEqual([204, 404]);
  });
});
