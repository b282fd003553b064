import { readFileSync } from 'node:fs';
import type { PullRequest } from '../github/types.js';
import { renderComment } from '../report/render-comment.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { policyOf } from '../routing/policy-of.test-helper.js';
import { routeChanges } from '../routing/route.js';
import { MAX_ENTRY_REVIEWERS, reviewPolicyEdit, withPolicyReview } from './policy-review.js';

const EXAMPLE = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');
const base = policyOf(EXAMPLE);
// The PHY library opts out and drops one of its maintainers.
const head = policyOf(
  EXAMPLE.replace(/(- name: ETHERNET PHY LIBRARY\n\s+rust: )opt-in/, '$1opt-out').replace(
    'maintainers: [andrew-lunn, hkallweit]',
    'maintainers: [andrew-lunn]',
  ),
);
const pr = { number: 10, author: 'torvalds', baseRef: 'main' } as PullRequest;
const open = {
  totalCount: 4,
  pulls: [
    { number: 10, title: 'this PR', author: 'torvalds', paths: ['maintainers.yml'], complete: true },
    { number: 3, title: 'phy: rust driver', author: 'alice', paths: ['drivers/net/phy/foo.rs'], complete: true },
    { number: 2, title: 'net: fix', author: 'bob', paths: ['drivers/net/ethernet/x.c'], complete: true },
    { number: 1, title: 'phy: big', author: 'carol', paths: ['drivers/net/phy/bar.rs'], complete: false },
  ],
};

describe('reviewPolicyEdit', () => {
  it('names the changed entries, asks their maintainers (the removed one too) and previews the re-routing', async () => {
    const { review, notes } = await reviewPolicyEdit(pr, base, head, 10, async () => open);

    expect(notes).toEqual([]);
    expect(review).toMatchObject({
      entries: [{ subsystem: 'ETHERNET PHY LIBRARY', change: 'changed', fields: ['stance', 'maintainers'] }],
      asked: ['andrew-lunn', 'hkallweit'],
      notAsked: [],
      compared: 3,
      openPulls: 3,
      partial: true,
    });
    expect(review?.reroutes.map((r) => [r.number, r.verdict.from, r.verdict.to])).toEqual([
      [3, 'routed', 'blocked'],
      [1, 'routed', 'blocked'],
    ]);
  });

  it('still asks the entries’ maintainers when the open PRs cannot be read', async () => {
    const { review, notes } = await reviewPolicyEdit(pr, base, head, 10, async () => {
      throw new Error('HTTP 502');
    });
    expect(review?.asked).toEqual(['andrew-lunn', 'hkallweit']);
    expect(review?.reroutes).toEqual([]);
    expect(notes).toEqual(['The open pull requests could not be read for the re-routing preview: HTTP 502']);
  });

  it('asks at most MAX_ENTRY_REVIEWERS maintainers of a mass edit', async () => {
    const many = policyOf(
      `version: 1\nsubsystems:\n${Array.from({ length: 30 }, (_, i) => `  - name: S${i}\n    maintainers: [m${i}]\n    files: [d${i}/]\n`).join('')}`,
    );
    const { review } = await reviewPolicyEdit(pr, policyOf('version: 1\n'), many, 10, async () => ({
      totalCount: 1,
      pulls: [],
    }));
    expect(review?.asked).toHaveLength(MAX_ENTRY_REVIEWERS);
    expect(review?.notAsked).toEqual(['m25', 'm26', 'm27', 'm28', 'm29']);
  });
});

describe('withPolicyReview', () => {
  it('adds the entries’ maintainers to the reviewers, each once, and the comment shows the review', async () => {
    const { review } = await reviewPolicyEdit(pr, base, head, 10, async () => open);
    const routed = routeChanges(
      { files: [{ path: 'maintainers.yml', status: 'modified' }], title: '', body: '', diffLines: [] },
      compilePolicy(base).value,
      { author: 'torvalds' },
    );
    const decision = withPolicyReview(routed, review!);

    expect(decision.reviewers).toEqual([...routed.reviewers, 'andrew-lunn', 'hkallweit']);
    const comment = renderComment(decision, { notRequested: [] });
    expect(comment).toContain('**This PR changes 1 policy entry:** ETHERNET PHY LIBRARY (stance, maintainers)');
    expect(comment).toContain('Their maintainers are asked to review: @andrew-lunn, @hkallweit.');
    expect(comment).toContain(
      '**This change re-routes 2 open PRs** (compared by paths of 3 open, by the first 100 paths of larger ones; acks not counted):',
    );
    expect(comment).toContain(
      '- `#3` phy: rust driver: routed → blocked; labels +`rust: blocked` −`rust`; reviewers −`andrew-lunn` −`hkallweit`',
    );
  });
});
