import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { listMergeQueue } from './list-merge-queue.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
type QueueEmulator = Emulator & {
  addCommit(sha: string, files: Record<string, string>, parents?: string | string[]): void;
  enqueue(n: number): { headSha: string; baseSha: string };
};
let emu: QueueEmulator;
beforeEach(async () => {
  emu = (await startRepository()) as QueueEmulator;
  emu.addCommit(BASE, { README: 'x\n' }, []);
  for (const n of [1, 2]) {
    const head = String(n).repeat(40);
    emu.addCommit(head, { README: 'x\n', [`f${n}.c`]: `${n}\n` }, BASE);
    emu.addPullRequest({
      number: n,
      user: 'alice',
      base: { sha: BASE, ref: 'main' },
      head: { sha: head, ref: `t${n}` },
    });
  }
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listMergeQueue', () => {
  it('lists the queue in order: each entry’s group commit and pull request, from data GitHub keeps', async () => {
    const first = emu.enqueue(1);
    const second = emu.enqueue(2);
    const entries = await listMergeQueue(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 'main');
    expect(entries).toEqual([
      { position: 1, groupSha: first.headSha, pullNumber: 1, pullHeadSha: '1'.repeat(40) },
      { position: 2, groupSha: second.headSha, pullNumber: 2, pullHeadSha: '2'.repeat(40) },
    ]);
    expect(emu.requests).toHaveLength(1);
  });

  it('is empty for a branch without a queue', async () => {
    expect(await listMergeQueue(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 'main')).toEqual([]);
  });
});
