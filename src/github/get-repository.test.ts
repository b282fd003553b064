import { settingsRepository, type SettingsEmulator } from './doctor-emulator.test-helper.js';
import { getRepository } from './get-repository.js';
import { OWNER, REPO } from '../../emulator/harness.js';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getRepository', () => {
  it('getRepository reads the default branch and the token’s role', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    expect(await getRepository(repo.client, { owner: OWNER, repo: REPO })).toMatchObject({
      fullName: `${OWNER}/${REPO}`,
      defaultBranch: 'main',
      private: false,
    });
  });

  it('getRepository names the repository when it cannot be read', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    await expect(getRepository(repo.client, { owner: OWNER, repo: 'nope' })).rejects.toThrow(
      `Could not read the repository ${OWNER}/nope: HTTP 404`,
    );
  });
});
