import type { Emulator } from './index.js';
import { call, startSeeded } from './test-client.js';

const REQUESTS = '/repos/torvalds/linux/pulls/1/requested_reviewers';
const NOT_COLLABORATOR =
  'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the torvalds/linux repository.';

describe('review requests', () => {
  let emu: Emulator;
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it.each([
    ['a non-collaborator among collaborators', { reviewers: ['ojeda', 'stranger', 'fujita'] }, NOT_COLLABORATOR],
    ['the author', { reviewers: ['ojeda', 'Alice'] }, 'Review cannot be requested from pull request author.'],
    ['an unknown team', { reviewers: ['ojeda'], team_reviewers: ['nobody'] }, NOT_COLLABORATOR],
    ["a team given as 'org/slug'", { team_reviewers: ['torvalds/rust-reviewers'] }, NOT_COLLABORATOR],
    [
      'more than 15 at once',
      { reviewers: Array.from({ length: 16 }, (_, i) => `user${i}`) },
      /limited to 15 users and teams/,
    ],
  ])('refuses %s and adds nobody (all or nothing)', async (_what, body, message) => {
    emu = await startSeeded({ tokenCanSeeTeams: true });
    emu.addCollaborators(Array.from({ length: 16 }, (_, i) => `user${i}`));
    const { status, json } = await call(emu, 'POST', REQUESTS, body);
    expect(status).toBe(422);
    expect(json.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(emu.pull(1)).toMatchObject({ requestedReviewers: [], requestedTeams: [] });
  });

  it("refuses any team with GITHUB_TOKEN's default visibility: could not resolve the node", async () => {
    emu = await startSeeded();
    const { status, json } = await call(emu, 'POST', REQUESTS, {
      reviewers: ['ojeda'],
      team_reviewers: ['rust-reviewers'],
    });
    expect(status).toBe(422);
    expect(json.message).toMatch(/^Could not resolve to a node with the global id of '.+'\.$/);
    expect(emu.pull(1).requestedReviewers).toEqual([]);
  });

  it('adds users and teams once each and lists them as pending', async () => {
    emu = await startSeeded({ tokenCanSeeTeams: true });
    const body = { reviewers: ['ojeda'], team_reviewers: ['rust-reviewers'] };
    const first = await call(emu, 'POST', REQUESTS, body);
    await call(emu, 'POST', REQUESTS, { reviewers: ['OJEDA', 'fujita'] });
    const listed = await call(emu, 'GET', REQUESTS);
    expect(first.status).toBe(201);
    expect(first.json.requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['ojeda']);
    expect(listed.json.users.map((u: { login: string }) => u.login)).toEqual(['ojeda', 'fujita']);
    expect(listed.json.teams.map((t: { slug: string }) => t.slug)).toEqual(['rust-reviewers']);
  });

  it('drops a pending request once the reviewer reviews', async () => {
    emu = await startSeeded();
    await call(emu, 'POST', REQUESTS, { reviewers: ['ojeda', 'fujita'] });
    emu.addReview(1, { user: 'ojeda', state: 'APPROVED' });
    const listed = await call(emu, 'GET', REQUESTS);
    expect(listed.json.users.map((u: { login: string }) => u.login)).toEqual(['fujita']);
  });
});

describe('reviews', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('lists reviews chronologically with uppercase states, the commit and the reviewer', async () => {
    emu.addReview(1, { user: 'ojeda', state: 'CHANGES_REQUESTED', commit_id: 'c'.repeat(40) });
    emu.addReview(1, { user: 'fujita', state: 'COMMENTED' });
    emu.addReview(1, { user: 'ojeda', state: 'APPROVED' });
    const { json } = await call(emu, 'GET', '/repos/torvalds/linux/pulls/1/reviews');
    expect(json.map((r: { user: { login: string }; state: string }) => `${r.user.login} ${r.state}`)).toEqual([
      'ojeda CHANGES_REQUESTED',
      'fujita COMMENTED',
      'ojeda APPROVED',
    ]);
    expect(json[0]).toMatchObject({ commit_id: 'c'.repeat(40), user: { type: 'User' } });
    expect(json[2].commit_id).toBe('b'.repeat(40));
    expect(json[1].submitted_at < json[2].submitted_at).toBe(true);
  });

  it("hides another user's pending review", async () => {
    emu.addReview(1, { user: 'ojeda', state: 'PENDING' });
    const { json } = await call(emu, 'GET', '/repos/torvalds/linux/pulls/1/reviews');
    expect(json).toEqual([]);
  });
});
