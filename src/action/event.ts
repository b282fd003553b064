/**
 * Which events the action evaluates (docs/GATE.md, "Events"), decided from the event name and payload alone so it can be
 * tested without a runner.
 */

/** The parts of a webhook payload this decision reads. */
export interface EventPayload {
  action?: string;
  pull_request?: { number?: number; head?: { sha?: string } } | null;
  merge_group?: { head_sha?: string; base_sha?: string; base_ref?: string } | null;
  /** push */
  ref?: string;
  before?: string;
  after?: string;
  deleted?: boolean;
  /** workflow_run */
  workflow_run?: {
    head_sha?: string;
    head_branch?: string | null;
    head_repository?: { owner?: { login?: string } | null } | null;
    name?: string;
    event?: string;
  } | null;
}

/**
 * - `evaluate`: one pull request. `headSha` is the head the event names: where an `error` status goes when
 *   the run fails before it has read the PR (the run otherwise uses the head it reads fresh).
 * - `merge-group`: a merge queue's group, routed as one change `baseSha…headSha` (docs/GATE.md, "Merge queues").
 */
export type EventPlan =
  | { kind: 'evaluate'; number: number; trigger: string; headSha?: string }
  | { kind: 'merge-group'; trigger: string; headSha: string; baseSha: string; baseRef: string }
  /**
   * `sweep`: open PRs re-decided (docs/GATE.md, "The sweep") — those into `push.branch` when the push changed
   * the policy, every open PR on `schedule` and `workflow_dispatch`.
   */
  | { kind: 'sweep'; trigger: string; push?: { branch: string; before: string; after: string } }
  /**
   * `relay`: the open PRs whose head is `headSha`, found among those from `headOwner:headBranch`
   * (docs/GATE.md, "The relay"). The owner and branch come from the fork and only narrow the search.
   */
  | { kind: 'relay'; trigger: string; headSha: string; headOwner: string; headBranch: string }
  | { kind: 'skip'; message: string };

/** Events that run the sweep (docs/GATE.md, "Events"). */
export const SWEEP_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];

/** Events whose payload carries a pull request the action routes. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

/** Review actions that can change an ack: a new verdict, or a dismissed one. */
const REVIEW_ACTIONS: readonly string[] = ['submitted', 'dismissed'];

/**
 * Decides whether to evaluate. Every `pull_request`/`pull_request_target` action but `closed` is evaluated
 * (opened, synchronize, reopened, ready_for_review, edited… a fresh read makes re-evaluating harmless);
 * `pull_request_review` when a review is submitted or dismissed, so an ack takes effect.
 *
 * @example planEvent('push', {}) // → { kind: 'skip', message: 'rust-patch-router runs on pull_request, … not on push.' }
 */
export function planEvent(eventName: string, payload: EventPayload): EventPlan {
  const trigger = payload.action ? `${eventName} (${payload.action})` : eventName;
  if (eventName === 'merge_group') return planMergeGroup(trigger, payload);
  if (SWEEP_EVENTS.includes(eventName)) return planSweep(eventName, payload);
  if (eventName === 'workflow_run') return planRelay(trigger, payload);
  const isPullRequestEvent = PULL_REQUEST_EVENTS.includes(eventName);
  if (!isPullRequestEvent && eventName !== 'pull_request_review') {
    return {
      kind: 'skip',
      message:
        'rust-patch-router runs on pull_request, pull_request_target, pull_request_review, merge_group, push, ' +
        'schedule, workflow_dispatch and workflow_run events, ' +
        `not on ${eventName}. Nothing to do.`,
    };
  }
  if (isPullRequestEvent && payload.action === 'closed') {
    return { kind: 'skip', message: `The pull request was closed (${trigger}): nothing to route.` };
  }
  if (!isPullRequestEvent && !REVIEW_ACTIONS.includes(payload.action ?? '')) {
    return {
      kind: 'skip',
      message: `${trigger} cannot change an ack (only submitted and dismissed reviews can). Nothing to do.`,
    };
  }
  const number = payload.pull_request?.number;
  if (typeof number !== 'number') {
    return { kind: 'skip', message: `The ${trigger} payload names no pull request. Nothing to do.` };
  }
  const headSha = payload.pull_request?.head?.sha;
  return typeof headSha === 'string'
    ? { kind: 'evaluate', number, trigger, headSha }
    : { kind: 'evaluate', number, trigger };
}

/** What a merge_group event names; only `checks_requested` asks for a status (`destroyed` asks nothing). */
function planMergeGroup(trigger: string, payload: EventPayload): EventPlan {
  if (payload.action !== 'checks_requested') {
    return { kind: 'skip', message: `${trigger} asks for no checks. Nothing to do.` };
  }
  const group = payload.merge_group;
  const headSha = group?.head_sha;
  const baseSha = group?.base_sha;
  const baseRef = group?.base_ref;
  if (typeof headSha !== 'string' || typeof baseSha !== 'string' || typeof baseRef !== 'string') {
    return { kind: 'skip', message: `The ${trigger} payload names no merge group. Nothing to do.` };
  }
  return { kind: 'merge-group', trigger, headSha, baseSha, baseRef: baseRef.replace(/^refs\/heads\//, '') };
}

/** A push sweeps the branch it moved (when it changed the policy: sweep.ts checks); schedule and dispatch sweep all. */
function planSweep(eventName: string, payload: EventPayload): EventPlan {
  if (eventName !== 'push') return { kind: 'sweep', trigger: eventName };
  const ref = payload.ref ?? '';
  if (!ref.startsWith('refs/heads/')) {
    return {
      kind: 'skip',
      message: `The push to ${ref || 'an unnamed ref'} moved no branch: no pull request targets it.`,
    };
  }
  const branch = ref.slice('refs/heads/'.length);
  if (payload.deleted === true || typeof payload.after !== 'string' || /^0+$/.test(payload.after)) {
    return { kind: 'skip', message: `The push deleted ${branch}: no pull request to re-decide.` };
  }
  return {
    kind: 'sweep',
    trigger: `push to ${branch}`,
    push: { branch, before: payload.before ?? '0'.repeat(40), after: payload.after },
  };
}

/**
 * Only a finished run can have decided anything; its conclusion does not matter (a run on a blocked fork PR
 * fails its step, and its review still needs relaying).
 */
function planRelay(trigger: string, payload: EventPayload): EventPlan {
  if (payload.action !== 'completed') {
    return { kind: 'skip', message: `${trigger}: the relay acts once the run has completed. Nothing to do.` };
  }
  const run = payload.workflow_run;
  const headSha = run?.head_sha;
  const headOwner = run?.head_repository?.owner?.login;
  const headBranch = run?.head_branch;
  if (
    typeof headSha !== 'string' ||
    typeof headOwner !== 'string' ||
    typeof headBranch !== 'string' ||
    headBranch === ''
  ) {
    return {
      kind: 'skip',
      message: `The ${trigger} payload names no head commit, head repository and branch (a deleted fork?). Nothing to relay.`,
    };
  }
  return { kind: 'relay', trigger: `${trigger} of ${run?.name ?? 'a workflow'}`, headSha, headOwner, headBranch };
}
