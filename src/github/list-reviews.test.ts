import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { listReviews } from './list-reviews.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
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
  it.each([
    ['an approval acks', [['hch', 'APPROVED']], ['hch']],
    [
      'a later comment keeps the approval',
      [
        ['hch', 'APPROVED'],
        ['hch', 'COMMENTED'],
      ],
      ['hch'],
    ],
    [
      'a later change request withdraws it',
      [
        ['hch', 'APPROVED'],
        ['hch', 'CHANGES_REQUESTED'],
      ],
      [],
    ],
    [
      'a dismissal withdraws it',
      [
        ['hch', 'APPROVED'],
        ['hch', 'DISMISSED'],
      ],
      [],
    ],
    [
      'a later approval restores it',
      [
        ['hch', 'CHANGES_REQUESTED'],
        ['hch', 'APPROVED'],
      ],
      ['hch'],
    ],
    ['a comment alone is no verdict', [['hch', 'COMMENTED']], []],
  ])('%s', async (_name, reviews, approvedBy) => {
    for (const [user, state] of reviews) emu.addReview(4, { user, state });
    const state = await listReviews(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, 4);
    expect(state.approvedBy).toEqual(approvedBy);
    expect(state.reviewed).toEqual(['hch']);
  });
});
