/**
 * The writes applyDecision would make for a decision, predicted without making any request: labels to add
 * or remove, review requests, the comment, the status (docs/GATE.md, "The sweep"). The sweep asks this of
 * every open PR and goes on to apply only where something would be written, so an unchanged PR costs no
 * read beyond its GraphQL page.
 *
 * This mirrors apply-decision.ts step for step, from the same pure parts (planLabels, planReviewRequests,
 * staleAckers, gateStatus, ourComments); plan-writes.test.ts checks both agree on PRs in the emulator.
 * Review requests need one fact the PR's data does not hold — whether GitHub would accept each handle — which
 * the caller reads (memoised across PRs) and passes as `requestable`.
 */
import { commentWanted } from '../report/render-comment.js';
import { gateStatus } from '../report/render-status.js';
import type { NotRequested } from '../report/decision-blocks.js';
import { handleKey } from '../routing/pick-reviewers.js';
import { reviewedLogins } from '../routing/review-verdicts.js';
import type { RoutingDecision } from '../routing/types.js';
import type { RepoRef } from '../github/types.js';
import { staleAckers, type ApplyOptions, type CommentDraft } from './apply-decision.js';
import { planLabels } from './plan-labels.js';
import { planReviewRequests } from './plan-review-requests.js';
import type { PullFacts } from './read-pull-facts.js';
import { sameStatus } from './sync-gate-status.js';
import { normalise, ourComments } from './sync-sticky-comment.js';

export type WritePlan =
  /** The writes, in words (empty: the PR already shows this decision). */
  | { kind: 'planned'; writes: string[] }
  /** Whether GitHub would accept these handles as reviewers decides the rest: read them, then ask again. */
  | { kind: 'needs-handles'; handles: string[] };

/**
 * Predicts a real run's writes, also when `options.dryRun` is set (a dry run reports what the real one would do;
 * applyDecision itself, on a dry run, renders the comment without any @-mention).
 *
 * @param requestable whether GitHub accepts `handle` as a reviewer (a collaborator; a team the token can see);
 *   undefined when not known yet.
 * @example planWrites(repo, decision, facts, draft, options, () => true)
 *   // → { kind: 'planned', writes: ['set the rust-patch-router status to failure'] }
 */
export function planWrites(
  repo: RepoRef,
  decision: RoutingDecision,
  facts: PullFacts,
  comment: CommentDraft,
  options: Omit<ApplyOptions, 'restartOnConflict'>,
  requestable: (handle: string) => boolean | undefined,
): WritePlan {
  const { pr } = facts;
  const writes: string[] = [];
  const labels = planLabels(decision, pr.labels, { add: options.labels, sync: options.syncLabels });
  if (labels.add.length > 0) writes.push(`add labels ${labels.add.join(', ')}`);
  for (const name of labels.remove) writes.push(`remove label ${name}`);

  let notRequested: NotRequested = 'everyone';
  if (options.requestReviews) {
    const plan = planReviewRequests(
      repo,
      pr,
      { users: decision.reviewers, teams: decision.teamReviewers },
      reviewedLogins(facts.reviews),
    );
    const again = staleAckers(decision, facts).filter(
      (login) => !plan.toRequest.some((handle) => handleKey(handle) === handleKey(login)),
    );
    const toRequest = [...plan.toRequest, ...again];
    // A draft defers every request (and then nobody is @-mentioned), as applyDecision does.
    if (toRequest.length === 0 || !pr.draft) {
      const unknown = toRequest.filter((handle) => requestable(handle) === undefined);
      if (unknown.length > 0) return { kind: 'needs-handles', handles: unknown };
      const accepted = toRequest.filter((handle) => requestable(handle) === true);
      if (accepted.length > 0) writes.push(`request reviews from ${accepted.join(', ')}`);
      const refused = toRequest.filter((handle) => requestable(handle) === false);
      notRequested = [...plan.rejected.map((r) => r.handle), ...refused];
    }
  }

  if (options.comment && !pr.locked) {
    const body = comment.render(notRequested);
    const ours = ourComments(facts.comments, comment.marker, options.commentAuthor);
    if (ours.length === 0 && commentWanted(decision)) writes.push('create the comment');
    if (ours.length > 1) writes.push(`delete ${ours.length - 1} newer copies of the comment`);
    if (ours.length > 0 && normalise(ours[0].body) !== normalise(body)) writes.push('update the comment');
  }

  if (options.status) {
    const planned = gateStatus(decision, { block: options.block });
    if (!sameStatus(facts.status, planned)) writes.push(`set the ${options.statusContext} status to ${planned.state}`);
  }
  return { kind: 'planned', writes };
}
