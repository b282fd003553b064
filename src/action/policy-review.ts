/**
 * What a policy-editing PR needs besides its own routing (docs/GATE.md, "Policy-editing pull requests"): the
 * maintainers of every entry it adds, removes or changes are asked for review — those being removed
 * included — and the report says which open PRs the proposed policy would route differently. The PR itself
 * is still decided by the base policy; the proposed one was read with a size cap and a time budget
 * (proposed-policy.ts) and is only compared here.
 */
import { directoriesOf } from '../matcher/directories.js';
import type { Policy } from '../model.js';
import type { GitHubClient } from '../github/client.js';
import { listOpenPullPaths, type OpenPullPathsList } from '../github/list-open-pull-paths.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { handleKey, isTeam } from '../routing/pick-reviewers.js';
import { changedEntries, entryReviewers } from '../routing/policy-entries.js';
import { previewReroutes } from '../routing/reroute-preview.js';
import type { PolicyReview, RoutingDecision } from '../routing/types.js';

/**
 * Entry maintainers asked at most: a mass edit of MAINTAINERS (a script renaming a mailing list in every
 * section) must not notify hundreds of people; the rest are named in the comment, not asked.
 */
export const MAX_ENTRY_REVIEWERS = 25;

/** Open PRs compared at most: the sweep's default limit, about five GraphQL requests. */
export const PREVIEW_MAX_PULLS = 500;

/** Where the open PRs' paths come from: the API by default; the sweep shares one read per branch. */
export type OpenPullsSource = (base: string) => Promise<OpenPullPathsList>;

/** Reads the open PRs of `base` from the API (newest first, at most PREVIEW_MAX_PULLS). */
export function openPullsFromApi(client: GitHubClient, repo: RepoRef): OpenPullsSource {
  return (base) => listOpenPullPaths(client, repo, base, PREVIEW_MAX_PULLS);
}

/**
 * Compares `base` with the PR's `head` policy and previews the re-routing over the open PRs targeting the
 * same branch. Null when the edit changes no entry and re-routes nothing (e.g. a comment reworded).
 *
 * @example await reviewPolicyEdit(pr, base, head, 10, openPullsFromApi(client, repo))
 *   // → { entries: [{ subsystem: 'DMA MAPPING HELPERS', change: 'changed', fields: ['stance'], … }], asked: ['hch-lst', 'mszyprow'], reroutes: [{ number: 7, … }], … }
 */
export async function reviewPolicyEdit(
  pr: PullRequest,
  base: Policy,
  head: Policy,
  maxReviewers: number,
  openPulls: OpenPullsSource,
): Promise<{ review: PolicyReview | null; notes: string[] }> {
  const entries = changedEntries(base, head);
  const reviewers = entryReviewers(entries, pr.author);
  const notes: string[] = [];
  let open: OpenPullPathsList = { pulls: [], totalCount: 1 };
  try {
    open = await openPulls(pr.baseRef);
  } catch (error) {
    // The preview is a courtesy, like the proposed policy itself: the entries' maintainers are still asked.
    notes.push(
      `The open pull requests could not be read for the re-routing preview: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const others = open.pulls.filter((pull) => pull.number !== pr.number);
  // Directory-named patterns are decided from the open PRs' own paths: the preview makes no tree lookups.
  const isDirectory = directoriesOf(others.flatMap((pull) => pull.paths));
  const compiledBase = compilePolicy(base, { isDirectory });
  const compiledHead = compilePolicy(head, { isDirectory });
  let reroutes: PolicyReview['reroutes'] = [];
  if (compiledHead.errors.length > 0 || compiledBase.errors.length > 0) {
    notes.push(
      `The proposed policy does not compile (${compiledHead.errors[0]?.message ?? compiledBase.errors[0]?.message}); no re-routing preview.`,
    );
  } else {
    reroutes = previewReroutes(others, compiledBase.value, compiledHead.value, maxReviewers);
  }
  if (entries.length === 0 && reroutes.length === 0) return { review: null, notes };
  return {
    review: {
      entries,
      asked: reviewers.slice(0, MAX_ENTRY_REVIEWERS),
      notAsked: reviewers.slice(MAX_ENTRY_REVIEWERS),
      reroutes,
      compared: others.length,
      // The PR being decided is open and targets the branch: it is one of the total, not one to re-route.
      openPulls: Math.max(0, open.totalCount - 1),
      partial: others.some((pull) => !pull.complete),
    },
    notes,
  };
}

/**
 * The decision with the entry maintainers added to its reviewers (after routing's own, each once) and the
 * review attached. Routing's `max-reviewers` cap does not apply to them: they are asked because the PR
 * changes what they own, whatever else it touches.
 */
export function withPolicyReview(decision: RoutingDecision, review: PolicyReview): RoutingDecision {
  const present = new Set([...decision.reviewers, ...decision.teamReviewers].map(handleKey));
  const added = review.asked.filter((handle) => !present.has(handleKey(handle)));
  return {
    ...decision,
    reviewers: [...decision.reviewers, ...added.filter((handle) => !isTeam(handle))],
    teamReviewers: [...decision.teamReviewers, ...added.filter((handle) => isTeam(handle))],
    policyReview: review,
  };
}
