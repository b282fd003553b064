/**
 * Whom to ask for review (docs/GATE.md, "Labels and review requests"): the decision's reviewers minus whoever must not be asked (again). Pure,
 * beside plan-labels.ts: apply-decision.ts plans both, then writes only the difference.
 */
import type { Rejection } from '../github/request-reviewers.js';
import type { PullRequest, RepoRef } from '../github/types.js';

export interface ReviewersWanted {
  /** Logins the decision asks for. */
  users: readonly string[];
  /** Teams the decision asks for, written `org/team`. */
  teams: readonly string[];
}

/** Who to ask, after dropping whoever must not be asked (again). */
export interface ReviewRequestPlan {
  /** Logins and `org/team`s to request, in the decision's order. */
  toRequest: string[];
  /** Not requested because they are the author, are already requested, or already reviewed. */
  skipped: string[];
  /** Impossible to request (a team of another organisation): reported, never fatal. */
  rejected: Rejection[];
}

/**
 * Drops the author, pending requests and people who already reviewed (logins compare case-insensitively):
 * nobody is asked twice.
 *
 * @example planReviewRequests(repo, pr, { users: ['alice', 'bob'], teams: [] }, ['bob'])
 *   // → { toRequest: ['alice'], skipped: ['bob'], rejected: [] }
 */
export function planReviewRequests(
  repo: RepoRef,
  pr: PullRequest,
  wanted: ReviewersWanted,
  reviewed: readonly string[],
): ReviewRequestPlan {
  const already = new Set(
    [pr.author, ...pr.requestedReviewers, ...pr.requestedTeams, ...reviewed].map((h) => h.toLowerCase()),
  );
  const plan: ReviewRequestPlan = { toRequest: [], skipped: [], rejected: [] };
  for (const handle of [...wanted.users, ...wanted.teams]) {
    const org = handle.includes('/') ? handle.slice(0, handle.indexOf('/')) : null;
    if (already.has(handle.toLowerCase())) plan.skipped.push(handle);
    else if (org !== null && org.toLowerCase() !== repo.owner.toLowerCase()) {
      plan.rejected.push({ handle, reason: `a team of ${org}, not of ${repo.owner}, cannot review here` });
    } else plan.toRequest.push(handle);
  }
  return plan;
}
