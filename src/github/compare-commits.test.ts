import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { COMPARE_FILES_CAP, compareCommits } from './compare-commits.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
let emu: Emulator & { addCommit(sha: string, files: Record<string, string>, parents?: string | string[]): void };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('compareCommits', () => {
  it('lists what head changes since the merge base, with patches', async () => {
    emu.addCommit(BASE, { 'a.rs': 'a\n', 'b.rs': 'b\n' }, []);
    emu.addCommit(HEAD, { 'a.rs': 'a2\n', 'c.rs': 'b\n' }, BASE);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const comparison = await compareCommits(client, repo, BASE, HEAD);

    expect(comparison?.mergeBase).toBe(BASE);
    expect(comparison?.complete).toBe(true);
    expect(comparison?.files).toEqual(
      expect.arrayContaining([{ path: 'a.rs', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+a2' }]),
    );
  });

  it('says it may be incomplete at the 300-file cap', async () => {
    const many = Object.fromEntries(Array.from({ length: COMPARE_FILES_CAP + 5 }, (_, i) => [`f${i}.c`, `${i}\n`]));
    emu.addCommit(BASE, {}, []);
    emu.addCommit(HEAD, many, BASE);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    const comparison = await compareCommits(client, repo, BASE, HEAD);

    expect(comparison?.files).toHaveLength(COMPARE_FILES_CAP);
    expect(comparison?.complete).toBe(false);
  });

  it('answers null for a comparison GitHub does not know', async () => {
    emu.addCommit(BASE, {}, []);
    emu.addCommit(HEAD, {}, []);
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    expect(await compareCommits(client, repo, BASE, HEAD)).toBeNull();
  });
});
