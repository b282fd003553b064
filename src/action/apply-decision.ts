/**
 * Step 3 of the per-PR run: applies a decision to the PR — labels, review requests, the sticky comment, and
 * last the commit status that is the gate. Each write goes through a WriteGate (dry-run, read-only token,
 * superseded run) and is made only when the PR's state differs, so a re-run on an unchanged PR writes
 * nothing (docs/GATE.md, "The per-PR run").
 *
 * Just before the first write the PR and our status are read again (docs/GATE.md, "Races and stale runs"):
 * - the head moved → this run's facts are about an old commit: it writes nothing, and says so;
 * - our status changed since the facts were read, to something other than what this run would write →
 *   another run decided meanwhile, maybe from newer facts: this run starts over (RestartRun) instead of
 *   overwriting it;
 * - the labels are planned again against the fresh ones, so two runs that agree converge.
 * Writes are paced (GitHub's secondary limits), so a run that wrote labels, requests or the comment reads our
 * status once more just before writing it: a run that started later, with newer facts (an approval), may
 * have decided in the meantime, and this run then starts over rather than overwrite the gate with an older
 * decision.
 */
import { addLabels } from '../github/add-labels.js';
import type { GitHubClient } from '../github/client.js';
import { ensureLabels } from '../github/ensure-labels.js';
import { getCommitStatus, type CommitStatus } from '../github/get-commit-status.js';
import { getPullRequest } from '../github/get-pull-request.js';
import { removeLabel } from '../github/remove-label.js';
import { requestReviewers, type Rejection, type ReviewRequestResult } from '../github/request-reviewers.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import { WriteGate } from '../github/write-gate.js';
import type { NotRequested } from '../report/decision-blocks.js';
import { commentWanted } from '../report/render-comment.js';
import { gateStatus } from '../report/render-status.js';
import { handleKey } from '../routing/pick-reviewers.js';
import { reviewedAt, reviewedLogins } from '../routing/review-verdicts.js';
import type { RoutingDecision } from '../routing/types.js';
import { labelSpecs, planLabels } from './plan-labels.js';
import { planReviewRequests } from './plan-review-requests.js';
import type { PullFacts } from './read-pull-facts.js';
import { sameStatus, syncGateStatus, type StatusOutcome } from './sync-gate-status.js';
import { syncStickyComment, type StickyOutcome } from './sync-sticky-comment.js';

/** The action's switches (action.yml inputs). */
export interface ApplyOptions {
  labels: boolean;
  syncLabels: boolean;
  requestReviews: boolean;
  comment: boolean;
  /** Write the gate's commit status. */
  status: boolean;
  statusContext: string;
  /** With `block` off a hold is reported in the status but does not fail it. */
  block: boolean;
  /** The login the sticky comment must be written by. */
  commentAuthor: string;
  dryRun: boolean;
  /**
   * Throw RestartRun when another run changed our status since the facts were read. Optional; defaults to
   * true. The caller turns it off on its last attempt, so churn cannot keep a run from ever deciding.
   */
  restartOnConflict?: boolean;
}

/** Where to write, and how to report as it goes. */
export interface ApplyTarget {
  client: GitHubClient;
  repo: RepoRef;
  facts: PullFacts;
  log: { info(message: string): void; warning(message: string): void };
}

/** The comment's body, rendered once the review requests are done (it names those not requested without @). */
export interface CommentDraft {
  marker: string;
  render(notRequested: NotRequested): string;
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
  /** Maintainers whose ack went stale, asked to review again. */
  reRequested: string[];
  /** Not asked: the author, pending requests, people who already reviewed. */
  reviewSkipped: string[];
  /** Refused by GitHub or impossible: reported, never fatal. */
  reviewRejected: Rejection[];
  /** True on a draft: review requests wait for ready_for_review. */
  reviewsDeferred: boolean;
  /** Asked by the policy but not requested: what the comment and summary must not @-mention. */
  notRequested: NotRequested;
  comment: StickyOutcome | null;
  status: StatusOutcome;
  /** The gate the writes went through: what it skipped and why. */
  gate: WriteGate;
}

/** Thrown before any write when another run changed our status since this run read its facts. */
export class RestartRun extends Error {}

export type { StatusOutcome } from './sync-gate-status.js';

/** The result of a run that writes nothing but the status (a merge group): every other list empty. */
export function statusOnlyResult(gate: WriteGate, status: StatusOutcome): ApplyResult {
  return {
    labelsAdded: [],
    labelsRemoved: [],
    labelsDropped: [],
    labelsCreated: [],
    requested: [],
    reRequested: [],
    reviewSkipped: [],
    reviewRejected: [],
    reviewsDeferred: false,
    notRequested: 'everyone',
    comment: null,
    status,
    gate,
  };
}

/**
 * Applies labels, then review requests, then the comment, then the status (last: it links to the comment,
 * and a failure earlier leaves no status claiming what did not happen).
 */
export async function applyDecision(
  target: ApplyTarget,
  decision: RoutingDecision,
  comment: CommentDraft,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const { client, repo, facts, log } = target;
  const pr = facts.pr;
  const planned = gateStatus(decision, { block: options.block });
  // Filled by the check before the first write; stays empty when nothing is written (or on a dry run).
  const fresh: { pr?: PullRequest; status?: CommitStatus | null } = {};
  const gate = new WriteGate({
    dryRun: options.dryRun,
    warn: (m) => log.warning(m),
    info: (m) => log.info(m),
    beforeFirstWrite: async () => {
      const [now, status] = await Promise.all([
        getPullRequest(client, repo, pr.number),
        options.status ? getCommitStatus(client, repo, pr.headSha, options.statusContext) : Promise.resolve(null),
      ]);
      if (now.headSha !== pr.headSha) {
        return (
          `Pull request #${pr.number} moved from ${pr.headSha.slice(0, 7)} to ${now.headSha.slice(0, 7)} while ` +
          'this run read it: writing nothing (labels, requests, comment, status); the run for the new head decides.'
        );
      }
      const conflict = options.status && !sameStatus(status, facts.status) && !sameStatus(status, planned);
      if (conflict && options.restartOnConflict !== false) {
        throw new RestartRun(`Another run changed the ${options.statusContext} status of #${pr.number} meanwhile.`);
      }
      fresh.pr = now;
      fresh.status = status;
      return null;
    },
  });
  const result: ApplyResult = {
    labelsAdded: [],
    labelsRemoved: [],
    labelsDropped: [],
    labelsCreated: [],
    requested: [],
    reRequested: [],
    reviewSkipped: [],
    reviewRejected: [],
    reviewsDeferred: false,
    notRequested: 'everyone',
    comment: null,
    status: { result: options.status ? 'skipped' : 'off', status: planned },
    gate,
  };

  const labelOptions = { add: options.labels, sync: options.syncLabels };
  let labels = planLabels(decision, pr.labels, labelOptions);
  if (labels.add.length + labels.remove.length > 0) {
    // Plan against the labels as they are now, not as they were when the facts were read.
    await gate.check();
    if (fresh.pr !== undefined) labels = planLabels(decision, fresh.pr.labels, labelOptions);
  }
  result.labelsDropped = labels.dropped;
  if (labels.add.length > 0) {
    const specs = labelSpecs(labels.add, facts.policy);
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
      reviewedLogins(facts.reviews),
    );
    const again = staleAckers(decision, facts).filter(
      (login) => !plan.toRequest.some((handle) => handleKey(handle) === handleKey(login)),
    );
    result.reviewSkipped = plan.skipped.filter(
      (handle) => !again.some((login) => handleKey(login) === handleKey(handle)),
    );
    result.reviewRejected = [...plan.rejected];
    const toRequest = [...plan.toRequest, ...again];
    if (toRequest.length > 0 && pr.draft) {
      result.reviewsDeferred = true;
    } else if (toRequest.length > 0) {
      // A PR already carrying labels this policy manages has been routed before: whoever is still not
      // requested was probably refused last time, so check collaborators with reads first and keep the
      // re-run free of writes. A first run sends the request straight away (fewest requests).
      const rerun = pr.labels.some((label) => decision.managedLabels.includes(label));
      const sent: ReviewRequestResult | undefined = await gate.write(
        `request reviews from ${toRequest.join(', ')} on #${pr.number}`,
        () => requestReviewers(client, repo, pr.number, toRequest, { checkUsersFirst: rerun }),
      );
      const accepted = new Set((sent?.requested ?? []).map(handleKey));
      result.requested = (sent?.requested ?? []).filter(
        (handle) => !again.some((l) => handleKey(l) === handleKey(handle)),
      );
      result.reRequested = again.filter((login) => accepted.has(handleKey(login)));
      result.reviewRejected.push(...(sent?.rejected ?? []));
    }
    // A dry run, a read-only token or a superseded run requested nobody: then nobody is mentioned either.
    const requestsWentOut = !result.reviewsDeferred && !gate.dryRun && !gate.readOnly && gate.superseded === null;
    result.notRequested = requestsWentOut ? result.reviewRejected.map((rejection) => rejection.handle) : 'everyone';
  }

  if (options.comment) {
    result.comment = await syncStickyComment(
      client,
      repo,
      pr.number,
      {
        marker: comment.marker,
        author: options.commentAuthor,
        body: comment.render(result.notRequested),
        wanted: commentWanted(decision),
        known: facts.comments,
        locked: pr.locked,
      },
      gate,
    );
  }

  if (options.status) {
    let latest = fresh.status === undefined ? facts.status : fresh.status;
    if (gate.written > 0 && !gate.dryRun && gate.superseded === null && !gate.readOnly) {
      const now = await getCommitStatus(client, repo, pr.headSha, options.statusContext);
      if (!sameStatus(now, latest) && !sameStatus(now, planned) && options.restartOnConflict !== false) {
        throw new RestartRun(
          `Another run set the ${options.statusContext} status of #${pr.number} while this one wrote.`,
        );
      }
      latest = now;
    }
    const target = { client, repo, sha: pr.headSha, context: options.statusContext };
    result.status = await syncGateStatus(
      { ...target, targetUrl: result.comment?.url ?? pr.htmlUrl },
      planned,
      latest,
      gate,
    );
  }
  return result;
}

/**
 * Maintainers whose ack went stale and who have not looked at the head yet (no review of it, no pending
 * request): asked once per head to review again. Exported for plan-writes.ts, which predicts this file's writes.
 */
export function staleAckers(decision: RoutingDecision, facts: PullFacts): string[] {
  const pending = new Set(facts.pr.requestedReviewers.map(handleKey));
  const sawHead = reviewedAt(facts.reviews, facts.pr.headSha);
  const logins = new Map<string, string>();
  for (const hold of decision.holds) {
    if (hold.liftedBy.length > 0) continue;
    for (const ack of hold.droppedAcks) {
      const key = handleKey(ack.login);
      if (!pending.has(key) && !sawHead.has(key) && key !== handleKey(facts.pr.author)) logins.set(key, ack.login);
    }
  }
  return [...logins.values()];
}
