import { BOT, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { listComments } from './list-comments.js';

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

describe('listComments', () => {
  it('reads every page, oldest first, with each author', async () => {
    for (let i = 0; i < 105; i++) emu.addComment(8, { user: 'mallory', body: `c${i}` });
    emu.addComment(8, { user: BOT, body: 'ours' });
    const comments = await listComments(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 8);
    expect(comments).toHaveLength(106);
    expect(comments[0]).toMatchObject({ author: 'mallory', body: 'c0' });
    expect(comments.at(-1)).toMatchObject({
      author: BOT,
      body: 'ours',
      url: expect.stringContaining('#issuecomment-'),
    });
    expect(emu.requests).toHaveLength(2);
  });
});
