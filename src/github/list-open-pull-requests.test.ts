import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { listOpenPullRequests } from './list-open-pull-requests.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const OLD = 'c'.repeat(40);
// The parts of the emulator these tests seed beyond the harness's typed ones.
type Seeded = Emulator & {
  addStatus(sha: string, status: { state: string; context?: string; description?: string; creator?: string }): void;
  setBranch(name: string, sha: string): void;
};
let emu: Seeded;
const client = () => createGitHubClient('ghs_test', { baseUrl: emu.url });

beforeEach(async () => {
  emu = (await startRepository()) as Seeded;
  emu.addCommit(BASE, { 'maintainers.yml': 'version: 1\n' });
  emu.addCommit(OLD, { 'rust/kernel/dma.rs': '// old\n' });
  emu.addCommit(HEAD, { 'rust/kernel/dma.rs': '// new\n' });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listOpenPullRequests', () => {
  it('reads every fact the per-PR run reads, with bots spelt as REST spells them', async () => {
    emu.addPullRequest({
      number: 7,
      title: 'rust: dma',
      body: 'Adds the DMA abstraction.',
      user: 'alice',
      base: { sha: BASE, ref: 'main' },
      head: { sha: HEAD, ref: 'dma', repoFullName: 'alice/linux' },
      files: [{ filename: 'rust/kernel/dma.rs', status: 'modified' }],
      labels: ['rust: blocked'],
      requestedReviewers: ['mszyprow'],
      requestedTeams: ['reviewers'],
    });
    emu.addReview(7, { user: 'hch-lst', state: 'APPROVED', commit_id: OLD });
    emu.addComment(7, { user: 'github-actions[bot]', type: 'Bot', body: '<!-- rust-patch-router -->\nBlocked' });
    emu.addStatus(HEAD, { state: 'failure', context: 'rust-patch-router', description: 'Blocked: DMA' });
    emu.addStatus(HEAD, { state: 'success', context: 'ci/build', description: 'ok' });

    const page = await listOpenPullRequests(client(), repo, { context: 'rust-patch-router', first: 50 });

    expect(page.totalCount).toBe(1);
    expect(page.nextCursor).toBeNull();
    expect(page.rate?.remaining).toBeGreaterThan(0);
    const [pull] = page.pulls;
    expect(pull.pr).toMatchObject({
      number: 7,
      title: 'rust: dma',
      body: 'Adds the DMA abstraction.',
      author: 'alice',
      draft: false,
      state: 'open',
      baseSha: BASE,
      baseRef: 'main',
      headSha: HEAD,
      headRepoFullName: 'alice/linux',
      baseRepoFullName: `${OWNER}/${REPO}`,
      changedFiles: 1,
      labels: ['rust: blocked'],
      requestedReviewers: ['mszyprow'],
      requestedTeams: [`${OWNER}/reviewers`],
      locked: false,
    });
    expect(pull.files).toEqual([{ path: 'rust/kernel/dma.rs', status: 'modified' }]);
    expect(pull.filesComplete).toBe(true);
    expect(pull.reviews).toEqual([{ login: 'hch-lst', state: 'APPROVED', commitId: OLD }]);
    expect(pull.comments).toEqual([
      expect.objectContaining({ author: 'github-actions[bot]', body: '<!-- rust-patch-router -->\nBlocked' }),
    ]);
    expect(pull.status).toEqual({ state: 'failure', description: 'Blocked: DMA', targetUrl: null });
  });

  it('flags what GraphQL cannot say in full: a rename’s old path, more than 100 files', async () => {
    emu.addPullRequest({
      number: 1,
      user: 'alice',
      base: { sha: BASE },
      head: { sha: HEAD },
      files: [{ filename: 'rust/kernel/dma.rs', status: 'renamed', previous_filename: 'rust/kernel/dma_old.rs' }],
    });
    emu.addPullRequest({
      number: 2,
      user: 'alice',
      base: { sha: BASE },
      head: { sha: HEAD },
      files: Array.from({ length: 101 }, (_, i) => ({ filename: `drivers/f${i}.c` })),
    });

    const page = await listOpenPullRequests(client(), repo, { context: 'rust-patch-router', first: 50 });

    expect(page.pulls.map((p) => [p.pr.number, p.filesComplete])).toEqual([
      [2, false],
      [1, false],
    ]);
  });

  it('pages newest first, and only into the branch asked for', async () => {
    emu.setBranch('stable', BASE);
    for (const number of [1, 2, 3]) {
      emu.addPullRequest({
        number,
        user: 'alice',
        base: { sha: BASE, ref: number === 2 ? 'stable' : 'main' },
        head: { sha: HEAD },
      });
    }
    const first = await listOpenPullRequests(client(), repo, { base: 'main', context: 'rust-patch-router', first: 1 });
    const second = await listOpenPullRequests(client(), repo, {
      base: 'main',
      context: 'rust-patch-router',
      first: 1,
      cursor: first.nextCursor,
    });

    expect(first.totalCount).toBe(2);
    expect([...first.pulls, ...second.pulls].map((p) => p.pr.number)).toEqual([3, 1]);
    expect(second.nextCursor).toBeNull();
    expect(first.pulls[0].status).toBeNull();
  });
});
