/**
 * Whether the step fails (docs/GATE.md, "The step result"). The gate is the commit status; the job's own
 * check is a gate only where GitHub attaches it to the PR's head (or the merge group's head). Elsewhere a
 * failing job would paint the base branch's latest commit red for every blocked PR, so there it fails only
 * when the run itself failed — or when nothing else carries the block.
 */

/**
 * Events whose job check is attached to the commit under review: `pull_request` and `pull_request_review`
 * (the PR's merge commit / head) and `merge_group` (the group's head). Under `pull_request_target`,
 * `workflow_run`, `push` and `schedule` it lands on a commit of the base branch.
 */
export const JOB_CHECK_ON_HEAD: readonly string[] = ['pull_request', 'pull_request_review', 'merge_group'];

export interface StepFacts {
  /** `GITHUB_EVENT_NAME`. */
  event: string;
  /** A hold stands. */
  blocked: boolean;
  /** The `block` input. */
  block: boolean;
  /** The `status` input. */
  status: boolean;
  /**
   * The commit status says what the decision says: written, already there, or (on a dry run) would have
   * been. False when it could not be written (a read-only token, `statuses: write` missing).
   */
  statusCarried: boolean;
}

export type StepResult = { fail: false; note?: string } | { fail: true; why: 'blocked' | 'status-missing' };

/**
 * @example stepResult({ event: 'pull_request_target', blocked: true, block: true, status: true, statusCarried: true })
 *   // → { fail: false, note: 'Blocked: the commit status … carries the block; the step passes so the base branch is not painted red.' }
 */
export function stepResult(facts: StepFacts): StepResult {
  if (!facts.blocked || !facts.block) return { fail: false };
  if (!facts.status || JOB_CHECK_ON_HEAD.includes(facts.event)) return { fail: true, why: 'blocked' };
  if (!facts.statusCarried) return { fail: true, why: 'status-missing' };
  return {
    fail: false,
    note:
      `The commit status carries the block; under ${facts.event} the job's own check lands on the base branch, ` +
      'so the step passes rather than mark that commit failed.',
  };
}
