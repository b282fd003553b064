import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { getBranchTip } from './get-branch-tip.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const NEXT = 'b'.repeat(40);
let emu: Emulator & { setBranch(name: string, sha: string): void };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(BASE, {});
  emu.addCommit(NEXT, {});
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('getBranchTip', () => {
  it('answers the commit the branch points at now, in one request', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    expect(await getBranchTip(client, repo, 'main')).toBe(BASE);
    emu.setBranch('main', NEXT);
    expect(await getBranchTip(client, repo, 'main')).toBe(NEXT);
    expect(emu.requests).toHaveLength(2);
  });

  it('answers null for a branch that is gone', async () => {
    expect(await getBranchTip(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 'gone')).toBeNull();
  });
});
