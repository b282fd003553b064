import { OWNER, REPO } from '../../emulator/harness.js';
import { settingsRepository, type SettingsEmulator } from './doctor-emulator.test-helper.js';
import { getDefaultWorkflowPermissions } from './get-default-workflow-permissions.js';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getDefaultWorkflowPermissions', () => {
  it.each(['read', 'write'] as const)('getDefaultWorkflowPermissions reads %s', async (setting) => {
    const repo = await settingsRepository();
    emu = repo.emu;
    emu.setWorkflowPermissions({ defaultWorkflowPermissions: setting });
    expect(await getDefaultWorkflowPermissions(repo.client, { owner: OWNER, repo: REPO })).toBe(setting);
  });

  it('getDefaultWorkflowPermissions throws without administration read', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    emu.setTokenPermissions({ contents: 'read' });
    await expect(getDefaultWorkflowPermissions(repo.client, { owner: OWNER, repo: REPO })).rejects.toThrow(
      'Could not read the default workflow permissions: HTTP 403',
    );
  });
});
