import { BOT, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { syncStickyComment } from './sticky-comment.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const MARKER = '<!-- rust-patch-router -->';
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

const sync = (body: string, wanted = true) =>
  syncStickyComment(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 8, { marker: MARKER, body, wanted });

describe('syncStickyComment', () => {
  it('creates the comment, then writes only when its body changes', async () => {
    expect(await sync(`${MARKER}\nblocked`)).toBe('created');
    expect(await sync(`${MARKER}\nblocked`)).toBe('unchanged');
    expect(await sync(`${MARKER}\nrouted`)).toBe('updated');
    const comments = emu.pull(8).comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ user: { login: BOT, type: 'Bot' }, body: `${MARKER}\nrouted` });
    expect(emu.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('ignores the marker in a comment a person wrote', async () => {
    emu.addComment(8, { user: 'mallory', body: `${MARKER}\nall good` });
    expect(await sync(`${MARKER}\nblocked`)).toBe('created');
    expect(emu.pull(8).comments.map((c) => c.body)).toEqual([`${MARKER}\nall good`, `${MARKER}\nblocked`]);
  });

  it('creates nothing when no comment is called for, but still brings an existing one up to date', async () => {
    expect(await sync(`${MARKER}\nno Rust`, false)).toBe('not-needed');
    expect(emu.pull(8).comments).toEqual([]);
    emu.addComment(8, { user: BOT, body: `${MARKER}\nblocked` });
    expect(await sync(`${MARKER}\nno Rust`, false)).toBe('updated');
    expect(emu.pull(8).comments.map((c) => c.body)).toEqual([`${MARKER}\nno Rust`]);
  });
});
