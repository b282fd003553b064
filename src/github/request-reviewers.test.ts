import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { MAX_USERS_PER_REQUEST, TEAM_NOT_VISIBLE, requestReviewers } from './request-reviewers.js';

const repo = { owner: OWNER, repo: REPO };

describe('requestReviewers against the emulator', () => {
  let emu: Emulator;
  const base = 'a'.repeat(40);
  async function start(tokenCanSeeTeams: boolean, collaborators: string[]) {
    emu = await startRepository({ tokenCanSeeTeams, collaborators });
    emu.addCommit(base, { README: 'hello\n' });
    emu.addPullRequest({ number: 3, user: 'alice', base: { sha: base }, head: { sha: base }, files: [] });
  }
  afterEach(async () => {
    expect(emu.violations).toEqual([]);
    await emu.close();
  });

  it('sends at most 15 users a request, and isolates the logins GitHub refuses', async () => {
    const users = Array.from({ length: 20 }, (_, i) => `dev${i}`);
    await start(
      true,
      users.filter((u) => u !== 'dev3' && u !== 'dev17'),
    );
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const result = await requestReviewers(client, repo, 3, users);

    expect(result.rejected.map((r) => r.handle)).toEqual(['dev3', 'dev17']);
    expect(result.rejected[0].reason).toMatch(/collaborators/);
    expect(result.requested.sort()).toEqual(users.filter((u) => u !== 'dev3' && u !== 'dev17').sort());
    expect(emu.pull(3).requestedReviewers.sort()).toEqual(result.requested.sort());
    const sent = emu.requests
      .filter((r) => r.method === 'POST')
      .map((r) => (r.body as { reviewers: string[] }).reviewers);
    expect(Math.max(...sent.map((batch) => batch.length))).toBeLessThanOrEqual(MAX_USERS_PER_REQUEST);
  });

  it('reports a team the token cannot see without sending it, and still requests the users', async () => {
    await start(false, ['carol']);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const result = await requestReviewers(client, repo, 3, ['carol', `${OWNER}/reviewers`]);

    expect(result).toEqual({
      requested: ['carol'],
      rejected: [{ handle: `${OWNER}/reviewers`, reason: TEAM_NOT_VISIBLE }],
    });
    expect(TEAM_NOT_VISIBLE).toMatch(/read:org/);
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /orgs/${OWNER}/teams/reviewers 404`,
      `POST /repos/${OWNER}/${REPO}/pulls/3/requested_reviewers 201`,
    ]);
    expect(emu.requests[1].body).toEqual({ reviewers: ['carol'], team_reviewers: [] });
    expect(emu.pull(3).requestedReviewers).toEqual(['carol']);
  });

  it('sends nothing when the only reviewer is a team the token cannot see', async () => {
    await start(false, ['carol']);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const result = await requestReviewers(client, repo, 3, [`${OWNER}/reviewers`]);

    expect(result).toEqual({ requested: [], rejected: [{ handle: `${OWNER}/reviewers`, reason: TEAM_NOT_VISIBLE }] });
    expect(emu.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('reads each team once, however its name is cased, and requests users and teams in one request', async () => {
    await start(true, ['carol']);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const result = await requestReviewers(client, repo, 3, ['carol', `${OWNER}/reviewers`, `${OWNER}/Reviewers`]);

    expect(result).toEqual({ requested: ['carol', `${OWNER}/reviewers`], rejected: [] });
    expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /orgs/${OWNER}/teams/reviewers`,
      `POST /repos/${OWNER}/${REPO}/pulls/3/requested_reviewers`,
    ]);
    expect(emu.pull(3).requestedTeams).toEqual(['reviewers']);
  });
});
