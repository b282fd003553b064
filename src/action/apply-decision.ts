/**
 * Applies a decision to the PR: labels, review requests, the sticky comment. Each write goes through the
 * WriteGate (dry-run, read-only token), and each is made only when the PR's state differs, so a re-run on
 * an unchanged PR writes nothing.
 */
import { addLabels } from '../github/add-labels.js';
import type { GitHubClient } from '../github/client.js';
import { ensureLabels } from '../github/ensure-labels.js';
import { removeLabel } from '../github/remove-label.js';
import { requestReviewers, type Rejection, type ReviewRequestResult } from '../github/request-reviewers.js';
import { syncStickyComment, type StickyCommentOutcome } from '../github/sticky-comment.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import type { WriteGate } from '../github/write-gate.js';
import type { Policy } from '../model.js';
import type { NotRequested } from '../report/decision-blocks.js';
import type { RoutingDecision } from '../routing/types.js';
import { labelSpecs, planLabels } from './plan-labels.js';
import { planReviewRequests } from './plan-review-requests.js';

/** The action's switches (action.yml inputs). */
export interface ApplyOptions {
  labels: boolean;
  syncLabels: boolean;
  requestReviews: boolean;
  comment: boolean;
}

/** Where to apply, and what is known about the PR now. */
export interface ApplyTarget {
  client: GitHubClient;
  repo: RepoRef;
  pr: PullRequest;
  policy: Policy;
  /** Logins who already reviewed: not asked again. */
  reviewed: readonly string[];
  gate: WriteGate;
}

/** What was done, for the job summary and the log. Empty lists when a write was skipped. */
export interface ApplyResult {
  labelsAdded: string[];
  labelsRemoved: string[];
  /** Wanted labels left off to stay within GitHub's 100 labels per PR. */
  labelsDropped: string[];
  labelsCreated: string[];
  /** Requested now: logins and `org/team`s. */
  requested: string[];
  /** Not asked: the author, pending requests, people who already reviewed. */
  reviewSkipped: string[];
  /** Refused by GitHub or impossible: reported, never fatal. */
  reviewRejected: Rejection[];
  /** True on a draft: review requests wait for ready_for_review. */
  reviewsDeferred: boolean;
  /** Asked by the policy but not requested: what the comment and summary must not @-mention. */
  notRequested: NotRequested;
  comment: StickyCommentOutcome | null;
}

/** The comment's hidden marker and body, rendered by the caller. */
export interface CommentDraft {
  marker: string;
  /** Renders the body once the review requests are done, naming those not requested without @. */
  render(notRequested: NotRequested): string;
}

/**
 * Applies labels, then review requests, then the comment (last, so a failure earlier leaves no comment
 * claiming what did not happen).
 */
export async function applyDecision(
  target: ApplyTarget,
  decision: RoutingDecision,
  comment: CommentDraft,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const { client, repo, pr, gate } = target;
  const result: ApplyResult = {
    labelsAdded: [],
    labelsRemoved: [],
    labelsDropped: [],
    labelsCreated: [],
    requested: [],
    reviewSkipped: [],
    reviewRejected: [],
    reviewsDeferred: false,
    notRequested: 'everyone',
    comment: null,
  };

  const labels = planLabels(decision, pr.labels, { add: options.labels, sync: options.syncLabels });
  result.labelsDropped = labels.dropped;
  if (labels.add.length > 0) {
    const specs = labelSpecs(labels.add, target.policy);
    result.labelsCreated = (await gate.write('create missing labels', () => ensureLabels(client, repo, specs))) ?? [];
    const added = await gate.write(`add labels ${labels.add.join(', ')} to #${pr.number}`, async () => {
      await addLabels(client, repo, pr.number, labels.add);
      return labels.add;
    });
    result.labelsAdded = added ?? [];
  }
  for (const name of labels.remove) {
    const removed = await gate.write(`remove label ${name} from #${pr.number}`, async () => {
      await removeLabel(client, repo, pr.number, name);
      return true;
    });
    if (removed) result.labelsRemoved.push(name);
  }

  if (options.requestReviews) {
    const plan = planReviewRequests(
      repo,
      pr,
      { users: decision.reviewers, teams: decision.teamReviewers },
      target.reviewed,
    );
    result.reviewSkipped = plan.skipped;
    result.reviewRejected = [...plan.rejected];
    if (plan.toRequest.length > 0 && pr.draft) {
      result.reviewsDeferred = true;
    } else if (plan.toRequest.length > 0) {
      // A PR already carrying labels this policy manages has been routed before: whoever is still not
      // requested was probably refused last time, so check collaborators with reads first and keep the
      // re-run free of writes. A first run sends the request straight away (fewest requests).
      const rerun = pr.labels.some((label) => decision.managedLabels.includes(label));
      const sent: ReviewRequestResult | undefined = await gate.write(
        `request reviews from ${plan.toRequest.join(', ')} on #${pr.number}`,
        () => requestReviewers(client, repo, pr.number, plan.toRequest, { checkUsersFirst: rerun }),
      );
      result.requested = sent?.requested ?? [];
      result.reviewRejected.push(...(sent?.rejected ?? []));
    }
    // A dry run or a read-only token requested nobody: then nobody is mentioned either.
    const requestsWentOut = !result.reviewsDeferred && !gate.dryRun && !gate.readOnly;
    result.notRequested = requestsWentOut ? result.reviewRejected.map((rejection) => rejection.handle) : 'everyone';
  }

  if (options.comment) {
    const wanted = decision.rustFiles.length > 0 || decision.blocked;
    result.comment =
      (await gate.write(`comment on #${pr.number}`, () =>
        syncStickyComment(client, repo, pr.number, {
          marker: comment.marker,
          body: comment.render(result.notRequested),
          wanted,
        }),
      )) ?? null;
  }
  return result;
}
