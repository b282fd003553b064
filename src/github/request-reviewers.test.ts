import { OWNER, REPO, startRepository, type Emulator } from '../../tests/e2e/harness.js';
import { createGitHubClient } from './client.js';
import { MAX_USERS_PER_REQUEST, TEAM_NOT_VISIBLE, planReviewRequests, requestReviewers } from './request-reviewers.js';
import type { PullRequest } from './types.js';

const repo = { owner: OWNER, repo: REPO };
const pr: PullRequest = {
  number: 3,
  title: 'rust: add a binding',
  body: '',
  author: 'alice',
  draft: false,
  state: 'open',
  baseSha: 'a'.repeat(40),
  baseRef: 'main',
  headSha: 'b'.repeat(40),
  headRepoFullName: 'alice/linux',
  baseRepoFullName: `${OWNER}/${REPO}`,
  changedFiles: 1,
  labels: [],
  requestedReviewers: ['Bob'],
  requestedTeams: [`${OWNER}/reviewers`],
};

describe('planReviewRequests', () => {
  it.each([
    ['asks whoever is new', ['carol'], [], [], { toRequest: ['carol'], skipped: [], rejected: [] }],
    ['never asks the author', ['alice', 'carol'], [], [], { toRequest: ['carol'], skipped: ['alice'], rejected: [] }],
    ['skips pending requests, ignoring case', ['bob'], [], [], { toRequest: [], skipped: ['bob'], rejected: [] }],
    ['skips who already reviewed', ['dave'], [], ['dave'], { toRequest: [], skipped: ['dave'], rejected: [] }],
    [
      'skips a team already requested',
      [],
      [`${OWNER}/reviewers`],
      [],
      { toRequest: [], skipped: [`${OWNER}/reviewers`], rejected: [] },
    ],
    [
      'refuses a team of another organisation',
      [],
      ['other-org/reviewers'],
      [],
      {
        toRequest: [],
        skipped: [],
        rejected: [
          { handle: 'other-org/reviewers', reason: `a team of other-org, not of ${OWNER}, cannot review here` },
        ],
      },
    ],
  ])('%s', (_name, users, teams, reviewed, expected) => {
    expect(planReviewRequests(repo, pr, { users, teams }, reviewed)).toEqual(expected);
  });
});

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
