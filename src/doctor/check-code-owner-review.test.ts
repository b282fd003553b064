import { checkCodeOwnerReview } from './check-code-owner-review.js';
import { protectionFixture, rulesFixture } from './setup-of.test-helper.js';

describe('checkCodeOwnerReview', () => {
  it('checkCodeOwnerReview passes when neither rulesets nor branch protection require code owners', () => {
    expect(checkCodeOwnerReview({ value: rulesFixture() }, { value: null }, 'main')).toEqual([]);
  });

  it('checkCodeOwnerReview warns on a ruleset that requires code owner review', () => {
    const rules = rulesFixture().map((r) =>
      r.type === 'pull_request' ? { ...r, parameters: { ...r.parameters, require_code_owner_review: true } } : r,
    );
    const findings = checkCodeOwnerReview({ value: rules }, { value: null }, 'main');
    expect(findings).toEqual([expect.objectContaining({ check: 'code-owner-review', severity: 'warning' })]);
    expect(findings[0].message).toContain('Ruleset 4215113');
  });

  it('checkCodeOwnerReview warns on branch protection that requires code owner reviews', () => {
    const findings = checkCodeOwnerReview({ value: [] }, { value: protectionFixture() }, 'main');
    expect(findings[0].fix).toContain('Require review from Code Owners');
  });

  it('checkCodeOwnerReview says "not checked" when branch protection cannot be read', () => {
    const findings = checkCodeOwnerReview(
      { value: [] },
      { unreadable: { reason: 'HTTP 403', needs: 'admin' } },
      'main',
    );
    expect(findings.map((f) => f.severity)).toEqual(['not-checked']);
  });

  it('checkCodeOwnerReview says "not checked" when the rules cannot be read', () => {
    const findings = checkCodeOwnerReview(
      { unreadable: { reason: 'HTTP 500', needs: 'read' } },
      { value: null },
      'main',
    );
    expect(findings.map((f) => f.severity)).toEqual(['not-checked']);
  });
});
