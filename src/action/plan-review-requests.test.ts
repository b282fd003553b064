import type { PullRequest } from '../github/types.js';
import { planReviewRequests } from './plan-review-requests.js';

const OWNER = 'rust-for-linux';
const repo = { owner: OWNER, repo: 'linux' };
const pr: PullRequest = {
  number: 3,
  title: 'rust: add a binding',
  body: '',
  author: 'alice',
  draft: false,
  state: 'open',
  baseSha: 'a'.repeat(40),
  baseRef: 'main',
  headSha: 'b'.repeat(40),
  headRepoFullName: 'alice/linux',
  baseRepoFullName: `${OWNER}/linux`,
  changedFiles: 1,
  labels: [],
  requestedReviewers: ['Bob'],
  requestedTeams: [`${OWNER}/reviewers`],
  htmlUrl: `https://github.com/${OWNER}/linux/pull/3`,
  locked: false,
};

describe('planReviewRequests', () => {
  it.each([
    ['asks whoever is new', ['carol'], [], [], { toRequest: ['carol'], skipped: [], rejected: [] }],
    ['never asks the author', ['alice', 'carol'], [], [], { toRequest: ['carol'], skipped: ['alice'], rejected: [] }],
    ['skips pending requests, ignoring case', ['bob'], [], [], { toRequest: [], skipped: ['bob'], rejected: [] }],
    ['skips who already reviewed', ['dave'], [], ['dave'], { toRequest: [], skipped: ['dave'], rejected: [] }],
    [
      'skips a team already requested',
      [],
      [`${OWNER}/reviewers`],
      [],
      { toRequest: [], skipped: [`${OWNER}/reviewers`], rejected: [] },
    ],
    [
      'refuses a team of another organisation',
      [],
      ['other-org/reviewers'],
      [],
      {
        toRequest: [],
        skipped: [],
        rejected: [
          { handle: 'other-org/reviewers', reason: `a team of other-org, not of ${OWNER}, cannot review here` },
        ],
      },
    ],
  ])('%s', (_name, users, teams, reviewed, expected) => {
    expect(planReviewRequests(repo, pr, { users, teams }, reviewed)).toEqual(expected);
  });
});
