import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { listReviews } from './list-reviews.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
  emu.addCommit(BASE, {});
  emu.addPullRequest({ number: 4, user: 'alice', base: { sha: BASE }, head: { sha: BASE }, files: [] });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('listReviews', () => {
  it('reads every review, oldest first, with the commit each was given on', async () => {
    emu.addReview(4, { user: 'hch', state: 'APPROVED', commit_id: OLD });
    for (let i = 0; i < 120; i++) emu.addReview(4, { user: `r${i}`, state: 'COMMENTED' });
    emu.addReview(4, { user: 'hch', state: 'CHANGES_REQUESTED', commit_id: BASE });
    const reviews = await listReviews(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 4);

    expect(reviews).toHaveLength(122);
    expect(reviews[0]).toEqual({ login: 'hch', state: 'APPROVED', commitId: OLD });
    expect(reviews.at(-1)).toEqual({ login: 'hch', state: 'CHANGES_REQUESTED', commitId: BASE });
    expect(emu.requests.filter((r) => r.path.endsWith('/reviews'))).toHaveLength(2);
  });
});
