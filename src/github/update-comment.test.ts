import { BOT, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { updateComment } from './update-comment.js';

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

describe('updateComment', () => {
  it('replaces the body in place', async () => {
    const id = emu.addComment(8, { user: BOT, body: 'old' });
    await updateComment(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, id, 'new');
    expect(emu.pull(8).comments).toEqual([expect.objectContaining({ id, body: 'new' })]);
  });
});
