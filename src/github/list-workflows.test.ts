import { OWNER, REPO } from '../../emulator/harness.js';
import { settingsRepository, type SettingsEmulator } from './doctor-emulator.test-helper.js';
import { listWorkflows } from './list-workflows.js';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listWorkflows', () => {
  it('listWorkflows lists each workflow with its name, path and state', async () => {
    const repo = await settingsRepository({
      '.github/workflows/gate.yml': 'name: rust-patch-router\non: pull_request_target\njobs: {}\n',
      '.github/workflows/unnamed.yaml': 'on: push\njobs: {}\n',
    });
    emu = repo.emu;
    expect(await listWorkflows(repo.client, { owner: OWNER, repo: REPO })).toEqual([
      { name: 'rust-patch-router', path: '.github/workflows/gate.yml', state: 'active' },
      { name: '.github/workflows/unnamed.yaml', path: '.github/workflows/unnamed.yaml', state: 'active' },
    ]);
  });

  it('listWorkflows throws when the token may not read Actions', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    emu.setTokenPermissions({ contents: 'read' });
    await expect(listWorkflows(repo.client, { owner: OWNER, repo: REPO })).rejects.toThrow('HTTP 403');
  });
});
