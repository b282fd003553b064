import { OWNER, REPO } from '../../emulator/harness.js';
import { settingsRepository, type SettingsEmulator } from './doctor-emulator.test-helper.js';
import { getBranchProtection } from './get-branch-protection.js';

const REPOSITORY = { owner: OWNER, repo: REPO };
let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getBranchProtection', () => {
  it('getBranchProtection reads required checks and code owner reviews', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    emu.setBranchProtection('main', {
      required_status_checks: { strict: false, checks: [{ context: 'rust-patch-router', app_id: 15368 }] },
      required_pull_request_reviews: { required_approving_review_count: 1, require_code_owner_reviews: true },
    });
    const protection = await getBranchProtection(repo.client, REPOSITORY, 'main');
    expect(protection?.required_status_checks?.checks).toEqual([{ context: 'rust-patch-router', app_id: 15368 }]);
    expect(protection?.required_pull_request_reviews?.require_code_owner_reviews).toBe(true);
  });

  it('getBranchProtection is null for a branch GitHub says is not protected', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    expect(await getBranchProtection(repo.client, REPOSITORY, 'main')).toBeNull();
  });

  it('getBranchProtection throws, naming the branch, when the token may not read it (GITHUB_TOKEN: no administration)', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    emu.setBranchProtection('main', { required_status_checks: { strict: false, contexts: ['x'] } });
    emu.setTokenPermissions({ contents: 'read' });
    await expect(getBranchProtection(repo.client, REPOSITORY, 'main')).rejects.toThrow(
      'Could not read the branch protection of main: HTTP 403 Resource not accessible by integration',
    );
  });
});
