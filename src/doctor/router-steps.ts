/**
 * Where a repository runs rust-patch-router: every step whose `uses:` names the action, with its job and
 * workflow, and what its inputs mean for the checks (the status context, whether it writes a status, which
 * token). Workflows are recognised by their triggers and the action's use, never by their names: the README's
 * recipes are a starting point, and users rename them.
 */
import type { Workflow, WorkflowJob, WorkflowStep } from './workflow.js';

/** The context the action writes when the workflow sets no `status-context` (action.yml's default). */
export const DEFAULT_STATUS_CONTEXT = 'rust-patch-router';

/** Events that run the per-PR decision. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;

/** One step running the action, and where. */
export interface RouterStep {
  workflow: Workflow;
  job: WorkflowJob;
  step: WorkflowStep;
}

/**
 * Whether a step's `uses:` is rust-patch-router: `owner/rust-patch-router@ref` (any owner: forks and
 * mirrors count), or `./` in the action's own repository.
 *
 * @example isRouterAction('rust-for-linux/rust-patch-router@v1', 'torvalds/linux') // → true
 * @example isRouterAction('actions/checkout@v5', 'torvalds/linux') // → false
 */
export function isRouterAction(uses: string, repository: string): boolean {
  if (/^[^/@\s]+\/rust-patch-router(?:\/[^@]*)?@\S+$/i.test(uses)) return true;
  const repoName = repository.split('/')[1]?.toLowerCase();
  return repoName === 'rust-patch-router' && (uses === './' || uses === '.');
}

/** Every step that runs the action, in file order. */
export function findRouterSteps(workflows: readonly Workflow[], repository: string): RouterStep[] {
  const found: RouterStep[] = [];
  for (const workflow of workflows) {
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        if (step.uses !== undefined && isRouterAction(step.uses, repository)) found.push({ workflow, job, step });
      }
    }
  }
  return found;
}

/** Whether GitHub runs the workflow: `active`, or listed without the Actions API (state unknown). */
export function isRunning(workflow: Workflow): boolean {
  return workflow.state === undefined || workflow.state === 'active';
}

/** Whether a workflow runs on `event`. */
export function hasTrigger(workflow: Workflow, event: string): boolean {
  return Object.hasOwn(workflow.on, event);
}

/** Whether a workflow runs the per-PR decision (`pull_request` or `pull_request_target`). */
export function handlesPullRequests(workflow: Workflow): boolean {
  return PULL_REQUEST_EVENTS.some((event) => hasTrigger(workflow, event));
}

/** The status context the step writes. */
export function statusContextOf(step: WorkflowStep): string {
  const context = step.with['status-context']?.trim();
  return context ? context : DEFAULT_STATUS_CONTEXT;
}

/**
 * Whether the step writes the commit status. Only a literal false turns it off (what `getBooleanInput` reads
 * as false); an expression may be true, so it counts as on.
 */
export function writesStatus(step: WorkflowStep): boolean {
  return !/^(false|False|FALSE)$/.test(step.with.status?.trim() ?? '');
}

/**
 * Whether the step runs with the workflow's own GITHUB_TOKEN (the default), whose statuses come from the
 * GitHub Actions app and which cannot see organisation teams.
 *
 * @example usesDefaultToken({ with: { token: '${{ secrets.GITHUB_TOKEN }}' } } as WorkflowStep) // → true
 */
export function usesDefaultToken(step: WorkflowStep): boolean {
  const token = step.with.token?.replace(/\s+/g, '') ?? '';
  return token === '' || token === '${{github.token}}' || token === '${{secrets.GITHUB_TOKEN}}';
}

/** `file:line` of a step, for messages. */
export function stepLocation({ workflow, job, step }: RouterStep): { file: string; line: number } {
  return { file: job.file ?? workflow.path, line: step.line };
}

/** `file:line` of a job, for messages. */
export function jobLocation(workflow: Workflow, job: WorkflowJob): { file: string; line: number } {
  return { file: job.file ?? workflow.path, line: job.line };
}
