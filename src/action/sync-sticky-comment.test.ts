import { BOT, OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from '../github/client.js';
import { listComments } from '../github/list-comments.js';
import { WriteGate } from '../github/write-gate.js';
import { ourComments, syncStickyComment, type StickyRequest } from './sync-sticky-comment.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const MARKER = '<!-- rust-patch-router -->';
let emu: Emulator & { lock(n: number): void; failNext(rule: object): void };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(BASE, {});
  emu.addPullRequest({ number: 8, user: 'alice', base: { sha: BASE }, head: { sha: BASE }, files: [] });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

const gate = () => new WriteGate({ dryRun: false, warn: () => undefined, info: () => undefined });

/** Syncs as a run does: the comments read first, then the sync. */
async function sync(body: string, options: Partial<StickyRequest> = {}) {
  const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
  const known = await listComments(client, repo, 8);
  const request = { marker: MARKER, author: BOT, body, wanted: true, known, locked: false, ...options };
  return syncStickyComment(client, repo, 8, request, gate());
}

describe('syncStickyComment', () => {
  it('creates the comment, then writes only when its body changes', async () => {
    expect(await sync(`${MARKER}\nblocked`)).toMatchObject({
      result: 'created',
      url: expect.stringContaining('#issuecomment-'),
    });
    expect((await sync(`${MARKER}\nblocked`)).result).toBe('unchanged');
    expect((await sync(`${MARKER}\nrouted`)).result).toBe('updated');
    const comments = emu.pull(8).comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ user: { login: BOT, type: 'Bot' }, body: `${MARKER}\nrouted` });
    expect(emu.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  });

  it.each([
    ['a person', 'mallory', 'User'],
    ['another bot', 'review-bot[bot]', 'Bot'],
  ])('ignores the marker in a comment by %s', async (_who, user, type) => {
    emu.addComment(8, { user, type, body: `${MARKER}\nall good` });
    expect((await sync(`${MARKER}\nblocked`)).result).toBe('created');
    expect(emu.pull(8).comments.map((c) => c.body)).toEqual([`${MARKER}\nall good`, `${MARKER}\nblocked`]);
  });

  it('takes over nothing written by github-actions[bot] when the comment-author is an App', async () => {
    expect((await sync(`${MARKER}\nblocked`, { author: 'rust-router[bot]' })).result).toBe('created');
    // The emulator's token is github-actions[bot]: as an App, its earlier comment is not "ours".
    expect(emu.pull(8).comments).toHaveLength(1);
  });

  it('creates nothing when no comment is called for, but still brings an existing one up to date', async () => {
    expect((await sync(`${MARKER}\nno Rust`, { wanted: false })).result).toBe('not-needed');
    expect(emu.pull(8).comments).toEqual([]);
    emu.addComment(8, { user: BOT, body: `${MARKER}\nblocked` });
    expect((await sync(`${MARKER}\nno Rust`, { wanted: false })).result).toBe('updated');
    expect(emu.pull(8).comments.map((c) => c.body)).toEqual([`${MARKER}\nno Rust`]);
  });

  it('keeps the oldest of its copies and deletes the newer ones', async () => {
    const oldest = emu.addComment(8, { user: BOT, body: `${MARKER}\nv1` });
    emu.addComment(8, { user: BOT, body: `${MARKER}\nv2` });
    emu.addComment(8, { user: BOT, body: `${MARKER}\nv3` });
    expect(await sync(`${MARKER}\nv4`)).toMatchObject({ result: 'updated', deleted: 2 });
    expect(emu.pull(8).comments.map((c) => [c.id, c.body])).toEqual([[oldest, `${MARKER}\nv4`]]);
  });

  it('after a lost create answer, lists again and finds the comment instead of sending it twice', async () => {
    emu.failNext({ method: 'POST', path: /\/issues\/8\/comments$/, status: 502, afterWrite: true });
    expect((await sync(`${MARKER}\nblocked`)).result).toBe('created');
    expect(emu.pull(8).comments).toHaveLength(1);
    expect(emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('after a create that failed before writing, lists again, then creates once more', async () => {
    emu.failNext({ method: 'POST', path: /\/issues\/8\/comments$/, status: 502 });
    expect((await sync(`${MARKER}\nblocked`)).result).toBe('created');
    expect(emu.pull(8).comments).toHaveLength(1);
    expect(emu.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502, 201]);
  });

  it('writes nothing on a conversation it knows is locked', async () => {
    expect((await sync(`${MARKER}\nblocked`, { locked: true })).result).toBe('locked');
    expect(emu.writes()).toEqual([]);
  });

  it('takes a 403 "issue is locked" for what it is (locked meanwhile), not for a read-only token', async () => {
    emu.lock(8);
    const result = await sync(`${MARKER}\nblocked`); // the facts said unlocked
    expect(result.result).toBe('locked');
    expect(emu.pull(8).comments).toEqual([]);
  });
});

describe('ourComments', () => {
  it('keeps the marker-and-author ones, oldest first, logins compared without case', () => {
    const comment = (id: number, author: string, body: string, createdAt: string) => ({
      id,
      author,
      body,
      url: '',
      createdAt,
    });
    const comments = [
      comment(3, 'GitHub-Actions[bot]', `${MARKER} b`, '2026-01-01T00:00:02Z'),
      comment(1, 'github-actions[bot]', 'no marker', '2026-01-01T00:00:00Z'),
      comment(2, 'mallory', `${MARKER} a`, '2026-01-01T00:00:01Z'),
      comment(4, 'github-actions[bot]', `${MARKER} c`, '2026-01-01T00:00:01Z'),
    ];
    expect(ourComments(comments, MARKER, BOT).map((c) => c.id)).toEqual([4, 3]);
  });
});
