import { OWNER, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { isTeamVisible } from './is-team-visible.js';

const TEAM = `${OWNER}/reviewers`;
let emu: Emulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('isTeamVisible', () => {
  it.each([
    ['a team the token can read (a GitHub App with Members: read, a PAT with read:org)', true, TEAM, true],
    ["a team GITHUB_TOKEN cannot read (GitHub answers 404, the organisation's teams are hidden)", false, TEAM, false],
    ['a team that does not exist', true, `${OWNER}/nobody`, false],
  ])('%s', async (_what, tokenCanSeeTeams, team, expected) => {
    emu = await startRepository({ tokenCanSeeTeams });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });

    expect(await isTeamVisible(client, team)).toBe(expected);
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /orgs/${team.replace('/', '/teams/')} ${expected ? 200 : 404}`,
    ]);
  });

  it('is false when a GitHub App without Members: read is refused with 403', async () => {
    emu = await startRepository({ tokenCanSeeTeams: true });
    emu.failNext({ method: 'GET', path: /\/teams\//, status: 403, message: 'Resource not accessible by integration' });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });

    expect(await isTeamVisible(client, TEAM)).toBe(false);
  });

  it('names the team when the read fails otherwise', async () => {
    emu = await startRepository({ tokenCanSeeTeams: true });
    emu.failNext({ method: 'GET', path: /\/teams\//, status: 401, message: 'Bad credentials' });
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });

    await expect(isTeamVisible(client, TEAM)).rejects.toThrow(
      `Could not check whether the token can see the team ${TEAM}: HTTP 401 Bad credentials`,
    );
  });
});
