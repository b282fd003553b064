import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { getCollaboratorPermission } from './get-collaborator-permission.js';

const repo = { owner: OWNER, repo: REPO };
let emu: Emulator & { addCollaborators(logins: string[], permission?: string): void };
beforeEach(async () => {
  emu = (await startRepository({ collaborators: [] })) as typeof emu;
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getCollaboratorPermission', () => {
  it.each([
    ['admin', 'admin'],
    ['maintain', 'write'],
    ['write', 'write'],
    ['triage', 'read'],
    ['read', 'read'],
  ])('reads a %s collaborator as %s (GitHub’s legacy base roles)', async (role, permission) => {
    emu.addCollaborators(['hch'], role);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    expect(await getCollaboratorPermission(client, repo, 'hch')).toBe(permission);
  });

  it('gives read, never write, to someone who is not a collaborator of a public repository', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    expect(await getCollaboratorPermission(client, repo, 'mallory')).toBe('read');
  });
});
