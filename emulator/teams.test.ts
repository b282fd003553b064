import type { Emulator } from './index.js';
import { call, startSeeded } from './test-client.js';

const TEAM = '/orgs/torvalds/teams/rust-reviewers';

describe('GET /orgs/{org}/teams/{team_slug}', () => {
  let emu: Emulator;
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('answers the team, with its organisation and member count, to a token that can see teams', async () => {
    emu = await startSeeded({ tokenCanSeeTeams: true });
    const { status, json } = await call(emu, 'GET', TEAM);

    expect(status).toBe(200);
    expect(json).toMatchObject({
      slug: 'rust-reviewers',
      html_url: 'https://github.com/orgs/torvalds/teams/rust-reviewers',
      members_count: 1,
      organization: { login: 'torvalds', type: 'Organization' },
    });
    expect(emu.requests.map((r) => r.operationId)).toEqual(['teams/get-by-name']);
  });

  it('finds the team whatever the case of the organisation and the slug, as GitHub does', async () => {
    emu = await startSeeded({ tokenCanSeeTeams: true });
    const { status, json } = await call(emu, 'GET', '/orgs/Torvalds/teams/Rust-Reviewers');

    expect(status).toBe(200);
    expect(json.slug).toBe('rust-reviewers');
  });

  it.each([
    ["an existing team, to GITHUB_TOKEN (it cannot read the organisation's teams)", false, TEAM],
    ['a team that does not exist', true, '/orgs/torvalds/teams/nobody'],
    ['a team of another organisation', true, '/orgs/rust-for-linux/teams/rust-reviewers'],
  ])('answers 404 Not Found for %s', async (_what, tokenCanSeeTeams, path) => {
    emu = await startSeeded({ tokenCanSeeTeams });
    const { status, json } = await call(emu, 'GET', path);

    expect(status).toBe(404);
    expect(json).toMatchObject({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/teams/teams#get-a-team-by-name',
    });
  });
});
