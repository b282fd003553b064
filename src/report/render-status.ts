/**
 * The commit status that is the merge gate (docs/GATE.md, "The commit status"): its state and its one-line
 * description. A pure function of the decision, like the comment, so an unchanged PR yields the same status
 * and the action writes nothing.
 */
import type { Hold, RoutingDecision } from '../routing/types.js';

/** The states the gate uses; `pending` never: a run either decides or fails (and says `error`). */
export type GateState = 'success' | 'failure' | 'error';

export interface GateStatus {
  state: GateState;
  /** At most 140 characters (GitHub refuses longer descriptions). */
  description: string;
}

/** GitHub's limit on a commit status description. */
export const MAX_STATUS_DESCRIPTION = 140;

export interface GateStatusOptions {
  /** The `block` input: with it off a hold is reported but does not fail the status. */
  block: boolean;
}

/**
 * The status of a decision: `failure` while a hold stands (naming the holding subsystems), else `success`.
 *
 * @example gateStatus(blockedDecision, { block: true })
 *   // → { state: 'failure', description: 'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet' }
 */
export function gateStatus(decision: RoutingDecision, options: GateStatusOptions): GateStatus {
  const standing = decision.holds.filter((hold) => hold.liftedBy.length === 0);
  if (standing.length > 0) {
    const held = `held by ${holdList(standing)}`;
    if (!options.block) return status('success', `Not enforced (block: false): ${held}`);
    const opted = standing.filter((hold) => hold.stance === 'opt-out');
    if (standing.length === 1 && standing[0].checks !== undefined) {
      return status(
        'failure',
        `Blocked: Rust ${standing[0].checks.join(', ')} ${standing[0].checks.length === 1 ? 'check' : 'checks'}; ${standing[0].subsystem} has not approved`,
      );
    }
    if (opted.length === standing.length && opted.length === 1) {
      return status('failure', `Blocked: ${opted[0].subsystem} opted out of Rust; no exception yet`);
    }
    if (opted.length === 0 && standing.length === 1) {
      return status('failure', `Needs ack: ${standing[0].subsystem} has not acked the Rust`);
    }
    return status('failure', `${opted.length > 0 ? 'Blocked' : 'Needs ack'}: ${held}`);
  }
  if (decision.holds.length > 0) return status('success', 'Routed: every hold lifted by a maintainer’s approval');
  const count = decision.rustFiles.length;
  if (count === 0) return status('success', 'No Rust changes: nothing to hold');
  return status('success', `Routed: ${count} Rust ${count === 1 ? 'file' : 'files'}, nothing held`);
}

/**
 * The status of a run that could not decide (policy unreadable at base, over-cap PR without a checkout, the
 * API failing…): `error`, with the first line of the cause.
 *
 * @example errorStatus('maintainers.yml does not exist at commit 5f1b2c3…') // → { state: 'error', description: 'Could not decide: maintainers.yml does not exist at commit 5f1b2c3…' }
 */
export function errorStatus(cause: string): GateStatus {
  const firstLine = cause.split('\n', 1)[0].trim() || 'the run failed';
  return status('error', `Could not decide: ${firstLine}`);
}

/** `A (opt-out), B (undecided)`; `status` cuts it to fit. */
function holdList(holds: readonly Hold[]): string {
  return holds.map((hold) => `${hold.subsystem} (${hold.checks?.join(', ') ?? hold.stance})`).join(', ');
}

/** Builds a status, cutting the description to GitHub's limit with an ellipsis. */
function status(state: GateState, description: string): GateStatus {
  const oneLine = description.replace(/\s+/g, ' ');
  const cut =
    oneLine.length <= MAX_STATUS_DESCRIPTION ? oneLine : `${oneLine.slice(0, MAX_STATUS_DESCRIPTION - 1).trimEnd()}…`;
  return { state, description: cut };
}
