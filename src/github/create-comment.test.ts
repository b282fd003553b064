import { BOT, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { createComment } from './create-comment.js';
import { classifyRequestError } from './request-failure.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
let emu: Emulator & { failNext(rule: object): void };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(BASE, {});
  emu.addPullRequest({ number: 8, user: 'alice', base: { sha: BASE }, head: { sha: BASE }, files: [] });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('createComment', () => {
  it('creates the comment and hands back its id, author and page', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const comment = await createComment(client, repo, 8, 'hello');
    expect(comment).toMatchObject({
      author: BOT,
      body: 'hello',
      url: expect.stringContaining(`#issuecomment-${comment.id}`),
    });
  });

  it('is sent once, never retried by the client: a lost answer must be checked by listing, not resent', async () => {
    emu.failNext({ method: 'POST', path: /\/comments$/, status: 502, afterWrite: true });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const failure = await createComment(client, repo, 8, 'hello').catch((error: unknown) => error);
    expect(classifyRequestError(failure)).toMatchObject({ kind: 'failed', status: 502 });
    expect(emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(emu.pull(8).comments).toHaveLength(1); // it was made: only a list tells
  });
});
