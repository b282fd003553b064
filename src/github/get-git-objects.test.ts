import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { getGitObjects } from './get-git-objects.js';

const repo = { owner: OWNER, repo: REPO };
const MAIN = '1'.repeat(40);
type Seeded = Emulator & {
  addCommit(sha: string, files: Record<string, string>, parents?: string[]): void;
  setBranch(n: string, s: string): void;
};
let emu: Seeded;
beforeEach(async () => {
  emu = (await startRepository()) as Seeded;
  emu.addCommit(MAIN, { 'maintainers.yml': 'version: 1\n', 'include/drm/drm_gem.h': '' }, []);
  emu.setBranch('main', MAIN);
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getGitObjects', () => {
  it('reads branch tips and what each expression names, in one request, null for what is absent', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const read = await getGitObjects(client, repo, {
      branches: ['main', 'gone'],
      objects: [`${MAIN}:maintainers.yml`, `${MAIN}:include/drm`, `${MAIN}:include/drm/drm`],
    });
    expect(read.tips).toEqual(
      new Map([
        ['main', MAIN],
        ['gone', null],
      ]),
    );
    expect(read.objects.get(`${MAIN}:maintainers.yml`)?.kind).toBe('blob');
    expect(read.objects.get(`${MAIN}:include/drm`)?.kind).toBe('tree');
    expect(read.objects.get(`${MAIN}:include/drm/drm`)).toBeNull();
    expect(emu.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });

  it('splits more than 100 items over requests', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const objects = Array.from({ length: 150 }, (_, i) => `${MAIN}:f${i}`);
    const read = await getGitObjects(client, repo, { objects });
    expect(read.objects.size).toBe(150);
    expect(emu.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
  });
});
