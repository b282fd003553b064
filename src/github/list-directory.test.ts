import { OWNER, REPO } from '../../emulator/harness.js';
import { settingsRepository, type SettingsEmulator } from './doctor-emulator.test-helper.js';
import { listDirectory } from './list-directory.js';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listDirectory', () => {
  it('listDirectory lists the files directly in a directory, and nothing for an absent one', async () => {
    const repo = await settingsRepository({
      '.github/workflows/a.yml': 'on: push\n',
      '.github/workflows/sub/b.yml': 'on: push\n',
      'README.md': 'hi\n',
    });
    emu = repo.emu;
    const repository = { owner: OWNER, repo: REPO };
    expect(await listDirectory(repo.client, repository, '.github/workflows', 'main')).toEqual([
      '.github/workflows/a.yml',
    ]);
    expect(await listDirectory(repo.client, repository, 'nowhere', 'main')).toEqual([]);
  });
});
