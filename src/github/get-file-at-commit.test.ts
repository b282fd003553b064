import { InputError } from '../errors.js';
import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { getFileAtCommit } from './get-file-at-commit.js';
import { isDirectoryAtCommit } from './is-directory-at-commit.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, { 'maintainers.yml': 'version: 1\n', 'include/drm/drm_gem.h': '/* gem */\n' });
  emu.addCommit(HEAD, { 'maintainers.yml': 'version: 1\ndefault-stance: opt-in\n' });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getFileAtCommit', () => {
  it('reads the file as it is at that commit, with the raw media type', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    expect(await getFileAtCommit(client, repo, 'maintainers.yml', BASE)).toBe('version: 1\n');
    expect(await getFileAtCommit(client, repo, 'maintainers.yml', HEAD)).toBe('version: 1\ndefault-stance: opt-in\n');
    expect(emu.requests.map((r) => r.query.ref)).toEqual([BASE, HEAD]);
  });

  it('names the path and the commit when the file is missing there', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const failure = getFileAtCommit(client, repo, '.github/maintainers.yml', BASE);
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toMatchObject({
      errors: [
        {
          code: 'CONFIG_MISSING',
          file: '.github/maintainers.yml',
          message: `.github/maintainers.yml does not exist at commit ${BASE}`,
        },
      ],
    });
  });

  it('refuses a directory', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await expect(getFileAtCommit(client, repo, 'include/drm', BASE)).rejects.toThrow(
      `include/drm is a directory, not a file at commit ${BASE}`,
    );
  });
});

describe('isDirectoryAtCommit', () => {
  it.each([
    ['include/drm', true],
    ['include/drm/drm', false],
    ['include/drm/drm_gem.h', false],
  ])('%s → %s', async (path, expected) => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    expect(await isDirectoryAtCommit(client, repo, path, BASE)).toBe(expected);
  });
});
