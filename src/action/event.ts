/**
 * Which events the action evaluates (docs/GATE.md, "Events"), decided from the event name and payload alone so it can be
 * tested without a runner.
 */

/** The parts of a webhook payload this decision reads. */
export interface EventPayload {
  action?: string;
  pull_request?: { number?: number } | null;
}

export type EventPlan = { kind: 'evaluate'; number: number; trigger: string } | { kind: 'skip'; message: string };

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
  const isPullRequestEvent = PULL_REQUEST_EVENTS.includes(eventName);
  if (!isPullRequestEvent && eventName !== 'pull_request_review') {
    return {
      kind: 'skip',
      message:
        'rust-patch-router runs on pull_request, pull_request_target and pull_request_review events, ' +
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
  return { kind: 'evaluate', number, trigger };
}
