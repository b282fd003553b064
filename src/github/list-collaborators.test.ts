import { OWNER, REPO } from '../../emulator/harness.js';
import { settingsRepository, type SettingsEmulator } from './doctor-emulator.test-helper.js';
import { listCollaborators } from './list-collaborators.js';

let emu: SettingsEmulator;
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listCollaborators', () => {
  it('listCollaborators reads every page with each person’s role', async () => {
    const repo = await settingsRepository();
    emu = repo.emu;
    const many = Array.from({ length: 150 }, (_, i) => `person-${String(i).padStart(3, '0')}`);
    emu.addCollaborators(many, 'read');
    emu.addCollaborators(['maintainer-a'], 'maintain');
    emu.addCollaborators(['triager-b'], 'triage');
    const people = await listCollaborators(repo.client, { owner: OWNER, repo: REPO });
    const byLogin = new Map(people.map((p) => [p.login, p.permission]));
    expect(byLogin.get('person-149')).toBe('read');
    expect(byLogin.get('maintainer-a')).toBe('maintain');
    expect(byLogin.get('triager-b')).toBe('triage');
    expect(byLogin.get('ojeda')).toBe('write'); // the harness's collaborators
    expect(emu.requests.filter((r) => r.path.endsWith('/collaborators')).length).toBeGreaterThan(1);
  });
});
