/**
 * Check `code-owner-review`: "Require review from Code Owners" is a second gate on top of the status. It
 * asks CODEOWNERS, not the policy's maintainers, and GitHub's approval is not bound to what was reviewed
 * unless stale approvals are dismissed — so maintainers face two systems that disagree, and a PR the policy
 * lets through can still wait for someone the policy never asks (docs/GATE.md, "Acks").
 */
import type { BranchProtection, BranchRule, Finding, Readable } from './types.js';

const WHY =
  'a second gate beside the status: CODEOWNERS decide who must approve, not the policy, so maintainers face two ' +
  'lists that drift apart, and a PR the policy lets through still waits for code owners it never asked.';

export function checkCodeOwnerReview(
  rules: Readable<BranchRule[]>,
  protection: Readable<BranchProtection | null>,
  branch: string,
): Finding[] {
  const findings: Finding[] = [];
  if ('value' in rules) {
    for (const rule of rules.value) {
      if (rule.type !== 'pull_request' || rule.parameters?.require_code_owner_review !== true) continue;
      findings.push({
        check: 'code-owner-review',
        severity: 'warning',
        message: `Ruleset ${rule.ruleset_id ?? '?'} requires review from Code Owners on ${branch}: ${WHY}`,
        fix: `In ruleset ${rule.ruleset_id ?? '?'}, rule "Require a pull request before merging", untick "Require review from Code Owners"; let the policy's holds decide.`,
      });
    }
  }
  if ('value' in protection) {
    if (protection.value?.required_pull_request_reviews?.require_code_owner_reviews) {
      findings.push({
        check: 'code-owner-review',
        severity: 'warning',
        message: `Branch protection requires review from Code Owners on ${branch}: ${WHY}`,
        fix: 'Settings → Branches → the rule for this branch → untick "Require review from Code Owners".',
      });
    }
  } else if (findings.length === 0) {
    findings.push({
      check: 'code-owner-review',
      severity: 'not-checked',
      message: `No ruleset requires Code Owners review on ${branch}; branch protection could not be read: ${protection.unreadable.reason}.`,
      fix: `Run doctor with a token that has ${protection.unreadable.needs}.`,
    });
  }
  if (!('value' in rules) && findings.every((f) => f.severity !== 'not-checked')) {
    findings.push({
      check: 'code-owner-review',
      severity: 'not-checked',
      message: `The rulesets on ${branch} could not be read: ${rules.unreadable.reason}.`,
      fix: `Run doctor with a token that has ${rules.unreadable.needs}.`,
    });
  }
  return findings;
}
