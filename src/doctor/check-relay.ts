/**
 * Check `relay`: a maintainer's approval lifts a hold through the `pull_request_review` run, whose token is
 * read-only for a fork's PR — it can neither write the status nor labels. The relay is a workflow on
 * `workflow_run` (completed) of the workflow that handled the review, running the action with a write token
 * (docs/GATE.md, "The relay"). Recognised by its trigger and the action's use, whatever its name.
 */
import { hasTrigger, type RouterStep } from './router-steps.js';
import type { Finding } from './types.js';
import type { Workflow } from './workflow.js';

const REVIEW_TYPES = ['submitted', 'dismissed'];

/**
 * @param workflows every workflow: the one that handles reviews need not run the action itself (a fork's review
 *   run is read-only anyway); it only has to complete, so the relay runs.
 * @param steps the steps that run the action.
 */
export function checkRelay(workflows: readonly Workflow[], steps: readonly RouterStep[]): Finding[] {
  const reviewWorkflows = workflows.filter((workflow) => {
    if (!hasTrigger(workflow, 'pull_request_review')) return false;
    const types = workflow.on.pull_request_review.types;
    return types === undefined || types.some((type) => REVIEW_TYPES.includes(type));
  });
  if (reviewWorkflows.length === 0) {
    return [
      {
        check: 'relay',
        severity: 'warning',
        message:
          "No workflow runs on pull_request_review: an approval lifts a hold only at the PR's next push or the " +
          'next sweep.',
        fix:
          'Add `pull_request_review: { types: [submitted, dismissed] }` to the pull-request workflow (or a ' +
          'workflow of its own), and the relay on its completion.',
      },
    ];
  }
  const relays = unique(
    steps
      .map(({ workflow }) => workflow)
      .filter((workflow) => {
        const run = workflow.on.workflow_run;
        return run !== undefined && (run.types === undefined || run.types.includes('completed'));
      }),
  );
  const reviewNames = new Set(reviewWorkflows.map((workflow) => workflow.name));
  if (relays.some((relay) => (relay.on.workflow_run.workflows ?? []).some((name) => reviewNames.has(name)))) return [];

  const names = [...reviewNames].map((name) => `'${name}'`);
  const misnamed = relays.find((relay) => (relay.on.workflow_run.workflows ?? []).length > 0);
  return [
    {
      check: 'relay',
      severity: 'warning',
      message: misnamed
        ? `${misnamed.path} runs rust-patch-router on workflow_run of ${quoteAll(misnamed.on.workflow_run.workflows!)}, ` +
          `not of ${names.join(' or ')}, which run${reviewNames.size === 1 ? 's' : ''} on pull_request_review: a ` +
          "fork PR's approval, whose own run is read-only, lifts no hold until the next sweep."
        : `No workflow runs rust-patch-router on workflow_run of ${names.join(' or ')}, which run` +
          `${reviewNames.size === 1 ? 's' : ''} on pull_request_review: a fork PR's approval, whose own run is ` +
          'read-only, lifts no hold until the next sweep.',
      fix:
        `Add the README's relay: rust-patch-router on \`workflow_run: { workflows: [${names[0]}], types: [completed] }\`, ` +
        'with the same permissions as the PR workflow. It finds the PR by head SHA and never trusts a number from ' +
        'the run.',
      ...(misnamed ? { file: misnamed.path, line: misnamed.onLine } : { file: reviewWorkflows[0].path }),
    },
  ];
}

function unique(workflows: Workflow[]): Workflow[] {
  return [...new Map(workflows.map((workflow) => [workflow.path, workflow])).values()];
}

function quoteAll(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(', ');
}
